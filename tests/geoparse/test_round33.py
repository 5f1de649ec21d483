"""Round 33: coordinates a text states for a place are that place's point."""

from __future__ import annotations

import re

import pytest

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import TOLD_POINT, default_geoparser
from eventwire.geoparsing.coords import stated_points


def _given(text: str, name: str) -> list:
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return default_geoparser().resolve_given(text, spans)


def test_a_record_at_the_stated_point_beats_the_stated_county() -> None:
    # GeoNames codes Kake to another borough than the one written here, so the census area stood in for it.
    text = ("Kake is a small city in the Prince of Wales-Hyder Census Area of Alaska. Kake is located at "
            "56°58′15″N 133°56′2″W. Kake lies on Kupreanof Island.")
    for m in _given(text, "Kake"):
        assert m.name == "Kake" and m.feature_code == "PPL"
        assert haversine_km(m.lat, m.lon, 56.97, -133.93) < 5


def test_a_place_the_tables_lack_is_the_told_point_in_the_nearest_towns_country() -> None:
    text = "Zzyxford is an unincorporated village in Utah. Zzyxford is situated at 40.50°N 111.90°W, near a lake."
    for m in _given(text, "Zzyxford"):
        assert (m.lat, m.lon) == pytest.approx((40.5, -111.9))
        assert m.geonameid is None and m.feature_code == TOLD_POINT and m.name == "Zzyxford"
        assert m.country_code == "US"


def test_a_reading_near_the_figures_keeps_its_record() -> None:
    text = "Springfield is a city in Ohio. Springfield is located at 39°55′N 83°48′W. Springfield has a museum."
    ms = [m for m in default_geoparser().parse(text) if m.text == "Springfield"]
    assert len(ms) == 3 and all(m.geonameid == 4525353 for m in ms)  # Springfield, Ohio (GeoNames)


def test_figures_need_a_tie_and_hemisphere_letters() -> None:
    mentions = default_geoparser().parse("Springfield is hot: 30 °C at noon. Paris was 41°N 2°E in the quiz.")
    assert stated_points("Springfield is hot: 30 °C at noon.", mentions) == {}
    # "was ... in the quiz" ties nothing: no "located", "situated", "lies" or "coordinates".
    assert stated_points("Paris was 41°N 2°E in the quiz.", default_geoparser().parse("Paris was 41°N 2°E in the quiz.")) == {}


def test_only_the_sentences_first_place_owns_the_figures() -> None:
    text = "Tioga is located in Tioga County at 41°54′30″N 77°8′10″W."
    ms = default_geoparser().parse(text)
    pts = stated_points(text, ms)
    assert pts["tioga"][:2] == pytest.approx((41.9083, -77.1361), abs=1e-3)
    assert "tioga county" not in pts


def test_words_for_hemispheres_a_pronoun_subject_and_an_abbreviation() -> None:
    gp = default_geoparser()
    text = ("Phoenix is an unincorporated community in Baltimore County, Maryland. It is located at latitude "
            "39°30'59\" North, longitude 76°36'59\" West.")
    assert stated_points(text, _given(text, "Phoenix"))["phoenix"][:2] == pytest.approx((39.5164, -76.6164), abs=1e-3)
    # "U.S." ends no sentence: Scranton still opens the one that gives its figures.
    text = "Scranton is a city in Iowa. Scranton is located on U.S. Route 30 at 42°1′20″N 94°32′46″W."
    assert stated_points(text, gp.parse(text))["scranton"][:2] == pytest.approx((42.0222, -94.5461), abs=1e-3)


def test_figures_of_a_lake_on_a_border_are_not_the_towns() -> None:
    text = "Lake Hongjiannao straddles the line between Yulin and Ordos, Inner Mongolia (39°06′N, 109°53′E)."
    spans = [(text.index("Yulin"), text.index("Yulin") + 5)]
    assert stated_points(text, default_geoparser().resolve_given(text, spans)) == {}


def test_a_pronoun_after_another_place_still_means_the_texts_own_place() -> None:
    text = "Gondar is a city in Ethiopia. Located north of Lake Tana, it has the coordinates 12°36′N 37°28′E."
    pts = stated_points(text, default_geoparser().parse(text))
    assert list(pts) == ["gondar"] and pts["gondar"][:2] == pytest.approx((12.6, 37.4667), abs=1e-3)


def test_whole_degrees_do_not_move_a_town_they_round() -> None:
    # Mariupol lies about 45 km from 47°N 37°E: whole degrees round by that much, so the city stays.
    text = "Mariupol is a port city in Ukraine. Mariupol is located at 47°N 37°E, on the Sea of Azov."
    ms = [m for m in default_geoparser().parse(text) if m.text == "Mariupol"]
    assert ms and all(m.geonameid == 701822 for m in ms)
    assert stated_points(text, ms)["mariupol"][2] > 50


def test_a_pronoun_in_a_news_story_is_not_its_dateline_town() -> None:
    text = "KYIV, Ukraine - A grain ship was struck overnight. It is located at 45°20′N 30°40′E, officials said."
    assert stated_points(text, default_geoparser().parse(text)) == {}
