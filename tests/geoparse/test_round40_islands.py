"""Round 40: islands and Bahamian constituencies the tables lack, as curated places. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from geo_helpers import km as _km

from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _given(gp: Geoparser, text: str, name: str) -> PlaceMention:
    """The reading of the first occurrence of `name`, given as a span."""
    s = text.find(name)
    m = gp.resolve_given(text, [(s, s + len(name))], guesses=True)[0]
    assert m is not None
    return m


NASSAU = (25.06, -77.345)


def test_a_constituency_named_like_a_town_is_in_nassau(gp: Geoparser) -> None:
    # Shape: "the <constituency> MP", a Bahamian seat no GeoNames record names (read before as a French village).
    text = "The Bain and Grants Town MP opened a new homework centre for young people on Saturday."
    m = _given(gp, text, "Bain and Grants Town")
    assert m.role != "guess" and m.country_code == "BS" and _km(m, *NASSAU) < 20


def test_the_constituency_s_other_spelling_and_capitals(gp: Geoparser) -> None:
    text = "BAINS and Grants Town residents asked for better street lights at a meeting last week."
    m = _given(gp, text, "BAINS and Grants Town")
    assert m.country_code == "BS" and _km(m, *NASSAU) < 20


def test_a_family_island_constituency_is_on_its_island(gp: Geoparser) -> None:
    text = "The MP for Central and South Eleuthera said the clinic in Rock Sound will reopen in May."
    m = _given(gp, text, "Central and South Eleuthera")
    assert m.role != "guess" and m.name == "Central and South Eleuthera" and _km(m, 25.05, -76.2) < 60


def test_bahamian_islands_are_places(gp: Geoparser) -> None:
    text = "Ferries between Grand Bahama and Eleuthera were cancelled as the storm passed over Abaco."
    found = {m.text: m for m in gp.parse(text)}
    assert _km(found["Grand Bahama"], 26.65, -78.35) < 60
    assert _km(found["Eleuthera"], 25.2, -76.3) < 60
    assert _km(found["Abaco"], 26.4, -77.15) < 60


def test_a_large_arctic_island_is_a_place(gp: Geoparser) -> None:
    text = "A research team spent the summer on Ellesmere Island studying the retreat of its ice shelves."
    found = {m.text: m for m in gp.parse(text)}
    assert found["Ellesmere Island"].country_code == "CA" and _km(found["Ellesmere Island"], 79.8, -79.0) < 100


def test_bare_andros_keeps_its_greek_reading(gp: Geoparser) -> None:
    # Only "Andros Island" and its parts were added: bare "Andros" is also the Greek island town.
    text = "The ferry from Rafina reached Andros before noon, and we walked up to the old town."
    m = _given(gp, text, "Andros")
    assert m.country_code == "GR"
