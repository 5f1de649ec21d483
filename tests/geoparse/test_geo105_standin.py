"""Geoparsing round 105: a stand-in read in a country the text never names does not replace a reading it names.

Sentences written for these tests.
"""

from __future__ import annotations

import importlib

import pytest

from eventwire.geoparsing import Geoparser

R = importlib.import_module("eventwire.geoparsing.resolve")


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _read(gp: Geoparser, text: str, name: str) -> tuple[str | None, str | None, str | None]:
    i = text.index(name)
    m = gp.resolve_given(text, [(i, i + len(name))], guesses=True)[0]
    assert m is not None
    return m.country_code, m.admin1, m.feature_code


def test_a_container_read_abroad_does_not_stand_in_for_a_town_in_a_named_state(gp: Geoparser) -> None:
    # Shape: "X is a hamlet in Y. ... It lies in <state>". Before: Y read as Hamilton, Bermuda, stood in for Glendale.
    text = "Glendale is a hamlet in Hamilton. Its church dates from 1850. It lies in the south of Ohio."
    assert _read(gp, text, "Glendale")[:2] == ("US", "Ohio")


def test_a_municipality_read_abroad_does_not_stand_in_for_a_town_in_a_named_country(gp: Geoparser) -> None:
    # Before: Victoria, Australia (the state) stood in for Hope.
    text = "Hope is a village in the municipality of Victoria. Its church is old. The village is in British Columbia, Canada."
    assert _read(gp, text, "Hope")[:2] == ("CA", "British Columbia")


def test_a_measured_from_town_read_abroad_does_not_replace_a_town_in_a_named_state(gp: Geoparser) -> None:
    # Shape: "X is a town N miles from Y. ... <state>". Before: Salem, India (the town the distance is measured from).
    text = "Woodburn is a town 15 miles from Salem. It is among the growing towns of Oregon."
    assert _read(gp, text, "Woodburn")[:3] == ("US", "Oregon", "PPL")


def test_a_stated_unit_of_a_named_country_still_stands_in(gp: Geoparser) -> None:
    # Guard: Miaoli lies in a country another name of the text names ("Taiwan"): it stands in as before.
    text = "Sanyi is a township in Miaoli, known for woodcarving. It lies in the hills of Taiwan."
    assert _read(gp, text, "Sanyi")[:2] == ("TW", "Taiwan")


def test_a_stated_country_names_itself(gp: Geoparser) -> None:
    # Guard: the container is the country; its own name names it, so it stands in for the Chinese namesake village.
    text = "Sanyi is a township in the hills of Taiwan. Its Chinese name means three virtues."
    assert _read(gp, text, "Sanyi")[0] == "TW"


def test_a_container_in_a_named_country_still_stands_in(gp: Geoparser) -> None:
    # Guard: Richmond (England) lies in a country the text names, so it stands in as before.
    text = "Kirkby is a village in Richmond. Its church is Norman. It lies in North Yorkshire, England."
    assert _read(gp, text, "Kirkby")[:2] == ("GB", "England")


def test_holders_leave_out_the_records_own_unit(gp: Geoparser) -> None:
    gz = gp.gz
    town = next(i for i in gz.candidates("Salem") if gz.cc[i] == "IN" and gz.fclass[i] == "P")
    state = next(i for i in gz.candidates("Ohio") if gz.fcode[i] == "ADM1")
    assert R._holders(gz, town) == ("cc:IN", "a1:" + gz.admin1[town], "a2:" + gz.admin2[town])
    assert R._holders(gz, state) == ("cc:US",)


@pytest.mark.parametrize("text", [
    "Russian troops shelled Sokol, Donetsk Oblast, on Monday, killing three civilians.",
    "Russia shelled Sokol, Donetsk Oblast, on Monday, killing three civilians.",
])
def test_a_unit_stated_by_its_own_name_still_stands_in_beside_a_side_named(text: str) -> None:
    # Review s23 c: the demonym ("Russian") names a side, not where the village lies, and "Donetsk Oblast" (a name
    # only the oblast bears) names where it lies; before the mend the village went to Sokol near Moscow.
    import eventwire

    (ev,) = [e for e in eventwire.extract(text, published="2025-06-06") if e.location]
    assert ev.location.country_code == "UA"


def test_a_town_measured_from_still_stands_in_beside_a_demonym(gp: Geoparser) -> None:
    text = "Russian drones struck Pokrovskoye, 15 km east of Kramatorsk, overnight."
    assert _read(gp, text, "Pokrovskoye")[0] == "UA"
