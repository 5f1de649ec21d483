"""Session 28, odd168: a country that is the subject of an attack verb taking an object acts; it is not where the act
happened, later in a story too. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2024, 5, 20)


def _places(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e)]


def test_the_acting_country_after_a_placed_lead_is_not_the_place() -> None:
    text = "Russian missiles struck Odesa on Saturday. Ukraine is also striking the Crimean bridge, Moscow claims."
    assert _places(text) == ["Odesa", ""]


def test_a_country_that_struck_an_object_is_not_the_place() -> None:
    assert _places("Israel struck a school on Saturday, killing 5.") == [""]
    assert _places("Ukraine shelled a bridge on Saturday.") == [""]


def test_a_country_struck_or_a_place_named_is_kept() -> None:
    assert _places("Israel struck Gaza on Saturday.") == ["Gaza Strip"]
    assert _places("Lebanon struck overnight, 5 dead.") == ["Lebanon"]
    assert _places("Russian forces shelled Kharkiv on May 3.") == ["Kharkiv"]
