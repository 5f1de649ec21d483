"""Round 16: container chains in definitions, projected distances, facilities and institutions, list mates, speed."""

from __future__ import annotations

import pytest
from geo_helpers import km as _km

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.recognize import casing, recognise
from eventwire.model import PlaceMention


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _given(gp: Geoparser, text: str, *names: str) -> list[PlaceMention]:
    """Resolve the first occurrence of each name as a supplied span."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    out = gp.resolve_given(text, spans, guesses=True)
    assert all(m is not None for m in out)
    return [m for m in out if m is not None]

# --- Container chains in definitions (WikToR-style openings; the places are invented, the units real) ---


def test_gmina_county_voivodeship_chain_places_a_missing_village_in_its_county(gp: Geoparser) -> None:
    text = ("Zzyxowo [ˈzɨksɔvɔ] is a village in the administrative district of Gmina Krasne, within Przasnysz "
            "County, Masovian Voivodeship, Poland.")
    m = _given(gp, text, "Zzyxowo")[0]
    assert m.country_code == "PL" and _km(m, 53.05, 20.9) < 60  # Przasnysz County


def test_comma_before_is_and_the_most_specific_container(gp: Geoparser) -> None:
    text = "Zzyxton, Nevada, was a gold-mining camp in Pershing County, Nevada, USA, long since abandoned."
    m = _given(gp, text, "Zzyxton")[0]
    assert m.feature_code == "ADM2" and m.name == "Pershing County"


def test_unknown_unit_before_the_country_still_frames_the_chain(gp: Geoparser) -> None:
    text = ("Zzyxvik is a municipality in Hordaland county, Norway. Its main village lies west of Bergen, "
            "and most people commute to Bergen.")
    m = _given(gp, text, "Zzyxvik")[0]
    assert m.country_code == "NO" and _km(m, 60.39, 5.32) < 60


def test_demonym_qualifier_frames_the_county(gp: Geoparser) -> None:
    # "the English county of Suffolk" is Suffolk in England, not Suffolk County, Massachusetts.
    text = "Zzyxford is a market town in the county of Suffolk, England."
    m = _given(gp, text, "Zzyxford")[0]
    assert m.country_code == "GB"


def test_abbreviation_does_not_end_the_definition_sentence(gp: Geoparser) -> None:
    text = "Mansfield is a small city in Arkansas, U.S., lying in Scott and Sebastian counties."
    m = _given(gp, text, "Mansfield")[0]
    assert m.admin1 == "Arkansas"


def test_a_state_stated_by_definition_outweighs_a_famous_namesake(gp: Geoparser) -> None:
    text = ("Pasadena is an incorporated town in the western portion of Newfoundland, Canada. The town was named "
            "after Pasadena, California. California's Pasadena is much larger.")
    m = _given(gp, text, "Pasadena")[0]
    assert m.country_code == "CA"


def test_irish_county_contains(gp: Geoparser) -> None:
    text = "Charlestown is a town in County Mayo, Ireland, at the crossroads of two national roads."
    m = _given(gp, text, "Charlestown")[0]
    assert m.country_code == "IE"


# --- Distance phrases with a direction are projected ---


def test_long_distance_with_a_direction_projects_the_point(gp: Geoparser) -> None:
    # 348 km due east of Melbourne (-37.81, 144.96) lies near (-37.73, 148.91): the town nearest that point.
    text = "Zzyxdale is a town in Victoria, Australia, some 290 kilometres (180 mi) east of Melbourne."
    m = _given(gp, text, "Zzyxdale")[0]
    assert m.name != "Melbourne" and _km(m, -37.73, 148.91) < 348 / 5 + 25


# --- GeoWebNews: facilities, institutions, adjectives ---


def test_facility_is_not_the_namesake_of_its_first_word(gp: Geoparser) -> None:
    # "Buckland" is a town in Massachusetts: the school lies in the town the story is about.
    text = ("Students in Manassas, Virginia, go to Buckland Elementary and Patriot High. Manassas has grown, and "
            "Virginia's new schools are full.")
    for m in _given(gp, text, "Buckland Elementary", "Patriot High"):
        assert m.name == "Manassas" and m.admin1 == "Virginia"


def test_institution_takes_the_state_or_city_it_opens_with(gp: Geoparser) -> None:
    text = ("The director of Arizona State University spoke. The Seoul Central District Court ruled on Friday. "
            "The European Investment Bank signed a loan; the African National Congress met.")
    asu, court, eib, anc = _given(gp, text, "Arizona State University", "Seoul Central District Court",
                                  "European Investment Bank", "African National Congress")
    assert asu.name == "Arizona" and court.name == "Seoul"
    assert (eib.feature_code, anc.feature_code) == ("CONT", "CONT") and anc.name == "Africa"


def test_street_address_is_not_the_city_it_is_named_after(gp: Geoparser) -> None:
    text = "The office opened in Nelson, British Columbia, at 333 Victoria St. in downtown Nelson."
    m = _given(gp, text, "333 Victoria St.")[0]
    assert m.name != "Victoria"


def test_adjectives_and_plural_demonyms(gp: Geoparser) -> None:
    text = ("The spy was poisoned in the English city of Salisbury with an agent developed by the Soviet Union. "
            "Ontarians pay more; the Czechs hold the presidency, said Nancy Pelosi, D-Calif, on Monday.")
    eng, ussr, ont, cz, cal = _given(gp, text, "English", "Soviet Union", "Ontarians", "Czechs", "Calif")
    assert (eng.name, ussr.country_code, ont.name, cz.country_code, cal.name) == (
        "England", "RU", "Ontario", "CZ", "California")


def test_the_gulf_is_the_persian_gulf(gp: Geoparser) -> None:
    text = "Saudi Arabia cut ties with another US partner in the Gulf, Qatar."
    m = _given(gp, text, "Gulf")[0]
    assert m.feature_code == "GULF" and _km(m, 26.0, 52.0) < 300


def test_list_mates_decide_unit_or_city(gp: Geoparser) -> None:
    text = ("After visits to Washington, New York and Boston, the prince flew west. Performers came from "
            "Missouri, New York, North Carolina and Virginia. Officers in England and Wales were cut.")
    city = text.index("New York")
    state = text.index("New York", city + 1)
    wales = text.index("Wales")
    a, b, c = gp.resolve_given(text, [(city, city + 8), (state, state + 8), (wales, wales + 5)], guesses=True)
    assert a is not None and b is not None and c is not None
    assert (a.feature_class, b.feature_code, c.feature_code) == ("P", "ADM1", "ADM1")


# --- Speed: lower-case recognition skips words no name starts with, with the same result ---


def test_first_words_skip_keeps_lower_case_recognition(gp: Geoparser) -> None:
    assert "new" in gp.gz.first_words() and "kharkiv" in gp.gz.first_words()
    text = "shelling hit kharkiv and the south african delegation left new york for kyiv on monday."
    found = {text[c.start : c.end] for c in recognise(gp.gz, text, casing(text))}
    assert {"kharkiv", "new york", "kyiv", "south african"} <= found
