"""Session 28, fmendA28: "X City and X Oblast" is one event at the city (the gold guide gives an oblast whose town is
named no area-level event of its own), while "X City and Y Oblast" stays two. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2022, 8, 22)


def _places(text: str) -> list[str]:
    return sorted(e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e))


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces shelled Mykolaiv City and Mykolaiv Oblast on August 20.", ["Mykolayiv"]),
    ("Russian forces shelled Kherson City and Kherson Oblast on August 20.", ["Kherson"]),
    ("Russian forces shelled Zaporizhzhia City and Dnipropetrovsk Oblast on August 20.",
     ["Dnipropetrovsk Oblast", "Zaporizhzhya"]),
])
def test_a_city_and_its_own_oblast_are_one_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
