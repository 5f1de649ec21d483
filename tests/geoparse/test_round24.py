"""Round 24: seas, oceans, mountains, deserts and world regions are places of their own, and hold no place."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.model import PlaceMention

# Sentences written for these tests (no third-party text); the place names and coordinates are facts.


def _parse(text: str) -> list[PlaceMention]:
    return default_geoparser().parse(text)


def _given(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    (m,) = default_geoparser().resolve_given(text, [(start, start + len(name))])
    assert m is not None
    return m


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Oil prices rose after cold weather on both sides of the North Atlantic.", "North Atlantic", "OCN"),
    ("The Atlas Mountains run from Morocco to Tunisia.", "Atlas Mountains", "MTS"),
    ("Egypt said aid flights to Sinai would resume on Monday.", "Sinai", "PEN"),
    ("Trucks moved along the Sea of Azov coastline overnight.", "Sea of Azov", "SEA"),
    ("Ferries cross Lake Victoria every morning.", "Lake Victoria", "LK"),
    ("Sales grew in Eastern Europe and North Africa last year.", "North Africa", "RGN"),
    ("The mayor of the West Midlands spoke on Friday.", "West Midlands", "RGN"),
])
def test_seas_mountains_and_regions_are_places_of_their_own(text: str, name: str, code: str) -> None:
    (m,) = [x for x in _parse(text) if x.text == name]
    assert m.feature_code == code


def test_a_sea_is_no_container() -> None:
    # The island is Russian: "in the North Pacific" does not make the ocean stand in for it.
    m = _given("Sakhalin is a large Russian island in the North Pacific. It lies off the coast of Khabarovsk Krai.",
               "Sakhalin")
    assert m.country_code == "RU" and m.feature_code != "OCN"
