"""Geoparsing round 48: an "X County" of many states reads as the one holding a town the text names with one reading.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer, load_gazetteer
from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.county import seat_counties


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load_gazetteer()


def _county(gz: Gazetteer, name: str, state: str) -> int:
    return next(i for i in gz.candidates(name) if gz.fcode[i] == "ADM2" and gz.admin1[i] == state)


def _town(gz: Gazetteer, name: str, state: str) -> int:
    return next(i for i in gz.candidates(name) if gz.fclass[i] == "P" and gz.admin1[i] == state)


def test_a_dateline_town_picks_its_county_for_the_headline_and_the_body(gp: Geoparser) -> None:
    # Shape: "<headline naming X>. TOWN - X County commissioners ...": the town lies only in Georgia, so both the
    # bare "Madison" and "Madison County" are the Georgia county (before: Madison, Alabama, and its county).
    text = "Madison weighs a new budget. DANIELSVILLE - The Madison County board met on Tuesday to review roads."
    spans = [(0, 7), (text.index("DANIELSVILLE"), text.index("DANIELSVILLE") + 12),
             (text.index("Madison County"), text.index("Madison County") + 14)]
    got = gp.resolve_given(text, spans, guesses=True)
    assert [m.admin1 if m else None for m in got] == ["Georgia", "Georgia", "Georgia"]
    assert got[2] is not None and got[2].feature_code == "ADM2"


def test_the_county_holding_the_one_reading_town_is_raised(gz: Gazetteer) -> None:
    al, ga = _county(gz, "Madison County", "US.AL"), _county(gz, "Madison County", "US.GA")
    town = _town(gz, "Danielsville", "US.GA")
    shared = {"madison county": {al: 2.0, ga: 1.0}, "danielsville": {town: 1.0}}
    seat_counties(gz, shared)
    assert max(shared["madison county"], key=lambda i: shared["madison county"][i]) == ga


def test_no_change_when_the_town_has_several_readings_or_two_counties_hold_one(gz: Gazetteer) -> None:
    al, ga = _county(gz, "Madison County", "US.AL"), _county(gz, "Madison County", "US.GA")
    town = _town(gz, "Danielsville", "US.GA")
    other = _town(gz, "Huntsville", "US.AL")
    # The town read two ways: no one-reading anchor.
    shared = {"madison county": {al: 2.0, ga: 1.0}, "danielsville": {town: 1.0, other: 0.5}}
    seat_counties(gz, shared)
    assert shared["madison county"] == {al: 2.0, ga: 1.0}
    # One-reading towns in both counties: the text does not decide between them.
    shared = {"madison county": {al: 2.0, ga: 1.0}, "danielsville": {town: 1.0}, "huntsville": {other: 1.0}}
    seat_counties(gz, shared)
    assert shared["madison county"] == {al: 2.0, ga: 1.0}


def test_a_county_named_beside_it_picks_the_state(gp: Geoparser) -> None:
    # Shape: "X County ... Y County ... in X and Y counties": Muscogee County lies only in Georgia, so both
    # "Harris County" and the bare "Harris" are the Georgia county (before: Harris County, Texas, the most populous).
    text = ("The Muscogee County clerk retired. Her deputy worked in the Harris County clerk's office and served "
            "voters in Muscogee and Harris counties.")
    names = ["Muscogee County", "Harris County", "Harris"]
    spans, at = [], 0
    for n in names:
        s = text.index(n, at)
        spans.append((s, s + len(n)))
        at = s + len(n)
    got = gp.resolve_given(text, spans, guesses=True)
    assert [m.admin1 if m else None for m in got] == ["Georgia", "Georgia", "Georgia"]


def test_a_county_in_a_state_the_text_names_keeps_its_reading(gp: Geoparser) -> None:
    # Guard: Kissimmee lies only in Florida, but the text states California for its Orange County.
    text = "The Orange County, California firm opened an office in Kissimmee last week."
    got = {m.text: m.admin1 for m in gp.parse(text)}
    assert got["Orange County"] == "California" and got["Kissimmee"] == "Florida"


def test_only_a_county_name_anchors_a_state(gz: Gazetteer) -> None:
    # "City of Richmond" read as Virginia's independent city (an admin2 unit) is no anchor for a Virginia county;
    # "Muscogee County" is one for a Georgia county.
    al, va = _county(gz, "Madison County", "US.AL"), _county(gz, "Madison County", "US.VA")
    city = next(i for i in gz.candidates("City of Richmond") if gz.admin1[i] == "US.VA")
    shared = {"madison county": {al: 2.0, va: 1.0}, "city of richmond": {city: 1.0}}
    seat_counties(gz, shared)
    assert shared["madison county"] == {al: 2.0, va: 1.0}
    ga = _county(gz, "Madison County", "US.GA")
    muscogee = _county(gz, "Muscogee County", "US.GA")
    shared = {"madison county": {al: 2.0, ga: 1.0}, "muscogee county": {muscogee: 1.0}}
    seat_counties(gz, shared)
    assert shared["madison county"][ga] > shared["madison county"][al]


@pytest.mark.parametrize(("text", "county", "state"), [
    ("Harris County deputies arrested the driver in Houston. He grew up in Valdosta.", "Harris County", "Texas"),
    ("The Jefferson County coroner said the crash was in Birmingham. The driver lived in Danielsville.",
     "Jefferson County", "Alabama"),
])
def test_a_passing_one_reading_town_does_not_move_a_county_to_its_state(gp: Geoparser, text: str, county: str,
                                                                       state: str) -> None:
    # Review s20-a D2: a birthplace or home town elsewhere (Valdosta and Danielsville lie only in Georgia) anchors
    # its own county, never its state; the county keeps the reading its own town gives it.
    got = [m for m in gp.parse(text) if m.text == county]
    assert got and all(m.admin1 == state for m in got)
