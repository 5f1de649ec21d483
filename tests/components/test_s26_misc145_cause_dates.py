"""Session 26, misc145: a date inside a cause phrase ("after an attack there in mid-November", "following last month's
bombing") dates the attack it names, not the main act, which keeps its own day or the story's (sentences written for
this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article, Event

PUB = date(2023, 11, 23)  # a Thursday


def _events(text: str) -> list[Event]:
    return list(load_pipeline()(Article(text=text, published=PUB)).events)


def _main(text: str, etype: str) -> Event:
    return next(e for e in _events(text) if e.event_type == etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("Troops shelled Bakhmut after an attack there in mid-November.", "Explosions/Remote violence"),
    ("Gunmen killed five villagers in Mopti, following last month's bombing of a market.",
     "Violence against civilians"),
    ("Militants attacked an army post near Gao, weeks after a raid there on October 12.", "Battles"),
    ("Soldiers clashed with rebels in Goma in response to an ambush in early October.", "Battles"),
    ("Israeli jets struck Khan Younis, in retaliation for the October 7 attack.", "Explosions/Remote violence"),
    ("Following an attack in mid-November, troops shelled Bakhmut.", "Explosions/Remote violence"),
])
def test_the_main_act_takes_the_story_day_not_the_causes(text: str, etype: str) -> None:
    ev = _main(text, etype)
    assert ev.date.start == PUB and ev.date.text is None


@pytest.mark.parametrize(("text", "day"), [
    ("Troops shelled Bakhmut on Tuesday after an attack there in mid-November.", date(2023, 11, 21)),
    ("Rebels seized the base on November 2 after a raid there on October 12.", date(2023, 11, 2)),
])
def test_the_main_acts_own_day_is_kept(text: str, day: date) -> None:
    assert _events(text)[0].date.start == day


def test_a_cause_of_the_days_just_before_may_still_date_the_act() -> None:
    # Two days before the story: the act may well have followed the same day (the cause rules' CAUSE_DAYS).
    (ev, *_) = _events("Troops retook the town after an assault on Tuesday.")
    assert ev.date.start == date(2023, 11, 21)


def test_a_time_of_day_after_after_is_the_acts_own() -> None:
    (ev,) = _events("Troops shelled Bakhmut after midnight on November 2.")
    assert ev.date.start == date(2023, 11, 2)


def test_the_undated_act_is_not_folded_into_the_cause_it_answers() -> None:
    evs = _events("Soldiers clashed with rebels in Goma in response to an ambush in early October.")
    assert sorted(str(e.date.start) for e in evs) == ["2023-10-01", "2023-11-23"]
