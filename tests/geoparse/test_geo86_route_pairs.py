"""Geoparsing round 51: the second town of a hyphenated pair before a route or front word is read."""
from eventwire import geoparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in geoparse(text)]


def test_a_town_after_x_city_before_highway_is_read():
    text = "Partisans blew up a truck on the Kherson City-Nova Kakhovka highway late on Tuesday."
    assert "Nova Kakhovka" in _names(text)


def test_a_russian_town_after_x_city_before_highway_is_read():
    text = "Convoys kept moving south on the Kharkiv City-Belgorod highway all week."
    assert "Belgorod" in _names(text)


def test_the_third_town_of_a_chain_before_frontline_is_read():
    text = "Both sides traded fire across the Kreminna-Rubizhne-Popasna frontline in the night."
    assert "Popasna" in _names(text)


def test_a_pair_before_another_noun_keeps_its_second_part_unread():
    text = "Delegates prepared the Kharkiv City-Belgorod talks for Friday."
    assert "Belgorod" not in _names(text)
