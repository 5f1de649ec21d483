"""Session 28, fmendA28: an incendiary thrown by an armed party or a force is coded by the attack rules, not as a riot
(final read A), and a thrown incendiary is a violent demonstration only in a protest's frame, not when the protesters
are its target (C). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2026, 5, 20)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=DAY) if is_violent(e)]


# A: the attack rules code it as they did before the mob rule (an attack, a thrown bomb, or nothing at all).
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen hurled a firebomb into a nightclub in Culiacan on Friday, killing three people.",
     [("Violence against civilians", "Attack", "Culiacán")]),
    ("Boko Haram militants threw a petrol bomb at a police station in Maiduguri on Tuesday.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Maiduguri")]),
    ("Boko Haram threw a petrol bomb at a police station in Maiduguri on Tuesday.",  # a named group alone
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Maiduguri")]),
    ("Riot police hurled a petrol bomb at a crowd in Lagos on Friday.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Lagos")]),
    ("Troops threw a Molotov cocktail at an armoured vehicle near Izium on Sunday.", []),
    # The plural riot form takes the same gate (it moved no gate): militants' petrol bombs are no rioters' stones.
    ("Militants threw petrol bombs at a checkpoint in Mosul on Tuesday.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Mosul")]),
    ("Gunmen threw petrol bombs into a nightclub in Culiacan on Friday.",
     [("Explosions/Remote violence", "Remote explosive/landmine/IED", "Culiacán")]),
])
def test_an_armed_party_s_thrown_incendiary_is_its_attack(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "A man threw a Molotov cocktail at a recruitment office in Omsk on Monday.",
    # The troops fired the gas; the youths, named after the clause opener "as", threw the bomb.
    "Troops fired tear gas as youths threw a petrol bomb at a checkpoint in Hebron on Friday.",
    # The protesters are the target, not the throwers.
    "A man threw a petrol bomb at marchers in Quito on Sunday.",
])
def test_an_unarmed_thrower_outside_a_protest_is_still_mob_violence(text: str) -> None:
    assert [sub for _, sub, _ in _events(text)] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Demonstrators threw a petrol bomb at a police van in Quito on Sunday.",
    "A student threw a Molotov cocktail at the ministry in Quito on Sunday in protest against the fuel price rise.",
    "At a rally against the fuel tax, a youth hurled a firebomb at the ministry in Quito on Sunday.",
    "Armed protesters threw a petrol bomb at a police van in Quito on Sunday.",  # the crowd is named last
])
def test_a_throw_in_a_protest_s_frame_is_a_violent_demonstration(text: str) -> None:
    assert [(t, sub) for t, sub, _ in _events(text)] == [("Riots", "Violent demonstration")]


def test_police_throwing_at_protesters_makes_no_rioters() -> None:
    events = extract("Riot police hurled a Molotov cocktail at demonstrators in Quito on Sunday.", published=DAY)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Peaceful protest")]
