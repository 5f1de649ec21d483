"""Session 28, ev165: a town told with its "City" before "and <Region> Oblast" is still one item of a mixed list, so
the region is struck too. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2022, 6, 4)


def _places(text: str) -> list[str]:
    return sorted(e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e))


def test_a_city_and_another_oblast_are_two_places() -> None:
    assert _places("Russian forces shelled Kharkiv City and Sumy Oblast.") == ["Kharkiv", "Sumy Oblast"]


def test_a_town_city_word_does_not_end_a_town_and_region_list() -> None:
    assert _places("Russian forces shelled Nikopol City and Kherson Oblast.") == \
        _places("Russian forces shelled Nikopol and Kherson Oblast.") == ["Kherson Oblast", "Nikopol"]


def test_a_city_with_its_oblast_as_a_note_stays_one_place() -> None:
    assert _places("Russian forces shelled Kharkiv City, Kharkiv Oblast.") == ["Kharkiv"]
