"""Round 37: a text's opening definition holds its unit's bare name and its gloss; compass-word names; foreign
namesakes of a text's opening name (the texts are our own sentences, shaped like WikToR's definitions)."""

from __future__ import annotations

import re

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import default_geoparser


def _given(text: str, name: str, guesses: bool = True) -> list:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
    return default_geoparser().resolve_given(text, spans, guesses=guesses)


def test_an_opening_units_definition_holds_its_bare_name() -> None:
    # GeoNames holds no Augusta in Ontario: before, the bare name read as Augsburg (Latin "Augusta").
    text = ("Augusta Township is a township in the United Counties of Leeds and Grenville, on the St. Lawrence in "
            "eastern Ontario, Canada. Most of Augusta is farmland, and Augusta counts several hamlets.")
    ms = _given(text, "Augusta")
    assert len(ms) == 3  # the unit's own words too ("Augusta" in "Augusta Township")
    for m in ms:
        assert m.country_code == "CA" and haversine_km(m.lat, m.lon, 44.75, -75.6) < 100


def test_a_name_the_opening_gloss_gives_takes_the_definition() -> None:
    text = ("Kaup, also called Kapu by Tulu speakers, is a beach town in Udupi district of Karnataka, India. "
            "Its lighthouse draws visitors.")
    (m,) = _given(text, "Kapu")
    assert m.country_code == "IN" and haversine_km(m.lat, m.lon, 13.22, 74.74) < 100  # not Kapu, Java


def test_a_town_after_a_capitalised_compass_word_is_no_container() -> None:
    text = ("Livingston is an old name for the upper end of West Brighton, a residential area along the North "
            "Shore of the New York City borough of Staten Island.")
    (m,) = _given(text, "Livingston")
    assert haversine_km(m.lat, m.lon, 40.64, -74.11) < 50  # not Brighton, Massachusetts


def test_a_county_after_a_compass_word_still_contains_when_nothing_else_does() -> None:
    text = "Wilmington is a hamlet between Honiton and Axminster in East Devon, beside the A35 road."
    (m,) = _given(text, "Wilmington")
    assert m.country_code == "GB" and haversine_km(m.lat, m.lon, 50.78, -3.1) < 100


def test_an_opening_name_only_foreign_namesakes_bear_takes_the_texts_own_place() -> None:
    text = ("Lapa, Dom João and Montanha form a group of islands to the west of the Macau Peninsula, facing the "
            "Macau islands of Taipa and Coloane. Fishing families settled there.")
    (m,) = _given(text, "Lapa")
    assert m.country_code == "MO" and m.role == "guess"  # not a Brazilian Lapa
    assert _given(text, "Lapa", guesses=False) == [None]


def test_a_story_opening_with_a_firm_that_a_foreign_village_is_named_after_reads_no_place() -> None:
    text = ("Monsanto shares rose in London on Tuesday as traders in Manchester, Leeds and Bristol bought British "
            "stocks.")
    names = [m.text for m in default_geoparser().parse(text)]
    assert "Monsanto" not in names and {"London", "Manchester", "Leeds", "Bristol"} <= set(names)


def test_an_opening_name_with_a_reading_in_the_texts_country_keeps_it() -> None:
    text = "Bristol council said on Monday that roads in Bath, Leeds and London were also closed by snow."
    ms = [m for m in default_geoparser().parse(text) if m.text == "Bristol"]
    assert ms and ms[0].country_code == "GB" and ms[0].name == "Bristol"
