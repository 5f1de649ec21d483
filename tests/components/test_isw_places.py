"""Places of ISW events, round 1 (session 8): villages named with an anchor town, lists, a village's spelling."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

_DAY = date(2022, 6, 3)


def _places(text: str) -> list[str | None]:
    return sorted(e.location.name if e.location else None for e in extract(text, published=_DAY))


@pytest.mark.parametrize("text, want", [
    # the town is the anchor of the fight; the villages named with it are where it was
    ("Russian forces shelled Ukrainian positions around Izyum in the areas of Virnopillya and Husarivka on June 3.",
     ["Husarivka", "Virnopillya"]),
    ("Ukrainian forces repelled Russian assaults around Siversk near Spirne and Berestove on June 3.",
     ["Berestove", "Spirne"]),
])
def test_villages_named_with_an_anchor_town_are_the_places(text: str, want: list[str]) -> None:
    assert _places(text) == want


@pytest.mark.parametrize("text, want", [
    # a town told as the point a direction is taken from is no container of the village after "in"
    ("Ukrainian forces repelled Russian attacks south of Bakhmut in Opytne on June 3.", ["Opytne"]),
    ("Russian forces attacked Ukrainian positions to the southwest of Izyum in Kurulka and Velyka Komyshuvakha on "
     "June 3.", ["Kurulka", "Velyka Komyshuvakha"]),
    ("Russian forces continued ground assaults on the eastern arc of Bakhmut in Dolomitne on June 3.", ["Dolomitne"]),
    # with no village named the town stays the place
    ("Ukrainian forces repelled Russian attacks south of Bakhmut on June 3.", ["Bakhmut"]),
])
def test_a_village_on_a_direction_from_a_town_is_the_place(text: str, want: list[str]) -> None:
    assert _places(text) == want


def test_a_direction_town_is_not_taken_for_a_village() -> None:
    # whether a town "in the direction of" is a place is not decided: the anchor town stays the place
    text = "Russian troops attacked around Izyum in the direction of Barvinkove on June 3."
    assert _places(text) == ["Izyum"]


def test_a_town_and_its_area_after_a_bare_comma_stay_one_place() -> None:
    assert _places("Russian forces shelled Kupiansk, Kharkiv Oblast, on June 3.") == ["Kupyansk"]


def test_cherkasy_tyshky_is_the_kharkiv_village_not_the_city() -> None:
    events = extract("Russian forces shelled Cherkasy Tyshky and Ruski Tyshky on June 3.", published=_DAY)
    assert sorted((e.location.name, e.location.admin1) for e in events if e.location) == \
        [("Cherkaski Tyshky", "Kharkiv Oblast"), ("Ruski Tyshky", "Kharkiv Oblast")]
