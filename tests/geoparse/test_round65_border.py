"""Round 65: a unit named as one side of a border is no container; its village is the reading nearest the unit."""

from __future__ import annotations

from eventwire.api import geoparse
from eventwire.evaluate.common import haversine_km
from eventwire.model import PlaceMention

_TERNY_BY_LYMAN = (49.09, 37.96)  # the Terny nearest Kharkiv Oblast (namesakes lie by Dnipro and in Sumy Oblast)


def _read(text: str) -> dict[str, PlaceMention]:
    return {m.text: m for m in geoparse(text)}


def _km_off(m: PlaceMention, point: tuple[float, float]) -> float:
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, *point)


def test_an_oblast_and_a_country_border_picks_the_reading_nearest_the_oblast() -> None:
    got = _read("Russian artillery hit Terny by the Kharkiv Oblast-Russian border on Sunday.")["Terny"]
    assert _km_off(got, _TERNY_BY_LYMAN) <= 25  # not the oblast point, nor the namesake by Dnipro 340 km off


def test_an_oblast_border_is_a_line_not_a_container() -> None:
    got = _read("Russian troops attacked Terny near the Kharkiv Oblast border.")["Terny"]
    assert _km_off(got, _TERNY_BY_LYMAN) <= 25


def test_an_oblast_that_holds_a_village_still_stands_in_for_it() -> None:
    got = _read("Russian troops attacked Terny and Burdaka in Kharkiv Oblast.")["Terny"]
    assert got.feature_code == "ADM1" and got.admin1 == "Kharkiv Oblast"


def test_villages_of_an_oblast_border_area_lie_in_the_oblast() -> None:
    for text in ("Russian troops shelled Terny and Burdaka in the Kharkiv Oblast border area.",
                 "Russian troops shelled Terny, Burdaka and other Kharkiv Oblast border villages.",
                 "Russian troops shelled Terny and Burdaka in the Kharkiv Oblast border zone."):
        got = _read(text)["Terny"]
        assert got.feature_code == "ADM1" and got.admin1 == "Kharkiv Oblast", text


def test_a_front_line_in_an_oblast_is_no_border() -> None:
    got = _read("Russian troops shelled Terny along the Kharkiv Oblast front line.")["Terny"]
    assert got.feature_code == "ADM1" and got.admin1 == "Kharkiv Oblast"
