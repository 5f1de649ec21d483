"""Round 31: village namesakes in lists take a reading near the list's sure villages (sentences written for eventwire)."""

from __future__ import annotations

import pytest

from eventwire.evaluate.common import haversine_km
from eventwire.geoparsing import Geoparser, default_geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return default_geoparser()


def _at(gp: Geoparser, text: str, name: str) -> tuple[float, float]:
    m = next(m for m in gp.parse(text) if m.text == name)
    assert m.lat is not None and m.lon is not None
    return m.lat, m.lon


TSIRKUNY = (50.084, 36.387)  # north of Kharkiv


@pytest.mark.parametrize("name", ["Fedorivka", "Ukrainka", "Peremoha"])
def test_list_village_stands_in_at_a_sure_mate_not_next_door(gp: Geoparser, name: str) -> None:
    # The tables lack these villages by Tsirkuny; their namesakes lie 280-450 km away. A Russian "Shestakovo"
    # in the same list is no anchor; Kharkiv, in the same paragraph, backs Tsirkuny as one.
    text = ("Shelling of Kharkiv went on. On Friday Ukrainian troops recaptured Fedorivka, Ukrainka, Shestakovo, "
            "Peremoha, and Tsirkuny.")
    assert haversine_km(*_at(gp, text, name), *TSIRKUNY) < 30


def test_list_stand_in_is_the_mate_next_door(gp: Geoparser) -> None:
    # Adamivka by Bohorodychne: the stand-in is its neighbour in the list, not the list's first village.
    text = "Russian artillery hit settlements near the border, including Dibrovne, Dolyna, Adamivka, and Bohorodychne."
    bohorodychne = _at(gp, text, "Bohorodychne")
    assert haversine_km(*_at(gp, text, "Adamivka"), *bohorodychne) < 5


def test_list_stand_in_far_from_the_paragraph_is_refused(gp: Geoparser) -> None:
    # "Majaky" reads as Mayaky by Odesa, 600 km from Lyman: no stand-in for Pryshyb there.
    text = "Russian forces shelled positions west of Lyman around Pryshyb, Sydorove, and Majaky."
    assert haversine_km(*_at(gp, text, "Pryshyb"), 46.41, 30.27) > 300


def test_list_stand_in_keeps_the_villages_own_name(gp: Geoparser) -> None:
    # Three villages at one stand-in point stay three places (an event coder folds mentions of one record).
    text = ("Shelling of Kharkiv went on. On Friday Ukrainian troops recaptured Fedorivka, Ukrainka, Shestakovo, "
            "Peremoha, and Tsirkuny.")
    ms = {m.text: m for m in gp.parse(text)}
    assert (ms["Fedorivka"].name, ms["Fedorivka"].geonameid, ms["Fedorivka"].feature_code) == ("Fedorivka", None, "PPLL")
    assert ms["Tsirkuny"].geonameid is not None


def test_list_without_an_intro_keeps_its_reading(gp: Geoparser) -> None:
    # No list word before it: "Fedorivka, Ukrainka" stays what it was (the list tie needs "captured", "in", ...).
    text = "Fedorivka, Ukrainka, Peremoha, and Tsirkuny were quiet."
    assert haversine_km(*_at(gp, text, "Peremoha"), *TSIRKUNY) > 100


@pytest.mark.parametrize(("text", "name", "point"), [
    ("Russian units are still massed in Lyubech and Mena, west and east of Chernihiv.", "Mena", (51.52, 32.21)),
    ("Russian troops attacked towards Lyman, Bakhmut, Kurakhove, and Shandryholove.", "Lyman", (48.99, 37.80)),
])
def test_list_town_in_the_mates_unit_keeps_its_reading(gp: Geoparser, text: str, name: str,
                                                       point: tuple[float, float]) -> None:
    # A reading in a list mate's oblast is kept, even 100 km from it: no stand-in at the mate.
    assert haversine_km(*_at(gp, text, name), *point) < 10
