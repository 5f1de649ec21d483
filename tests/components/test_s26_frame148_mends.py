"""Session 26 (frame148 mends after review): a talk frame governs only its own act noun and the noun's modifiers, a
narrative only its own "that" clause, and talk of a definite act with its own place or day presupposes the act; acts
of another clause or phrase after the frame word stay events (sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.components.trigger_status import status_of
from eventwire.model import Article, Event

PUB = date(2024, 10, 7)


def _violent(text: str) -> list[Event]:
    kinds = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
    return [e for e in load_pipeline()(Article(text=text, published=PUB)).events if e.event_type in kinds]


@pytest.mark.parametrize("text", [
    # D1: the frame word's object ends before "as", "who", "that" or a date; the act after it is told as done
    "Fears of unrest as Russian drones strike Kharkiv",
    "Fear of raids as gunmen kill 7 in Katsina",
    "FEARS OF UNREST AS REBELS ATTACK TRUCK IN CUSCO",
    "Amid threats of reprisal Hezbollah fires rockets at Tyre",
    "Villagers live in fear of the bandits who killed 14 farmers near Katsina on Monday.",
    "Troops were sent to protect farmers from herders who killed 9 people in Benue on Friday.",
    "The governor warned on Monday that shelling killed 8 civilians in Kherson.",
    "Fewer people fled than expected when rebels attacked the town of Bunia on Friday.",
    "The toll was lower than expected as Russian drones hit Sumy on Monday.",
    "Soldiers are preventing families fleeing shelling in Toretsk.",
    # D2: a later "said that" is another verb's clause, not the narrative's
    "Officials dismissed the narrative that the army had retreated and said that Ukrainian forces attacked near Tokmak "
    "on Monday.",
    # D3: speculation or discussions about a definite act with its own place or day
    "Speculation about the blast at the arms depot in Toropets grew on Tuesday.",
    "Diplomats held discussions of the strike on the hospital in Khan Younis on Tuesday.",
    # the rule for acts named for comparison was removed: a compared act with its own place and day happened
    "The raid is similar to the killing of four farmers carried out in Bunia on 3 October by an armed group.",
])
def test_an_act_outside_the_frame_stays(text: str) -> None:
    assert _violent(text) != []


@pytest.mark.parametrize("text", [
    "Pundits keep returning to discussions of the counteroffensive and what it cost.",
    "Recruiters drew on reports of Ukrainian counteroffensive preparations near Izium.",
    "Bloggers voiced fears of repeated Ukrainian strikes on the bridge near Kerch.",
    "The mayor wants Vuhledar taken to ease the pressure of claimed Ukrainian strikes on Horlivka.",
])
def test_an_act_noun_inside_the_frame_is_no_event(text: str) -> None:
    assert _violent(text) == []


def test_the_threat_of_a_counteroffensive_is_still_hypothetical() -> None:
    # trigger_status's "threat of" counter rule was removed as dead: talk_frame reads it first.
    text = "The move was meant to mitigate the threat of a Ukrainian counteroffensive near Kherson."
    t0 = text.index("counteroffensive")
    status, reason = status_of(text, 0, len(text), t0, t0 + len("counteroffensive"), PUB)
    assert (status, reason.startswith("an act talked of")) == ("hypothetical", True)
