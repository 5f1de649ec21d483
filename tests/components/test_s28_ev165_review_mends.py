"""Session 28, ev165 mends after review: "attacked / set fire to ... with a Molotov cocktail" is not a riot (D1), a
lone thrown incendiary with no protest told is mob violence (D2), and a progressive verb about an act ("investigating",
"documenting") whose determiner-led object is the act does not date the act on the report day (D3; verbs of doing keep
the report day since fmendA28). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent


def _events(text: str, day: date) -> list[tuple[str | None, str | None, str | None, date | None]]:
    return [(e.event_type, e.sub_event_type, e.location.name if e.location else None, e.date.start)
            for e in extract(text, published=day) if is_violent(e)]


# D1: "attacked ... with a Molotov cocktail" is coded by the attack rules by its actor, never as rioters.
@pytest.mark.parametrize("text", [
    "Police said the suspect attacked the mosque in Hamburg with a firebomb on Tuesday.",
    "Kurdish militants attacked a police station in Diyarbakir with a Molotov cocktail on Tuesday, police said.",
    "Ukrainian troops attacked a Russian armored column near Kyiv with a Molotov cocktail, the general said.",
    "On Monday, an unidentified man attacked the Russian embassy in Dublin with a petrol bomb.",
])
def test_attacked_with_an_incendiary_is_no_riot(text: str) -> None:
    events = _events(text, date(2022, 7, 6))
    assert events and all(t != "Riots" for t, _, _, _ in events)


# The "set fire to / torched ... with" form was dropped with "attacked": it moved no gate, and gated on an unarmed doer
# it would need a doer list; these code as on main: no violent event at all (no riot, and no attack either).
@pytest.mark.parametrize("doer", ["Gunmen", "Armed men", "Settlers", "Arsonists", "Unknown assailants"])
def test_setting_fire_with_a_petrol_bomb_is_no_riot(doer: str) -> None:
    assert _events(f"{doer} set fire to a bus in Kaduna with a petrol bomb on Sunday.", date(2022, 7, 6)) == []


# D2: with no protest told, a lone incendiary is Riots / Mob violence (gold guide, dev16); with one, a violent demo.
@pytest.mark.parametrize("text", [
    "An unknown man threw a Molotov cocktail at a military recruitment office in Tver on May 9.",
    "Unidentified people threw a Molotov cocktail at an enlistment office in Tver on May 9.",
    "A teenager threw a homemade petrol bomb at the town hall in Tver on May 9.",
    "Unknown assailants hurled a firebomb at an enlistment office in Tver on May 9.",
])
def test_a_lone_incendiary_with_no_protest_is_mob_violence(text: str) -> None:
    assert _events(text, date(2022, 5, 10)) == [("Riots", "Mob violence", "Tver", date(2022, 5, 9))]


@pytest.mark.parametrize("text", [
    "Protesters threw a Molotov cocktail at police in Tver on May 9.",
    "During a protest against the new tax, a youth hurled a petrol bomb at the town hall in Tver on May 9.",
    "Protesters threw Molotov cocktails at police in Tver on May 9.",  # the plural, as before
])
def test_an_incendiary_thrown_at_a_protest_is_a_violent_demonstration(text: str) -> None:
    assert _events(text, date(2022, 5, 10)) == [("Riots", "Violent demonstration", "Tver", date(2022, 5, 9))]


# D3: "are also investigating the attack on ...": the inquiry goes on now; the act keeps the earlier sentence's day.
@pytest.mark.parametrize("text", [
    "Gunmen attacked a church in Kaduna on Sunday, killing five worshippers. Police are also investigating the attack "
    "on a mosque in Zaria.",
    "Gunmen attacked a church in Kaduna on Sunday. Investigators are already examining the bombing of a market in "
    "Zaria.",
])
def test_an_inquiry_into_an_act_does_not_date_it_today_zaria(text: str) -> None:
    days = {place: day for _, _, place, day in _events(text, date(2022, 7, 5)) if place}
    assert days["Zaria"] == date(2022, 7, 3)


@pytest.mark.parametrize("verb", ["also documenting", "already reporting"])
def test_an_inquiry_into_an_act_does_not_date_it_today_marhanets(verb: str) -> None:
    text = f"Russian forces shelled Nikopol on July 3. Ukrainian officials are {verb} the strike on a school in Marhanets."
    days = {place: day for _, _, place, day in _events(text, date(2022, 7, 5))}
    assert days["Marhanets"] == date(2022, 7, 3)


def test_the_trigger_own_progressive_still_takes_the_report_day() -> None:
    text = "Russian forces took control of Berestove on July 18. Russian forces are also conducting an assault on Soledar."
    days = {place: day for _, _, place, day in _events(text, date(2022, 7, 20))}
    assert days["Soledar"] == date(2022, 7, 20)


@pytest.mark.parametrize("verb", ["still launching a counteroffensive", "carrying out an assault"])
def test_a_verb_of_doing_before_its_act_still_takes_the_report_day(verb: str) -> None:
    text = f"Russian forces took control of Berestove on July 18. Russian forces are {verb} near Soledar."
    days = {place: day for _, _, place, day in _events(text, date(2022, 7, 20))}
    assert days["Soledar"] == date(2022, 7, 20)
