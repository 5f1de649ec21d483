"""Round 33: reported fights in long ISW reports (tries at defences, halted attacks, strikes on positions, axes)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 10, 12)
SHELL, CLASH = "Shelling/artillery/missile attack", "Armed clash"


def violent(text: str, day: date = _DAY) -> set[tuple[str, str | None]]:
    """(sub-event type, place name) of the violent events found in a text published on `day`."""
    return {(e.sub_event_type or "", e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)}


def test_offensive_with_no_gains_is_still_a_fight() -> None:
    text = "Russian forces conducted limited ground offensives in Popasna and Marinka but did not gain any ground."
    found = violent(text)
    assert (CLASH, "Popasna") in found and (CLASH, "Mar'yinka") in found


def test_a_try_at_the_defences_is_a_fight() -> None:
    text = "Russian troops tried to break through Ukrainian defensive lines in Dolyna on October 12."
    assert (CLASH, "Dolyna") in violent(text)


def test_halted_attacks_are_a_fight_but_stopping_desertion_is_not() -> None:
    assert (CLASH, "Torske") in violent("Ukrainian forces stopped Russian assaults near Torske on October 12.")
    assert violent("Chechen units are deployed to Kherson Oblast, aimed at stopping Russian troops from deserting.") \
        == set()


def test_strikes_on_positions_and_targets_name_the_place() -> None:
    found = violent("Russian forces hit an unidentified target near Chuhuiv and continued striking Ukrainian "
                    "positions in Kupyansk on October 12.")
    assert {p for _, p in found} >= {"Chuhuyiv", "Kupyansk"}


def test_strike_kept_from_happening_is_none() -> None:
    text = "Delays in approval hinder Russian artillery from striking Ukrainian positions in Avdiivka."
    assert violent(text) == set()


def test_weapon_used_to_strike_is_the_strike() -> None:
    text = "Russian forces used S-300 missiles to strike Mykolaiv City overnight on October 11-12."
    assert (SHELL, "Mykolayiv") in violent(text)


def test_villages_on_the_axes_of_a_town_are_the_places() -> None:
    text = ("Ukrainian forces repelled Russian assaults northeast of Bakhmut near Soledar and Bakhmutske and south "
            "of Bakhmut near Mayorsk on October 12.")
    found = {p for _, p in violent(text)}
    assert found >= {"Soledar", "Bakhmutske", "Mayorsk"} and "Bakhmut" not in found


def test_the_town_told_on_its_own_stays_besides_its_axes() -> None:
    text = ("Ukrainian forces repelled Russian assaults on Bakhmut itself and northeast of Bakhmut near Soledar on "
            "October 12.")
    assert {p for _, p in violent(text)} >= {"Bakhmut", "Soledar"}


def test_firing_on_a_town_is_shelling_but_not_in_wire_capitals() -> None:
    assert (SHELL, "Siversk") in violent("Russian forces continued firing on Siversk and the surrounding settlements.")
    assert violent("THREE MEN WALKING NEARBY BEGAN FIRING AT THEM IN DOWNTOWN MEDELLIN.", date(1989, 10, 26)) \
        == set()
