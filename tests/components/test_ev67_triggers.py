"""Round 67: ISW acts with no other trigger word (a place contested or entered, an attack heading, gear targeted)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 7, 27)


def _kinds(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)}


def test_forces_contesting_a_named_place_fight_there() -> None:
    got = _kinds("Ukrainian forces are contesting the Hostomel military airport as of 9:30 pm local time.")
    assert ("Armed clash", "Hostomel") in got
    got = _kinds("Ukrainian forces are contesting Russian positions around Lyman in Donetsk Oblast.")
    assert ("Armed clash", "Lyman") in got


def test_contested_ground_is_no_clash() -> None:
    assert not _kinds("Control of Hostomel remains contested, and Ukrainian forces hold the airport.")


def test_a_try_to_enter_a_town_is_a_clash_there() -> None:
    got = _kinds("Russian troops also attempted to enter Vuhledar on July 27 but were repulsed.")
    assert ("Armed clash", "Vuhledar") in got


def test_a_planned_entry_is_no_clash() -> None:
    assert not _kinds("Russian troops will likely attempt to enter Vuhledar in the coming days.")


def test_forces_attacking_toward_a_town_fight_there() -> None:
    got = _kinds("Ukrainian forces are continuing efforts to push south and attacking toward Mylove on July 27.")
    assert ("Armed clash", "Mylove") in got


def test_an_attack_kept_from_happening_is_no_clash() -> None:
    assert not _kinds("Russian artillery prevented Ukrainian forces from attacking toward Mylove on July 27.")


def test_the_other_sides_gear_targeted_in_a_village_is_shelling_there() -> None:
    got = _kinds("Ukrainian forces continued to target Russian equipment in Vesele, just east of Zalyman, on July 27.")
    assert ("Shelling/artillery/missile attack", "Vesele") in got
