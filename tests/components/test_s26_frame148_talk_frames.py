"""Session 26 (frame148): an act noun that is the object of talk, fear, expectation, a narrative, a scenario or a
guarding purpose is no event (issue #4 precision); acts told as done in similar frames stay (sentences written for
this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article, Event

PUB = date(2022, 11, 20)


def _violent(text: str) -> list[Event]:
    kinds = ("Battles", "Explosions/Remote violence", "Violence against civilians")
    return [e for e in load_pipeline()(Article(text=text, published=PUB)).events if e.event_type in kinds]


@pytest.mark.parametrize("text", [
    # talk, fear, a prospect, a fixation, a warning
    "Occupation officials moved civilians out of Oleshky out of fear of Ukrainian counteroffensive operations.",
    "Army commanders view the prospect of a Ukrainian counteroffensive near Kherson as a grave threat.",
    "The minister's fixation with continuing offensive operations around Bakhmut is costing the army its reserves.",
    "Pro-war bloggers have long been warning about Ukrainian counteroffensives near Svatove.",
    "Occupation officials pointed to a possible Ukrainian strike on the dam near Nova Kakhovka as grounds for moving "
    "residents.",
    # an expectation, a narrative
    "The governor said he expects Ukrainian counteroffensive operations near Kreminna to succeed by spring.",
    "State media is pushing the narrative that Russian forces are making rapid progress in Bakhmut.",
    "The admission departs from the earlier narrative, repeated by officials for weeks, that Ukrainian "
    "counteroffensives in Kherson Oblast had failed.",
    # a purpose of guarding
    "The army may be parking armoured vehicles at the plant in Enerhodar to protect them from Ukrainian strikes.",
    "The mayor said taking Avdiivka is needed to ease the pressure of Ukrainian artillery strikes on Donetsk City.",
    "The command near Kharkiv is focused on preventing Ukrainian counteroffensives from reaching the border.",
    # a kind of plan
    "Western analysts outlined two counteroffensive scenarios for the spring near Melitopol.",
])
def test_an_act_talked_of_is_no_event(text: str) -> None:
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    "Ukrainian troops kept up counteroffensive operations near Kreminna, advancing on November 20.",
    "Russian troops remained focused on blocking Ukrainian gains toward the border and shelled Vovchansk on "
    "November 20.",
    "Russian forces conducted air and artillery strikes around Siversk to support ongoing ground attacks on "
    "November 20.",
    "Air defenses protected Kharkiv from Russian missile strikes on November 20.",
    "Russian forces shelled Nikopol on November 20 despite fears of escalation.",
])
def test_acts_told_as_done_stay(text: str) -> None:
    assert _violent(text) != []
