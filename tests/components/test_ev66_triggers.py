"""Round 66: fighting told as "occurring" or "reportedly ongoing", and tries to improve tactical positions at a place."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 6)


def _kinds(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)}


def test_fighting_occurring_in_a_town_is_a_clash() -> None:
    got = _kinds("A Russian Telegram channel reported that fighting is occurring in Vovchansk as a result of Ukrainian "
                 "counterattacks on June 6.")
    assert ("Armed clash", "Vovchansk") in got


def test_fighting_reportedly_ongoing_in_a_town_is_a_clash() -> None:
    assert ("Armed clash", "Lysychansk") in _kinds("Fighting is reportedly ongoing in Lysychansk on June 6.")


def test_a_failed_try_to_improve_tactical_positions_at_a_town_is_a_clash() -> None:
    got = _kinds("The Ukrainian General Staff stated that Russian troops unsuccessfully attempted to improve their "
                 "tactical positions near Avdiivka on June 6.")
    assert ("Armed clash", "Avdiyivka") in got  # the gazetteer spelling


def test_plans_to_improve_positions_or_fighting_that_stopped_are_no_event() -> None:
    assert not _kinds("Russian forces will likely attempt to improve their tactical positions near Avdiivka.")
    assert not _kinds("Russian forces improved their tactical positions near Avdiivka on June 6.")
    assert not _kinds("Fighting is no longer occurring in Lysychansk, the governor said on June 6.")


def test_one_assault_near_a_village_is_a_clash() -> None:
    got = _kinds("A Russian milblogger claimed that Russian forces conducted an assault near Pidhorodne (6km southwest "
                 "of Soledar) on June 6.")
    assert ("Armed clash", "Pidhorodne") in got
    got = _kinds("Russian forces launched a failed assault in the direction of Dovhenke on June 6.")
    assert ("Armed clash", "Dovhenke") in got


def test_an_assault_on_a_person_or_a_ground_assault_keeps_its_old_reading() -> None:
    got = _kinds("Police said the man attempted a sexual assault in a park in Kyiv on June 6.")
    assert ("Sexual violence", "Kyiv") in got and ("Armed clash", "Kyiv") not in got
    got = _kinds("Rybar claimed that a Russian reconnaissance group conducted a ground assault near Udy on June 6.")
    assert ("Armed clash", "Udy") in got
