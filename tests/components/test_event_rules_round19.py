"""Round 19 (session 4): front-report clauses and phrasings (sentences written for the test)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2022, 7, 18)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def _coded(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None) for e in _violent(text)}


def test_second_verb_after_a_town_list_keeps_its_own_places() -> None:
    # "strikes on A, B and C, and struck D": the first verb keeps A, B, C; the later clause does not take them over.
    coded = _coded("Russian forces conducted air and artillery strikes on villages northwest of Slovyansk including "
                   "Dolyna, Mazanivka, Adamivka, and Kurulka, and struck Cherkaske northwest of Kramatorsk.")
    shelled = {loc for sub, loc in coded if sub == "Shelling/artillery/missile attack"}
    assert {"Dolyna", "Mazanivka", "Kurulka", "Cherkaske"} <= shelled


def test_tried_but_failed_to_advance_is_a_clash() -> None:
    coded = _coded("Russian troops tried but failed to advance around Novoluhanske on July 18.")
    assert ("Armed clash", "Novoluhanske") in coded
    assert ("Armed clash", "Semihirya") in _coded("Russian forces tried to advance near Semihirya on July 18.")


def test_positional_battles_near_a_village_are_a_clash() -> None:
    coded = _coded("Ukrainian forces engaged in positional battles near Dementiivka on July 18.")
    assert ("Armed clash", "Dementiivka") in coded


def test_plain_advance_plans_stay_no_event() -> None:
    # A forecast is not an event; the new phrases must not open one.
    assert _coded("Russian forces will likely try to advance toward Slovyansk in the coming weeks.") == set()
