"""Geoparsing round 45: a bare name reads as the county "X County" the text names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import load_gazetteer
from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.county import bare_counties, stem
from eventwire.model import PlaceMention


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _all(gp: Geoparser, text: str, names: list[str]) -> list[PlaceMention | None]:
    """The readings of the given names' occurrences, in text order, given as spans."""
    spans, at = [], 0
    for n in names:
        s = text.index(n, at)
        spans.append((s, s + len(n)))
        at = s + len(n)
    return gp.resolve_given(text, spans, guesses=True)


def test_stem_drops_only_the_county_word() -> None:
    assert stem("dekalb county") == "dekalb"
    assert stem("iberia parish") == "iberia"
    assert stem("county") == "county" and stem("dekalb") == "dekalb"


def test_the_bare_name_reads_as_the_county_the_text_names(gp: Geoparser) -> None:
    # Shape: "X County ... X police": the bare name is the county stated, not a namesake town in another state
    # (before: the Georgia county, then DeKalb, Illinois, for the bare name).
    text = ("A man was hurt while walking his dog near a park in DeKalb County, Georgia, on Sunday. "
            "DeKalb police said the dog was not hurt.")
    county, _state, bare = _all(gp, text, ["DeKalb County", "Georgia", "DeKalb"])
    assert county is not None and bare is not None
    assert county.admin1 == "Georgia" and bare.geonameid == county.geonameid


def test_a_town_of_the_county_s_own_state_keeps_its_reading(gp: Geoparser) -> None:
    # The county's own town ("Madison County ... in Madison"): both in one state, the town is kept.
    text = ("The Madison County school board met in Madison, Alabama, on Monday. "
            "Madison parents asked for a new bus route.")
    _county, town, _state, bare = _all(gp, text, ["Madison County", "Madison", "Alabama", "Madison"])
    assert town is not None and bare is not None
    assert town.feature_class == "P" and bare.feature_class == "P" and bare.geonameid == town.geonameid


def test_a_town_of_100k_in_another_state_keeps_its_reading() -> None:
    # The guard itself, on the shared scores: Columbus, Ohio (900k) is not moved to a Columbus County elsewhere.
    gz = load_gazetteer()
    town = next(i for i in gz.candidates("Columbus") if gz.fclass[i] == "P" and gz.pops[i] > 500_000)
    unit = next(i for i in gz.candidates("Columbus County") if gz.admin1[i] != gz.admin1[town])
    shared = {"columbus county": {unit: 5.0}, "columbus": {town: 6.0, unit: 4.0}}
    bare_counties(gz, shared)
    assert max(shared["columbus"], key=lambda i: shared["columbus"][i]) == town


def test_a_small_town_in_another_state_yields_to_the_county() -> None:
    gz = load_gazetteer()
    unit = next(i for i in gz.candidates("DeKalb County") if gz.admin1_name(gz.admin1[i]) == "Georgia")
    town = next(i for i in gz.candidates("DeKalb") if gz.fclass[i] == "P")
    shared = {"dekalb county": {unit: 5.0}, "dekalb": {town: 6.0, unit: 4.0}}
    bare_counties(gz, shared)
    assert max(shared["dekalb"], key=lambda i: shared["dekalb"][i]) == unit


def test_a_town_in_a_state_the_text_names_keeps_its_reading(gp: Geoparser) -> None:
    # Review case: "X County, <state A> ... X, <state B>": the bare town's own state is named, so it is no county.
    text = ("Flooding closed roads in Kent County, Delaware, on Friday. "
            "In Kent, Ohio, students held a vigil for the victims.")
    county, _de, town, _oh = _all(gp, text, ["Kent County", "Delaware", "Kent", "Ohio"])
    assert county is not None and town is not None
    assert town.admin1 == "Ohio" and town.geonameid != county.geonameid
