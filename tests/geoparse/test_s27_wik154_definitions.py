"""Session 27, wik154: definition shapes that stated no container before ("X (...), is a town in Y", a respelling, an
abbreviation's dot, "in, and the county seat of, Y") and "the state of Georgia" read as the state."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.context import opens_definition


def _pick(text: str, name: str) -> tuple[str, str | None, str]:
    gp = default_geoparser()
    p = gp.resolve_given(text, [(0, len(name))], guesses=True)[0]
    assert p is not None
    return p.country_code, p.admin1, p.name


@pytest.mark.parametrize("text", [
    "Paris (French pronunciation: [pari]), is a city in Lamar County, Texas.",
    "Perth (pop. 6,000),is a town in Ontario, Canada.",
    "Perth (pop. 6,000) is a town in Ontario, Canada.",  # (as before)
    "Salem /ˈseɪləm/ SAY-ləm is a town in South Carolina.",
])
def test_a_definition_opens_after_a_bracket_a_comma_or_a_respelling(text: str) -> None:
    assert opens_definition(text, 5)


def test_an_appositive_after_a_bracket_is_unchanged() -> None:
    # (Not widened here: "X (...), a town in Y" opened no definition before and opens none now.)
    assert not opens_definition("Perth (pop. 6,000), a town in Ontario.", 5)


@pytest.mark.parametrize(("text", "name", "cc", "state"), [
    # a bracketed aside and a comma before "is"
    ("Paris (French pronunciation: [pari]), is a city in Lamar County, Texas, United States.", "Paris", "US", "Texas"),
    ("Perth (pop. 6,000),is a town in Ontario, Canada.", "Perth", "CA", "Ontario"),
    # a respelling after the IPA
    ("Salem /ˈseɪləm/ SAY-ləm is a town in Oconee County, South Carolina, United States.", "Salem", "US",
     "South Carolina"),
    # an abbreviation's dot in the unit the gazetteer lacks, and in the definition's words
    ("Washington is a town in St. Landry Parish, Louisiana, United States.", "Washington", "US", "Louisiana"),
    ("Paris is a small town located approx. 20 miles from Monroe in Union County, Ohio.", "Paris", "US", "Ohio"),
    # "in, and the county seat of, X County"
    ("Oxford is a city in, and the county seat of, Lafayette County, Mississippi.", "Oxford", "US", "Mississippi"),
    # "the state of Georgia" is the state, not the country
    ("Rome is a city in the northwest of the state of Georgia.", "Rome", "US", "Georgia"),
    ("Dublin is a city in the state of Georgia.", "Dublin", "US", "Georgia"),
])
def test_the_stated_container_holds_the_defined_name(text: str, name: str, cc: str, state: str) -> None:
    got = _pick(text, name)
    assert got[:2] == (cc, state), got


def test_georgia_alone_is_still_the_country() -> None:
    assert _pick("Gori is a city in eastern Georgia.", "Gori")[0] == "GE"


def test_a_town_in_a_stated_city_takes_the_city_of_the_stated_province() -> None:
    # No record bears the suburb's name: the guess is the Hyderabad in Sindh, not the larger one in India.
    text = "Latifabad (a suburb), is a town in the southern suburbs of the city of Hyderabad, in Sindh, Pakistan."
    assert _pick(text, "Latifabad")[::2] == ("PK", "Hyderabad")


@pytest.mark.parametrize(("text", "unit"), [
    ("Zqxville is a city in, and the county seat of, Lafayette County, Mississippi, United States.", "Lafayette County"),
    ("Zqxville is a town in St. Landry Parish, Louisiana.", "Louisiana"),
    ("Zqxville is a town in the state of Georgia.", "Georgia"),
])
def test_a_name_no_record_bears_takes_the_stated_unit(text: str, unit: str) -> None:
    assert _pick(text, "Zqxville")[::2] == ("US", unit)


@pytest.mark.parametrize(("text", "name", "cc", "state"), [
    # a unit the gazetteer lacks, after "in", inside the next one
    ("Milan is a town in Zqxshire, Ohio, United States.", "Milan", "US", "Ohio"),
    # another name after "or" before "is"
    ("Milan or Old Milan is a town in Ohio, United States.", "Milan", "US", "Ohio"),
])
def test_an_unknown_unit_or_an_other_name_keeps_the_definition(text: str, name: str, cc: str, state: str) -> None:
    got = _pick(text, name)
    assert got[:2] == (cc, state), got


def test_a_town_of_the_stated_state_coded_to_no_county_is_kept() -> None:
    # GeoNames codes Zelenogorsk to St. Petersburg with no district: the town, not the stated district, is the pick.
    # (The old code read no definition here and took the larger Zelenogorsk, in Krasnoyarsk Krai.)
    text = ("Zelenogorsk (formerly Terijoki), is a municipal town in Kurortny District of the federal city of "
            "St. Petersburg.")
    assert _pick(text, "Zelenogorsk") == ("RU", "St.-Petersburg", "Zelenogorsk")


def test_a_county_less_town_far_from_the_stated_county_leaves_the_county_standing_in() -> None:
    # (A made-up definition: Stroh lies in LaGrange County, not Clay County.) The county-less Stroh record lies far
    # from Clay County's point: the stated county stands in, as before.
    assert _pick("Stroh is a village in Clay County, Indiana.", "Stroh")[::2] == ("US", "Clay County")
