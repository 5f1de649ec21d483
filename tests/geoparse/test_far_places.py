"""Far places (round 32): the village beside its sentence's towns, and a demonym that qualifies what was struck."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract, geoparse
from eventwire.evaluate.common import haversine_km

# Mykolaivka by the Bakhmut-Lysychansk road (48.70 N, 38.16 E), not the bigger Mykolaivka by Slovyansk (48.86, 37.77).
BY_BAKHMUT = (48.70, 38.16)
BY_SLOVYANSK = (48.86, 37.77)


def _mykolaivka(text: str) -> tuple[float, float]:
    hits = [p for p in geoparse(text, date(2022, 6, 13)) if p.text == "Mykolaivka"]
    assert hits and hits[0].lat is not None and hits[0].lon is not None
    return hits[0].lat, hits[0].lon


@pytest.mark.parametrize("text", [
    "Russian troops attacked Vrubivka and Mykolaivka east of Bakhmut on June 12, but did not advance.",
    "Russian forces shelled Berestove and Mykolaivka along the highway from Bakhmut to Lysychansk on June 12.",
])
def test_village_beside_its_sentence_towns(text: str) -> None:
    lat, lon = _mykolaivka(text)
    assert haversine_km(lat, lon, *BY_BAKHMUT) < 10


def test_big_namesake_kept_when_it_is_the_near_one() -> None:
    lat, lon = _mykolaivka("Russian forces shelled Mykolaivka, north of Slovyansk, on June 12.")
    assert haversine_km(lat, lon, *BY_SLOVYANSK) < 10


def test_demonym_before_a_weapon_is_not_the_place() -> None:
    text = ("Ukrainian forces struck Russian military assets in occupied Enerhodar, Zaporizhia Oblast, on July 20. "
            "Drone footage shows strikes on a Russian Grad launcher next to the plant's cooling ponds.")
    places = [e.location.name for e in extract(text, date(2022, 7, 22)) if e.location]
    assert "Enerhodar" in places and "Russia" not in places


def test_demonym_before_air_bases_stays_the_target_country() -> None:
    events = extract("Ukrainian drones struck Russian air bases on Sunday, officials said.", date(2022, 7, 22))
    assert [e.location.country_code for e in events if e.location] == ["RU"]
