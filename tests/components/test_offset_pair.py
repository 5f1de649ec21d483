"""A measured offset told right after a pair of names places both ("X and Y (approximately 40km south of Z)")."""

from __future__ import annotations

from datetime import date

import eventwire
from eventwire.gazetteer.index import haversine_km

_DAY = date(2022, 5, 2)


def _places(text: str) -> dict[str, tuple[float, float]]:
    return {e.location.name: (e.location.lat, e.location.lon) for e in eventwire.extract(text, published=_DAY)
            if e.location is not None and e.location.lat is not None}


def test_both_names_of_a_pair_take_the_told_point() -> None:
    got = _places("Russian forces advanced on Monday, capturing Stepove and Shcherbaky (approximately 40km south of "
                  "Zaporizhzhia).")
    assert {"Stepove", "Shcherbaky"} <= set(got)
    assert haversine_km(*got["Stepove"], *got["Shcherbaky"]) < 1.0


def test_a_town_named_as_the_anchor_keeps_its_own_point() -> None:
    got = _places("Russian forces attacked Bakhmut and Soledar, 10km northeast of Bakhmut.")
    assert haversine_km(*got["Bakhmut"], 48.59, 38.00) < 5.0
