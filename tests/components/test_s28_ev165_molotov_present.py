"""Session 28, ev165: one thrown incendiary is a riot (Mob violence, or a violent demonstration in a protest's frame;
several are a violent demonstration), and "are also fighting" is going on as the report is written, not on the day an
earlier sentence told. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2022, 7, 20)


def _events(text: str) -> list[tuple[str, str | None, date | None]]:
    return [(e.event_type, e.location.name if e.location else None, e.date.start) for e in extract(text, published=DAY)
            if is_violent(e)]


@pytest.mark.parametrize("text", [
    "An unknown man threw a Molotov cocktail at a military recruitment office in Perm on July 19.",
    "A teenager hurled a petrol bomb at the town hall in Perm on July 19.",
])
def test_one_thrown_incendiary_is_a_riot(text: str) -> None:
    assert _events(text) == [("Riots", "Perm", date(2022, 7, 19))]


def test_with_a_protest_the_singular_codes_as_the_plural_does() -> None:
    one = _events("Protesters threw a Molotov cocktail at police in Perm on July 19.")
    many = _events("Protesters threw Molotov cocktails at police in Perm on July 19.")
    assert one == many == [("Riots", "Perm", date(2022, 7, 19))]


@pytest.mark.parametrize("text", [
    "The shop sells Molotov cocktail recipes in Perm.",  # no throw, no attack
    "A bartender served a Molotov cocktail in Perm on July 19.",
])
def test_a_named_incendiary_alone_is_no_riot(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("adverb", ["also", "again", "already"])
def test_are_also_fighting_is_dated_on_the_report_day(adverb: str) -> None:
    text = f"Russian forces took control of Berestove on July 18. Russian forces are {adverb} fighting near Soledar."
    events = dict((place, day) for _, place, day in _events(text))
    assert events["Berestove"] == date(2022, 7, 18)
    assert events["Soledar"] == DAY


def test_a_past_act_after_a_dated_one_keeps_that_day() -> None:
    text = "Russian forces took control of Berestove on July 18. Russian forces also attacked Soledar."
    events = dict((place, day) for _, place, day in _events(text))
    assert events["Soledar"] == date(2022, 7, 18)
