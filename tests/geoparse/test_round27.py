"""Round 27: island groups as places and containers; a big city's tiny namesakes earn no bonus from a state named elsewhere."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.model import PlaceMention

# Sentences written for these tests (no third-party text); the place names are facts.


def _parse(text: str) -> list[PlaceMention]:
    return default_geoparser().parse(text)


@pytest.mark.parametrize(("text", "surface", "cc"), [
    ("Patrol planes flew over the Aleutian Islands for weeks.", "Aleutian Islands", "US"),
    ("The Virgin Islands and the United States signed a tax treaty.", "Virgin Islands", "VI"),
    ("A research ship reached the Galapagos Islands on Friday.", "Galapagos Islands", "EC"),
    ("Talks will follow with American Samoa, the Mariana Islands and Guam.", "Mariana Islands", ""),
])
def test_an_island_group_is_one_place(text: str, surface: str, cc: str) -> None:
    got = [(m.text, m.country_code or "", m.feature_code) for m in _parse(text)]
    assert (surface, cc, "ISLS") in got
    assert not any(t == "Islands" for t, _, _ in got)  # not Hong Kong's Islands district


def test_an_island_group_holds_its_town() -> None:
    text = "San Juan Bautista is the only town in the Juan Fernández Islands. Fishing boats land lobster there."
    got = default_geoparser().resolve_given(text, [(0, 17)])[0]
    assert got is not None and got.country_code == "CL" and got.name == "San Juan Bautista"


def test_a_town_missing_from_the_tables_stands_at_its_island_group_with_a_low_score() -> None:
    # (Puerto Escondido, Mexico is in the tables; the container stands in, and says it is a guess.)
    text = "Puerto Escondido is a hamlet in the Juan Fernández Islands. Fishing boats land lobster there."
    got = default_geoparser().resolve_given(text, [(0, 16)])[0]
    assert got is not None and got.country_code == "CL" and got.feature_code == "ISLS"
    assert got.score <= 0.3


def test_a_stated_province_standing_in_has_a_low_score() -> None:
    text = "Sayo is one of the woredas in the Oromia Region of Ethiopia."
    got = default_geoparser().resolve_given(text, [(0, 4)])[0]
    assert got is not None and got.feature_code == "ADM1" and got.country_code == "ET" and got.score <= 0.3


@pytest.mark.parametrize(("text", "surface", "admin1"), [
    ("The valve plant moved here from Boston in 1874. A buyer from Long Island, N.Y., toured the site.",
     "Boston", "Massachusetts"),  # not Boston, New York (8,000 people)
    ("Officials in Columbus, Ohio, said the chain will also close stores in Dallas, Los Angeles and Philadelphia.",
     "Philadelphia", "Pennsylvania"),  # not New Philadelphia, Ohio
])
def test_a_state_named_elsewhere_does_not_pull_a_big_city_to_a_tiny_namesake(
        text: str, surface: str, admin1: str) -> None:
    got = {m.text: m.admin1 for m in _parse(text)}
    assert got[surface] == admin1


@pytest.mark.parametrize(("text", "surface"), [
    ("The Paris City Council met Tuesday. Lamar County commissioners and Texas officials joined them.", "Paris"),
    ("The Athens City Council met on Monday. Henderson County officials in Texas said the budget is in line.",
     "Athens"),
])
def test_a_small_town_the_story_places_keeps_its_state(text: str, surface: str) -> None:
    got = {m.text: (m.country_code, m.admin1) for m in _parse(text)}
    assert got[surface] == ("US", "Texas")


@pytest.mark.parametrize(("text", "surface"), [
    ("Tillsonburg Mayor Stephen Molnar said the council would look at the plan.", "Tillsonburg"),
    ("Lewisburg Mayor John Manchester toured the flooded streets on Monday.", "Lewisburg"),
])
def test_a_town_before_its_mayor_is_a_place(text: str, surface: str) -> None:
    assert surface in [m.text for m in _parse(text)]


@pytest.mark.parametrize(("text", "surface"), [
    ("“It is a great feeling,” the 20-year-old from Brampton said.", "Brampton"),
    ("Doctors in Montpellier said the patient was stable.", "Montpellier"),
])
def test_a_town_after_from_or_in_before_said_is_a_place(text: str, surface: str) -> None:
    assert surface in [m.text for m in _parse(text)]


def test_a_name_before_said_alone_is_still_a_person() -> None:
    assert "Kelly" not in [m.text for m in _parse("“We will see,” Kelly said on Tuesday in Ohio.")]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("The group is registered with the State of Ohio as a non-profit.", "Ohio", "Ohio"),
    ("The loan is guaranteed by the State of Victoria, the bank said.", "Victoria", "Victoria"),
])
def test_state_of_is_no_part_of_the_mention(text: str, surface: str, name: str) -> None:
    got = [(m.text, m.name, text[m.start : m.end]) for m in _parse(text)]
    assert (surface, name, surface) in got


@pytest.mark.parametrize("text", [
    "Petry said. Kathy Cosco, spokeswoman for the agency, said the plan was fine.",  # not Cusco ("Cosco")
    "John Houston, 54, was due to stand in the seat.",
])
def test_a_first_name_opening_a_sentence_makes_a_person(text: str) -> None:
    assert [m.text for m in _parse(text)] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Austin Texas police said the suspect fled.", "Austin"),
    ("Florence Italy hit by floods as rescuers worked through the night.", "Florence"),
    ("Capture Mariupol, the order said.", "Mariupol"),
])
def test_a_city_before_its_state_or_a_verb_before_a_city_stays_a_place(text: str, surface: str) -> None:
    assert surface in [m.text for m in _parse(text)]
