"""Resolution with article context: stated containers, abbreviations, acronyms, fallbacks, lists."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import Geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (i := text.find(name, pos)) >= 0:
        out.append((i, i + len(name)))
        pos = i + 1
    return out


def test_stated_county_and_state_pick_the_right_town(gp: Geoparser) -> None:
    text = ("Norwich is a city in New London County, Connecticut, United States. "
            "Three rivers meet at Norwich harbour.")
    out = gp.resolve_given(text, _spans(text, "Norwich"))
    assert [(m.country_code, m.admin1) for m in out] == [("US", "Connecticut"), ("US", "Connecticut")]


def test_missing_town_falls_back_to_its_stated_county(gp: Geoparser) -> None:
    text = "Vina is a census-designated place in Tehama County, California. Vina sits at 64 m."
    out = gp.resolve_given(text, _spans(text, "Vina"))
    for m in out:
        assert m is not None and m.lat is not None
        assert haversine_km(m.lat, m.lon, 39.93, -122.05) < 161  # Vina, CA


def test_ap_state_abbreviation_and_inner_name(gp: Geoparser) -> None:
    text = "HAMMOND, Ind. (AP) — Boaters met at the Hammond Marina Pavilion on Saturday."
    ind = text.index("Ind.")
    hall = text.index("Hammond Marina Pavilion")
    out = gp.resolve_given(text, [(ind, ind + 4), (hall, hall + 23)])
    assert out[0] is not None and out[0].admin1 == "Indiana" and out[0].feature_code == "ADM1"
    assert out[1] is not None and out[1].country_code == "US"


def test_acronyms_name_countries_and_unions(gp: Geoparser) -> None:
    ms = gp.parse("The EU and the US signed the deal in Brussels.")
    by = {m.text: m for m in ms}
    assert by["US"].country_code == "US" and by["US"].feature_code == "PCLI"
    assert by["EU"].geonameid == 6695072


def test_a_list_of_towns_is_not_a_container(gp: Geoparser) -> None:
    text = "The firm has offices in Los Angeles, Miami, New York and Detroit."
    la = text.index("Los Angeles")
    (m,) = gp.resolve_given(text, [(la, la + 11)])
    assert m is not None and m.admin1 == "California"


def test_context_state_resolves_ambiguous_town(gp: Geoparser) -> None:
    text = "Police in Athens, Texas, said the road reopened. Athens officials thanked drivers."
    out = gp.resolve_given(text, _spans(text, "Athens"))
    assert all(m is not None and m.admin1 == "Texas" for m in out)


def test_people_months_and_capitalised_words_are_not_places(gp: Geoparser) -> None:
    ms = gp.parse("Desmond D. Clark met voters on March 5. Clark said the City Council in Springfield, Ill., agreed.")
    texts = [m.text for m in ms]
    assert "Clark" not in texts and "March" not in texts and "Council" not in texts
    ill = [m for m in ms if m.text == "Ill."]
    assert ill and ill[0].admin1 == "Illinois"
    assert [m.admin1 for m in ms if m.text == "Springfield"] == ["Illinois"]


def test_demonym_after_hyphen_is_found(gp: Geoparser) -> None:
    ms = gp.parse("The show covers Russian-American art.")
    assert {(m.text, m.country_code) for m in ms} == {("Russian", "RU"), ("American", "US")}
