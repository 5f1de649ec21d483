"""Round 36: the village fallback's far-namesake moves and the looser spellings front reports use."""

from __future__ import annotations

from eventwire.gazetteer import load_gazetteer
from eventwire.gazetteer.ukraine import loose_spellings
from eventwire.geoparsing import TOLD_POINT, Geoparser
from eventwire.geoparsing.villages import _far_namesakes
from eventwire.model import PlaceMention


def _at(text: str, name: str, geonameid: int) -> PlaceMention:
    gz = load_gazetteer()
    (i,) = [i for i in gz.candidates(name) if gz.record(i).geonameid == geonameid]
    r = gz.record(i)
    s = text.index(name)
    return PlaceMention(start=s, end=s + len(name), text=name, geonameid=r.geonameid, name=r.name, lat=r.lat,
                        lon=r.lon, country_code="UA", admin1=gz.admin1_name(r.admin1), feature_class="P",
                        feature_code=r.feature_code, population=r.population)


def test_a_mover_is_no_context_for_a_bigger_place() -> None:
    # Petrivka read in Donetsk Oblast (population 1,010) beside Vysokopillya (Kherson Oblast, 4,035): the village
    # moves to the town's oblast; the town is not pulled to Donetsk Oblast by the village's wrong reading.
    text = "Ukrainian forces were unsuccessful in advancing in the Petrivka direction, southeast of Vysokopillya."
    ms = [_at(text, "Petrivka", 13645600), _at(text, "Vysokopillya", 688689)]
    petrivka, town = _far_namesakes(load_gazetteer(), text, ms, ms, TOLD_POINT)
    assert town is ms[1]
    assert petrivka.feature_code == TOLD_POINT and petrivka.admin1 == "Kherson Oblast"


def test_loose_spellings() -> None:
    assert loose_spellings("Arkhanhelske") == ["Arhanhelske"]  # х inside a word as "h"
    assert loose_spellings("Zlatoustivka") == ["Zlatoustovka"]  # the Russian ending
    assert loose_spellings("Vilkhivka") == ["Vilhivka", "Vilkhovka", "Vilhovka"]
    assert loose_spellings("Kharkiv") == []  # a word's first letter is left as KMU writes it
    assert loose_spellings("Shumy") == []


def test_a_village_written_with_h_for_kh_is_placed() -> None:
    text = ("Ukrainian forces continued the counteroffensive in Kherson Oblast near Snihurivka, Kherson and Mykolaiv. "
            "Ukrainian forces attacked Russian positions in Arhanhelske, west of Vysokopillya.")
    (m,) = [m for m in Geoparser().parse(text) if m.text == "Arhanhelske"]
    assert m.admin1 == "Kherson Oblast" and m.feature_code == TOLD_POINT and m.radius_km is not None
