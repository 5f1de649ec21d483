"""Round 12: container chains read as one frame, county lists, feature names, city names before titles."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import Geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _first(gp: Geoparser, text: str, name: str):  # noqa: ANN202 - a PlaceMention or None
    i = text.index(name)
    (m,) = gp.resolve_given(text, [(i, i + len(name))])
    assert m is not None and m.lat is not None
    return m


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # "Georgia" after a county of the US state is the state, not the country.
        ("Oxford is a city in Newton County, Georgia, United States.", "Oxford", "Georgia"),
        # "A and B counties in the U.S. state of Z": the state frames both counties.
        ("Allen is a small town in Pontotoc and Hughes counties in the U.S. state of Oklahoma.", "Allen", "Oklahoma"),
        # "the Mississippi River Valley" is a feature's name, not the state; the county after it contains.
        ("Chester is a river city on the high banks of the Mississippi River Valley in Randolph County, Illinois, "
         "United States.", "Chester", "Illinois"),
        # A list of counties: "Washington" is a county of Tennessee here, not the state of Washington.
        ("Johnson City lies in Carter, Sullivan and Washington counties in the U.S. state of Tennessee.",
         "Johnson City", "Tennessee"),
    ],
)
def test_definition_frames_pick_the_state(gp: Geoparser, text: str, name: str, admin1: str) -> None:
    m = _first(gp, text, name)
    assert (m.country_code, m.admin1) == ("US", admin1)


def test_a_container_inside_the_name_itself_is_misread(gp: Geoparser) -> None:
    text = "Virginia is a state in the South Atlantic part of the United States."
    m = _first(gp, text, "Virginia")
    assert m.feature_code == "ADM1" and m.admin1 == "Virginia"


def test_a_definition_lets_a_distance_phrase_beat_a_big_namesake(gp: Geoparser) -> None:
    text = "Aberdeen is a town in central Saskatchewan, Canada, some 35 km northeast of Saskatoon."
    m = _first(gp, text, "Aberdeen")
    assert haversine_km(m.lat, m.lon, 52.33, -106.29) < 161


def test_distance_anchor_prefers_the_stated_province(gp: Geoparser) -> None:
    text = "Rama is a small village in east-central Saskatchewan. It lies about 40 km west of Canora."
    m = _first(gp, text, "Rama")
    assert haversine_km(m.lat, m.lon, 51.76, -103.0) < 161


def _names(gp: Geoparser, text: str) -> list[str]:
    return [m.text for m in gp.parse(text) if m.role != "demonym"]


def test_a_city_before_a_title_is_a_place(gp: Geoparser) -> None:
    assert "Toledo" in _names(gp, "Toledo Mayor Carty Finkbeiner says he plans to lay off police officers.")


def test_first_names_are_not_places(gp: Geoparser) -> None:
    assert _names(gp, "\"We cannot tell,\" said Nash Riad, a shop clerk.") == []
    assert "Milton" not in _names(gp, "The data helps, said Milton J. Little Jr., president of the group.")


def test_a_legislature_does_not_make_its_state_a_person(gp: Geoparser) -> None:
    text = "Albany is a small town of Orleans County, Vermont. A Vermont Senate district covers it."
    assert _names(gp, text).count("Vermont") == 2


def test_arabic_article_inside_a_name(gp: Geoparser) -> None:
    ms = gp.parse("Fighting went on near the Deir ez-Zor military airport.")
    assert [(m.text, m.country_code) for m in ms] == [("Deir ez-Zor", "SY")]
