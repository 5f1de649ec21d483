"""A strike word that tells no act (an idiom, a movement, a natural or abstract subject, strikes stopped) takes no earlier
shelling's or air strike's type and makes no event at its place (issue #4). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import extract

DAY = date(2022, 11, 18)
# Five typed acts, the last a shelling: a front paragraph whose last act a strike word could refer to.
FRONT = ("Russian forces shelled Izyum on November 18. Russian forces launched airstrikes on Lyman. "
         "Russian troops conducted ground attacks near Siversk. Ukrainian forces repelled a Russian assault near "
         "Vuhledar. Russian forces fired rockets at Nikopol. ")
# Six clashes, then an air strike: a war story.
STORY = ("Hamas gunmen ambushed Israeli soldiers in Jabalia on Monday. Israeli troops clashed with militants in "
         "Beit Lahia. Fighters attacked an army post near Khan Younis. Gunmen opened fire on troops in Nablus. "
         "Militants ambushed a patrol near Tubas. Palestinian gunmen clashed with soldiers in Jenin. "
         "Israeli aircraft bombed a house in Rafah. ")


def _types_at(text: str, place: str) -> set[str | None]:
    return {e.sub_event_type for e in extract(text, published=DAY) if e.location is not None and e.location.name == place}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Ukrainian officials struck an optimistic tone in Kharkiv on Friday.", "Kharkiv"),
    ("Russian officials struck a deal with Turkish mediators in Istanbul.", "Istanbul"),
    ("The general struck a careful balance between the factions in Kherson.", "Kherson"),
    ("The loss struck a blow to Ukrainian morale near Avdiivka.", "Avdiyivka"),
    ("The news struck fear into residents of Kherson.", "Kherson"),
    ("The Supreme Court struck down a law on martial law in Kyiv.", "Kyiv"),
    ("Ukrainian army units struck out toward Kramatorsk on Friday.", "Kramatorsk"),
    ("A wave of panic struck Kharkiv after the blackout.", "Kharkiv"),
    ("Russian forces paused strikes on Kyiv during the talks.", "Kyiv"),
    ("Russian forces halted strikes on Odesa after the grain deal.", "Odesa"),
    ("The ceasefire ended the strikes on Kherson for a week.", "Kherson"),
    ("Ukrainian forces suspended strikes on Belgorod during the truce.", "Belgorod"),
])
def test_no_event_after_a_front_paragraph(sentence: str, place: str) -> None:
    assert _types_at(FRONT + sentence, place) == set()


@pytest.mark.parametrize(("sentence", "place"), [
    ("The Israeli cabinet struck a deal on hostages in Jerusalem.", "Jerusalem"),
    ("Israeli troops struck out for Khan Younis at dawn.", "Khān Yūnis"),
    ("Israeli forces halted strikes on Rafah for the aid convoy.", "Rafaḩ"),
])
def test_no_event_after_a_war_story(sentence: str, place: str) -> None:
    assert not (_types_at(STORY + sentence, place) - _types_at(STORY, place))


@pytest.mark.parametrize(("sentence", "place"), [
    ("Russian forces struck a refugee camp in Kherson on Tuesday.", "Kherson"),  # a camp as the target
    ("Russian forces struck areas north of Kharkiv on Tuesday.", "Kharkiv"),  # "north of" is a place, not a move
    ("Russian forces resumed strikes on Kyiv on Tuesday.", "Kyiv"),  # resumed, not stopped
    ("Russian missiles struck an oil depot in Odesa.", "Odesa"),
])
def test_real_strikes_keep_their_event(sentence: str, place: str) -> None:
    assert "Shelling/artillery/missile attack" in _types_at(FRONT + sentence, place)
