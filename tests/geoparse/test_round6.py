"""Round 6: distance phrases anchor a place ("40 km northeast of Saskatoon"), gold-sign corrections, cheap mentions."""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.nearby import phrases

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from geoparse import GoldDoc, GoldToponym, wiktor_lon_fixed  # noqa: E402


def test_distance_phrases_and_units() -> None:
    text = "Hilltown is 28 km (17 mi) southwest of Three Hills and two miles (3 km) south of the town of Bar."
    found = {text[k : k + 5]: (round(km, 1), bearing) for k, (km, bearing) in phrases(text).items()}
    assert found == {"Three": (28.0, 225.0), "Bar.": (3.2, 180.0)}  # km and compass bearing


def test_absent_place_takes_the_town_nearest_the_point_the_phrase_gives() -> None:
    # Round 16: with a direction, the town nearest the projected point (40 km northeast of Saskatoon lies at
    # about 52.38 N, 106.25 W) stands in, nearer than Saskatoon itself.
    from eventwire.gazetteer import haversine_km

    text = ("Zzyxville (population 412 in 2016) is a small town in central Saskatchewan, Canada approximately "
            "40 km northeast of Saskatoon beside a creek.")
    m = default_geoparser().resolve_given(text, [(0, 9)], guesses=True)[0]
    assert m is not None and m.name != "Saskatoon" and m.admin1 == "Saskatchewan"
    assert m.lat is not None and m.lon is not None and haversine_km(m.lat, m.lon, 52.38, -106.25) < 30


def test_reading_that_fits_the_distance_wins() -> None:
    # Many Lindens exist: the one 28 km from Three Hills in Alberta is chosen over larger namesakes.
    text = ("Linden is a village in the central part of the province of Alberta. "
            "It is located 28 km (17 mi) southwest of Three Hills.")
    m = default_geoparser().resolve_given(text, [(0, 6)], guesses=True)[0]
    assert m is not None and m.country_code == "CA" and m.admin1 == "Alberta"


def test_repeated_mentions_share_the_record_but_own_their_spans() -> None:
    text = "Shelling hit Kharkiv overnight. Kharkiv's mayor said Kharkiv had no power."
    ms = [m for m in default_geoparser().parse(text) if m.name == "Kharkiv"]
    assert len(ms) >= 2
    assert [text[m.start : m.end] for m in ms] == [m.text for m in ms]
    assert len({m.geonameid for m in ms}) == 1 and ms[0].alternatives is not ms[1].alternatives
    assert ms[1].model_dump()["start"] == ms[1].start


def test_latitude_flip_corrected_only_for_australia_and_new_zealand() -> None:
    au = GoldDoc("1", "Dallas is a suburb of Melbourne, Victoria, Australia.", [GoldToponym(0, 6, "Dallas", 37.7, 144.9)])
    hk = GoldDoc("2", "Victoria Harbour lies in Hong Kong.", [GoldToponym(0, 8, "Victoria", 22.3, 114.2)])
    fixed, n = wiktor_lon_fixed([au, hk])
    assert n == 1 and fixed[0].toponyms[0].lat == -37.7 and fixed[1].toponyms[0].lat == 22.3
