"""Review fixes (session 21) to geoparsing round 51: a chain's middle towns are read before a front word."""
from eventwire import geoparse


def _texts(text: str) -> list[str]:
    return [p.text for p in geoparse(text)]


def test_the_third_town_of_a_four_town_chain_is_read():
    got = _texts("Both sides traded fire across the Kreminna-Rubizhne-Popasna-Bakhmut frontline in the night.")
    assert {"Popasna", "Bakhmut"} <= set(got)
