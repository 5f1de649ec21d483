"""Round 25 (session 6): headline clashes, repelled attacks, a day's national toll (sentences written here)."""

from __future__ import annotations

import datetime as dt

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

DAY = dt.date(2015, 5, 9)


def _events(text: str, day: dt.date = DAY) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=day)
            if is_violent(e)]


def test_clashes_told_at_a_named_town_are_a_fight_with_no_party_named() -> None:
    # A headline that tells clashes erupting or raging at a town reports a battle, though it names no armed party.
    assert ("Armed clash", "Idlib") in _events("Violent clashes erupt in Idlib city")
    assert ("Armed clash", "Homs") in _events("Ongoing clashes in the countryside of Homs")


def test_clashes_with_no_place_or_told_as_a_dispute_stay_silent() -> None:
    # A plain "clash" of words, or clashes with no town told, is no fight at a place.
    assert _events("Ministers clash over the budget in Paris") == []
    assert _events("Fierce clashes reported, officials say") == []


def test_a_days_dead_across_a_country_with_no_act_or_place_is_a_tally() -> None:
    # No act and no place: the dead of a whole country's day sum up many events.
    assert _events("More than 90 Syrians were killed yesterday, Thursday, in a first count", dt.date(2013, 3, 8)) == []
    assert _events("17 fighters killed across the country, monitor says", dt.date(2017, 3, 1)) == []


def test_a_days_dead_with_a_place_or_an_act_is_an_event() -> None:
    # A place or an act told makes it a report of its own.
    assert _events("Twelve killed yesterday in Aleppo", dt.date(2013, 3, 8))
    assert _events("Bomb blast kills 12 yesterday, police say", dt.date(2013, 3, 8))


def test_an_attack_repelled_or_on_armed_men_is_a_battle() -> None:
    # README: repelled attacks are Armed clash; an attack whose dead are militia members was fought, not one-sided.
    assert _events("Rebel Attack Repelled in Herat", dt.date(2019, 12, 23)) == [("Armed clash", "Herāt")]
    assert ("Armed clash", "Ar Raqqah") in _events("Armed attack | Six NDF members killed in eastern Al-Raqqah",
                                                   dt.date(2020, 12, 16))


def test_an_attack_on_civilians_stays_one_sided() -> None:
    # With civilians among the dead, or a court attacked, the attack stays Violence against civilians.
    assert ("Attack", "Misratah") in _events("Militants attack court in Libya's Misrata", dt.date(2017, 10, 4))
