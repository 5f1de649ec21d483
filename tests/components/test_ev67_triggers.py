"""Round 67: ISW acts with no other trigger word (a place contested or entered, an attack heading, gear targeted)."""

from __future__ import annotations

import re
from datetime import date

from eventwire.api import extract
from eventwire.components.trigger_isw import ISW_RULES
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 7, 27)


def _rule(anchors: str, subject: bool = False) -> re.Pattern[str]:
    """The ISW rule with these anchor stems (and subject flag), found by name rather than by its place in the list."""
    (r,) = (r for r in ISW_RULES if r.anchors == anchors and r.subject is subject)
    return re.compile(rf"\b(?:{r.pattern})", re.I)


_CONTEST, _ENTER, _TOWARD = _rule("contesting"), _rule("attempted tried attempting trying"), _rule("attacking")
_STRIKES_TARGET, _TARGET = _rule("target"), _rule("target", subject=True)


def _kinds(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)}


def test_forces_contesting_a_named_place_fight_there() -> None:
    got = _kinds("Ukrainian troops were contesting the Chornobaivka airfield on Sunday, officials said.")
    assert ("Armed clash", "Chornobaivka") in got
    got = _kinds("Ukrainian units are contesting Russian positions near Kreminna in Luhansk Oblast.")
    assert ("Armed clash", "Kreminna") in got


def test_contesting_a_claim_is_no_clash() -> None:
    text = "Ukrainian forces are contesting Russian claims that they withdrew from Siversk."
    assert _CONTEST.search(text.replace("Russian claims", "Siversk")) and not _CONTEST.search(text)
    assert not _kinds(text)


def test_contesting_a_sides_advance_or_a_seat_is_no_clash() -> None:
    assert not _kinds("Ukrainian forces are contesting the Russian advance toward Siversk on Monday.")
    assert not _kinds("A former army officer is contesting the Kidal seat in parliament, officials said.")


def test_troops_trying_to_enter_a_town_fight_there() -> None:
    got = _kinds("Russian units also attempted to enter the outskirts of Siversk on Monday but failed.")
    assert ("Armed clash", "Siversk") in got


def test_others_trying_to_enter_a_town_is_no_clash() -> None:
    got = _kinds("Reporters tried to enter Vuhledar while Russian troops shelled it.")
    assert ("Armed clash", "Vuhledar") not in got
    assert not _kinds("A humanitarian convoy tried to enter Kupiansk, but Russian troops blocked the road.")


def test_a_denied_entry_is_no_clash() -> None:
    text = "Ukrainian officials denied that Russian troops tried to enter Avdiivka on Monday."
    assert _ENTER.search(text)  # the rule matches; the status rules drop the denied act
    assert not _kinds(text)


def test_forces_attacking_toward_a_town_fight_there() -> None:
    got = _kinds("Ukrainian units pushed south on Tuesday, attacking toward Davydiv Brid.")
    assert ("Armed clash", "Davydiv Brid") in got


def test_an_attack_kept_from_happening_is_no_clash() -> None:
    assert not _kinds("Russian artillery prevented Ukrainian forces from attacking toward Davydiv Brid on July 27.")


def test_the_other_sides_gear_targeted_in_a_village_is_shelling_there() -> None:
    got = _kinds("Ukrainian units kept targeting Russian vehicles near Snihurivka on Monday.")
    assert ("Shelling/artillery/missile attack", "Snihurivka") in got


def test_gear_targeted_by_sanctions_is_no_attack() -> None:
    text = "Western sanctions targeted Russian equipment in Crimea on Monday."
    assert _TARGET.search(text)  # the rule matches; no armed party does it
    assert not _kinds(text)


def test_gear_targeted_by_an_air_strike_is_one_air_strike() -> None:
    got = _kinds("Russian forces targeted Ukrainian positions in Avdiivka with airstrikes on Monday.")
    assert {sub for sub, _ in got} == {"Air/drone strike"}


def test_gear_kept_from_being_targeted_is_no_attack() -> None:
    assert not _kinds("Counter-battery fire kept Russian artillery from targeting Ukrainian positions in Siversk on "
                      "Monday.")


def test_strikes_targeting_the_other_sides_positions_are_shelling() -> None:
    got = _kinds("Russian strikes targeted Ukrainian positions in Siversk on Monday, the Russian MoD claimed.")
    assert got == {("Shelling/artillery/missile attack", "Siversk")}
    assert _kinds("Russian drone strikes targeted Ukrainian positions in Siversk on Monday.") == {
        ("Air/drone strike", "Siversk")}
