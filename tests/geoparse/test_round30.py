"""Round 30: a border between two oblasts reads as the two units; power plants lie at their host towns."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import default_geoparser

# Sentences written for these tests (no third-party text); the place names and points are facts.


def _got(text: str) -> dict[str, tuple[str | None, str | None, float | None, float | None]]:
    return {m.text: (m.feature_code, m.admin1, m.lat, m.lon) for m in default_geoparser().parse(text)}


def _km(got: tuple[str | None, str | None, float | None, float | None], lat: float, lon: float) -> float:
    assert got[2] is not None and got[3] is not None
    return haversine_km(got[2], got[3], lat, lon)


def test_a_village_near_an_oblast_border_keeps_its_own_reading() -> None:
    got = _got("Separatist units said they entered Bohorodychne, a village near the Kharkiv-Donetsk Oblast border "
               "some 20 km northwest of Slovyansk, on Friday.")
    assert _km(got["Bohorodychne"], 49.02, 37.51) < 10  # not Kharkiv City, 150 km off
    assert got["Kharkiv"][0] == "ADM1"  # the first unit of the pair is the oblast


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Shelling went on along the Mykolaiv-Kherson Oblast frontline overnight.", "Mykolaiv", "ADM1"),
    ("Troops held positions near the Zaporizhia-Donetsk Oblast administrative border.", "Zaporizhia", "ADM1"),
    ("Officials in Kharkiv said the city was quiet.", "Kharkiv", "PPL"),  # alone it is the city
])
def test_the_first_of_a_hyphened_pair_of_oblasts_is_a_unit(text: str, name: str, code: str) -> None:
    assert _got(text)[name][0] == code


def test_a_distance_from_a_border_is_no_distance_from_a_town() -> None:
    # "20 km south of the Kherson-... border" says nothing about Kherson City: the village keeps its own reading.
    got = _got("Artillery hit Novovoskresenske (about 20 km south of the Kherson-Dnipropetrovsk Oblast border) "
               "on Monday.")
    assert _km(got["Novovoskresenske"], 47.28, 33.84) < 10


def test_a_border_sentence_prefers_readings_in_the_two_oblasts() -> None:
    got = _got("Volunteers reported fighting in Kalynivka, a village within 25 km of the Kherson-Mykolaiv Oblast "
               "border.")
    assert got["Kalynivka"][1] == "Mykolaiv Oblast"  # not Kalynivskyi, a district of Donetsk


@pytest.mark.parametrize(("text", "span", "lat", "lon"), [
    ("Shells landed near the Zaporizhzhia Nuclear Power Plant on Monday.", "Zaporizhzhia Nuclear Power Plant",
     47.49, 34.66),  # Enerhodar, 50 km from Zaporizhzhia City
    ("Engineers restored a power line to the ZNPP after the strike.", "ZNPP", 47.49, 34.66),
    ("Inspectors said the Zaporizhia nuclear power plant lost outside power.", "Zaporizhia nuclear power plant",
     47.49, 34.66),
    ("Assaults continued near the Vuhlehirska Thermal Power Plant south of Bakhmut.",
     "Vuhlehirska Thermal Power Plant", 48.43, 38.22),  # Svitlodarsk
    ("Fighting was reported around the Vuhledar Power Plant on Tuesday.", "Vuhledar Power Plant", 48.43, 38.22),
    ("Water rose after the Kakhovka HPP was damaged.", "Kakhovka HPP", 46.76, 33.36),
])
def test_a_plant_lies_at_its_host_town(text: str, span: str, lat: float, lon: float) -> None:
    got = _got(text)
    assert _km(got[span], lat, lon) < 10
    assert not any(k != span and span.startswith(k) for k in got)  # no town reading for the name inside it


def test_a_plant_needs_its_kind() -> None:
    # The town alone, and a plant kind the row does not list, keep the town's own reading.
    got = _got("Residents of Vuhledar and Zaporizhzhia City sheltered overnight.")
    assert _km(got["Vuhledar"], 47.78, 37.25) < 10
    got = _got("Crews repaired the Zaporizhzhia Hydroelectric Power Plant dam in the city.")
    assert "Zaporizhzhia Hydroelectric Power Plant" not in got


def _given(text: str, span: tuple[int, int]) -> tuple[str | None, str | None]:
    m = default_geoparser().resolve_given(text, [span], guesses=True)[0]
    assert m is not None
    return m.name, m.country_code


def test_a_definitions_town_is_read_in_the_country_the_text_names() -> None:
    # A place the tables lack, defined by a town with namesakes: the region named later says which one.
    text = ("Quillmere is a fishing village located northwest of St. Anthony. Its harbour freezes in winter. "
            "Boats cross the strait to Labrador in summer.")
    assert _given(text, (0, 9))[1] == "CA"  # St. Anthony, Newfoundland, not the bigger one in Minnesota


@pytest.mark.parametrize(("text", "cc"), [
    ("Quillmere is a small town near Athens. Tourists come from Olympia and Sparta in summer.", "GR"),  # towns vote not
    ("Quillmere is a fishing village located northwest of St. Anthony. Its harbour freezes in winter.", "US"),  # no clue
])
def test_without_a_region_the_bigger_town_stays(text: str, cc: str) -> None:
    assert _given(text, (0, 9))[1] == cc


def test_the_npp_after_one_named_plant_is_that_plant() -> None:
    text = ("Shells fell near the Zaporizhzhia Nuclear Power Plant on Monday. Engineers said the NPP's cooling "
            "pumps still ran. Crews at the Khmelnytskyi NPP were not affected.")
    npp = [m for m in default_geoparser().parse(text) if m.text == "NPP"]
    assert npp == []  # two nuclear plants named: "the NPP" is left alone
    got = [m for m in default_geoparser().parse(text.split(" Crews")[0]) if m.text == "NPP"]
    assert len(got) == 1 and got[0].lat is not None and got[0].lon is not None
    assert haversine_km(got[0].lat, got[0].lon, 47.49, 34.66) < 10
