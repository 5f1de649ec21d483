"""A demonym before its country's divisions or towns ("in four Armenian provinces") places the event in that country."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

PUB = date(2022, 11, 22)


def _places(text: str) -> list[str | None]:
    return [e.location.country_code if e.location else None for e in extract(text, PUB) if e.event_type]


@pytest.mark.parametrize(("text", "cc"), [
    ("Activists said residents demonstrated in four Armenian provinces on Monday.", "AM"),
    ("Farmers demonstrated in three Kenyan districts on Monday.", "KE"),
    ("Activists demonstrated in several Iranian provinces on Monday.", "IR"),
    ("Miners protested in five Peruvian regions on Monday.", "PE"),
    ("Teachers marched in several Nigerian states on Monday.", "NG"),
])
def test_demonym_before_land_places(text: str, cc: str) -> None:
    assert _places(text) == [cc]


@pytest.mark.parametrize(("text", "cc"), [
    # whose positions, not where: the town named is the place
    ("Ukrainian forces struck two Russian positions near Kreminna on Monday.", "UA"),
    ("Russian forces shelled several Ukrainian villages near Kupiansk on Monday.", "UA"),
])
def test_named_town_still_wins(text: str, cc: str) -> None:
    assert _places(text) == [cc]


def test_demonym_before_people_places_nothing() -> None:
    assert _places("Students demonstrated against Russian officials on Monday.") == [None]


def test_uncounted_demonym_places_nothing() -> None:
    # review D1: only a counted plural ("four Armenian provinces") names the country, as the lead decided
    assert _places("Teachers demonstrated in Nigerian cities on Monday.") == [None]
