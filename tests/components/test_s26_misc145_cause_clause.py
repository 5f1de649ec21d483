"""Session 26, misc145 mends: the cause-phrase date rule was removed after review; a casualty clause, a same-day
offset, a taking verb or a retold shooting with its toll keeps the named attack's date (sentences written for this
test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article, Event

PUB = date(2025, 10, 21)
TAIL = " No further details were given."  # two sentences: the cause noun's own trigger is background


def _events(text: str, pub: date = PUB) -> list[Event]:
    return list(load_pipeline()(Article(text=text, published=pub)).events)


@pytest.mark.parametrize("text", [
    "Seven soldiers were killed near Menaka after an ambush on October 13, the army said.",
    "At least 11 people were killed following a suicide bombing at a bus station in Kano on October 13, police said.",
])
def test_a_casualty_clause_keeps_the_attacks_date(text: str) -> None:
    (ev,) = _events(text + TAIL)
    assert ev.date.start == date(2025, 10, 13) and ev.fatalities is not None and ev.fatalities.best in (7, 11)


@pytest.mark.parametrize("text", [
    "Soldiers shelled rebel positions near Kiwanja shortly after an ambush on October 13.",
    "Soldiers shelled rebel positions near Kiwanja hours after an ambush there on October 13.",
])
def test_a_same_day_offset_keeps_the_date(text: str) -> None:
    assert [e.date.start for e in _events(text + TAIL)] == [date(2025, 10, 13)]


def test_a_taking_verb_keeps_the_assaults_date() -> None:
    evs = _events("Ukrainian forces recaptured Robotyne after a counteroffensive on October 14." + TAIL)
    assert [e.date.start for e in evs] == [date(2025, 10, 14)]


def test_a_retold_shooting_keeps_its_toll() -> None:
    evs = _events("Hundreds marched in Abuja, weeks after a shooting there on September 28 in which police killed "
                  "three protesters. The march passed off calmly.", date(2025, 11, 20))
    dead = [e for e in evs if e.fatalities]
    assert [(e.date.start, e.fatalities.best if e.fatalities else 0) for e in dead] == [(date(2025, 9, 28), 3)]
