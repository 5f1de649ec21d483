"""Session 29, final-read mend D1: a capital struck in a headline stays the place when a count of time or blows, or a
date, follows the verb ("Kyiv shelled 3 nights running"); a capital firing a count of weapons is still its state.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.geoparsing.metonymy import is_metonym

DAY = date(2024, 5, 10)


def _metonym(text: str) -> bool:
    name = text.split()[0]
    return is_metonym(text, 0, len(name), "PPLC")


@pytest.mark.parametrize("text", [
    "Kyiv shelled 3 nights running; two dead",
    "Beirut bombed 2 days after truce talks",
    "Kabul bombed 20 times in a month",
    "Kyiv attacked January 5 by drones",
    "Kharkiv struck 4 straight nights",
])
def test_a_count_of_time_after_the_verb_keeps_the_struck_capital(text: str) -> None:
    assert not _metonym(text)


@pytest.mark.parametrize("text", [
    "Moscow launched 40 missiles at Ukraine overnight.",
    "Tehran fired 200 drones and missiles at Israel on Saturday.",
    "Moscow launched 3 missiles in 2 hours at Kharkiv.",
])
def test_a_count_of_weapons_after_the_verb_is_still_the_state(text: str) -> None:
    assert _metonym(text)


@pytest.mark.parametrize("text, where", [
    ("Kyiv shelled 3 nights running; two dead", "Kyiv"),
    ("Kabul bombed 20 times in a month", "Kabul"),
])
def test_a_lone_headline_keeps_its_struck_capital(text: str, where: str) -> None:
    assert [e.location.name if e.location else None for e in extract(text, published=DAY)] == [where]


def test_a_headline_and_its_body_keep_the_air_strike() -> None:
    text = "Beirut bombed 2 days after truce talks\n\nIsraeli jets hit the southern suburbs, killing four."
    rows = [(e.sub_event_type, e.location.name) for e in extract(text, published=DAY) if e.location]
    assert ("Air/drone strike", "Beirut") in rows
