"""Geoparsing round 45: a county named with and without its unit word is one name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.county import stem


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _all(gp: Geoparser, text: str, names: list[str]) -> list:
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
    # (before: DeKalb, Illinois, for both, the town's vote pulling the county to Illinois too).
    text = ("A man was hurt while walking his dog near a park in DeKalb County on Sunday. "
            "DeKalb police said the dog was not hurt.")
    county, bare = _all(gp, text, ["DeKalb County", "DeKalb"])
    assert county.admin1 == "GA" or (county.country_code, county.lat is not None and county.lat < 35) == ("US", True)
    assert bare.geonameid == county.geonameid


def test_a_town_of_the_county_s_own_state_keeps_its_reading(gp: Geoparser) -> None:
    # The county's own town ("Madison County ... in Madison"): both in one state, the town is kept.
    text = ("The Madison County school board met in Madison, Alabama, on Monday. "
            "Madison parents asked for a new bus route.")
    county, town, _state, bare = _all(gp, text, ["Madison County", "Madison", "Alabama", "Madison"])
    assert town.feature_class == "P" and bare.feature_class == "P" and bare.geonameid == town.geonameid


def test_a_city_of_100k_keeps_its_own_name(gp: Geoparser) -> None:
    # "Orange County ... Orange": a city this big is named by its own name, not moved to the county.
    text = "Fires burned in Harris County overnight. Houston firefighters were sent, and Houston police closed roads."
    _county, city, _ = _all(gp, text, ["Harris County", "Houston", "Houston"])
    assert city.feature_class == "P" and city.country_code == "US"
