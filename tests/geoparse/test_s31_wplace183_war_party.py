"""Session 31, wplace183 round two: a country named as a warring party ("fighting against Iraq", "an exchange of fire
between Iran and Iraq") is not where the act is when the sentence tells another place. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 10, 20)


def _places(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e)]


def test_shells_from_fire_between_two_countries_land_where_they_fell() -> None:
    text = ("KUWAIT, Oct 20 - Shells from an exchange of fire between Iran and Iraq fell on Kuwait's northern border "
            "on Tuesday, the defence ministry said.")
    assert _places(text) == ["Kuwait"]


def test_a_party_alone_still_places_the_fighting() -> None:
    # Nothing else told: the country stays (an area place is right when the story tells nothing finer).
    assert _places("CAIRO, Oct 20 - Heavy fighting against Iraq went on all day on Tuesday, Iran said.") == ["Iraq"]
