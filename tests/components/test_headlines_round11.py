"""Lone headlines (round 11, session 2): Title Case tolls, present tense, deaths with no armed party named."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2020, 5, 1)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def _toll(text: str) -> int | None:
    evs = _violent(text)
    assert len(evs) == 1, (text, evs)
    return evs[0].fatalities.best


def test_title_case_and_present_tense_tolls() -> None:
    assert _toll("Bandits Kill 5, Katsina") == 5
    assert _toll("Dozens killed in DR Congo's Ituri Province") == 24  # "dozens" reads as 24 (numbers stage)
    assert _toll("Girl, 5, and grandmother among nine killed in western Mexico") == 9
    assert _toll("Red Cross: 3 dead, at least 15 wounded in South Sudan") == 3


def test_victim_nouns_and_rising_tolls() -> None:
    assert _toll("Two staffers were killed in Gaza strike") == 2
    assert _toll("Nine hostages killed in Gaza, Hamas says") == 9
    assert _toll("Market blast death toll climbs to 14 in Maiduguri") == 14
    # An increment with the new total: the total is the toll.
    assert _toll("2 more aid workers confirmed dead in Israeli strike in Gaza, bringing toll to 7") == 7


def test_headline_attacks_open_a_story() -> None:
    assert _toll("Wave of Iraq attacks kills 58") == 58
    court = _violent("Militants attack court in Libya's Misrata")
    assert len(court) == 1 and court[0].fatalities.best is None
    # Soldiers or police who die in an attack fell in a fight.
    assert [e.sub_event_type for e in _violent("4 policemen die in guerrilla attack in southern Colombia")] == [
        "Armed clash"]


def test_headline_toll_of_a_typed_event_is_not_a_second_event() -> None:
    evs = _violent("Hundreds Feared Dead in Gaza Hospital Blast; Both Sides Trade Blame")
    assert len(evs) == 1 and evs[0].fatalities.best == 200


def test_mishaps_and_full_articles_stay_out() -> None:
    for text in ("Nightclub fire kills 20 in Lagos", "Bus crash kills 12 in Kenya", "Man dies after falling from bridge"):
        assert _violent(text) == [], text
    # "dead" and "die" code only a lone headline; in a story a death needs an armed party or a typed trigger.
    story = "Three people were found dead in a flat in Leeds on Monday.\nPolice said no one else was involved."
    assert _violent(story) == []
