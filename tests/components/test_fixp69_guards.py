"""Guards for the unmeasured comma bearing and the suburb rule: an origin, another country or a far namesake moves nothing."""

from __future__ import annotations

from datetime import date

import eventwire
from components.coding_helpers import coded
from eventwire.gazetteer.index import haversine_km

_DAY = date(2022, 5, 3)


def _names(text: str) -> set[str | None]:
    return {name for _, name in coded(text, _DAY)}


def test_a_town_after_from_is_an_origin_not_the_place() -> None:
    assert _names("Russian artillery fired on Ukrainian lines from Kursk, east of Sumy, on Wednesday.") == {"Sumy"}


def test_a_town_in_another_country_is_not_moved_to() -> None:
    assert _names("Russian units stationed in Kursk, east of Sumy, shelled the city on Wednesday.") == {"Sumy"}


def test_the_anchor_named_before_its_own_bearing_stays() -> None:
    events = eventwire.extract("Russian forces attacked near Avdiivka, north of Avdiivka near Ocheretyne, on Wednesday.",
                               published=_DAY)
    points = [(e.location.lat, e.location.lon) for e in events if e.location is not None and e.location.lat is not None]
    assert any(haversine_km(lat, lon, 48.14, 37.75) < 3.0 for lat, lon in points)


def test_a_suburb_read_far_from_its_city_keeps_the_city() -> None:
    # The gazetteer's Zhukovsky lies near Moscow: no suburb of Kharkiv.
    assert _names("Russian rockets hit the Kharkiv suburb of Zhukovsky overnight.") == {"Kharkiv"}
