"""Round 66: fighting told as "occurring" or "reportedly ongoing", tries to improve tactical positions at a place, and
one assault at a place by an armed doer."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.trigger_status import status_of
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


def test_fighting_occurring_needs_a_named_place() -> None:
    assert not _kinds("Fighting is taking place in the hearts of fans in Madrid.")
    assert not _kinds("Price fighting is occurring in the Spanish grocery market.")


def test_fighting_occurring_denied_or_in_doubt_is_not_asserted() -> None:
    for text, status in (("No fighting is occurring in Kupiansk.", "negated"),
                         ("It is unclear whether fighting is occurring in Kupiansk.", "hypothetical")):
        t0 = text.index("fighting")
        assert status_of(text, 0, len(text), t0, text.index(" in Kupiansk"), None)[0] == status
        assert not _kinds(text)


def test_a_failed_try_to_improve_tactical_positions_at_a_town_is_a_clash() -> None:
    got = _kinds("The Ukrainian General Staff stated that Russian troops unsuccessfully attempted to improve their "
                 "tactical positions near Avdiivka on June 6.")
    assert ("Armed clash", "Avdiyivka") in got  # the gazetteer spelling


def test_plans_to_improve_positions_or_fighting_that_stopped_are_no_event() -> None:
    assert not _kinds("Russian forces will likely attempt to improve their tactical positions near Avdiivka.")
    assert not _kinds("Russian forces improved their tactical positions near Avdiivka on June 6.")
    assert not _kinds("Fighting is no longer occurring in Lysychansk, the governor said on June 6.")


def test_tactical_positions_need_an_armed_doer() -> None:
    assert not _kinds("The firm attempted to improve its tactical positions in Milan before the merger vote.")


def test_a_purpose_after_positions_or_an_assault_is_no_place() -> None:
    assert not _kinds("Russian troops attempted to improve their tactical positions in order to cut the road to "
                      "Siversk on June 6.")
    assert not _kinds("Russian troops conducted an assault in preparation for a push on Siversk on June 6.")
    assert not _kinds("Russian troops conducted assaults in an effort to surround Siversk on June 6.")


def test_one_assault_near_a_village_is_a_clash() -> None:
    got = _kinds("A Russian war correspondent wrote that Chechen fighters conducted an assault near Torske on June 6.")
    assert ("Armed clash", "Torske") in got
    got = _kinds("Russian troops launched a failed assault in the direction of Bohorodychne on June 6.")
    assert ("Armed clash", "Bohorodychne") in got
    got = _kinds("Russian paratroopers conducted an airborne assault near Hostomel on June 6.")
    assert ("Armed clash", "Hostomel") in got


def test_an_assault_with_no_armed_doer_or_no_ground_fight_is_no_clash() -> None:
    assert ("Armed clash", "Odesa") not in _kinds("A man launched an assault in a cafe in Odesa on Friday, police said.")
    assert ("Armed clash", "Odesa") not in _kinds("Police carried out an assault in a tent camp in Odesa on June 6.")
    assert ("Armed clash", "Odesa") not in _kinds("Russian forces launched an aerial assault near Odesa on June 6.")
    assert ("Armed clash", "Odesa") not in _kinds("Russian forces launched a cyber assault in Odesa on June 6.")


def test_a_sexual_assault_or_a_ground_or_infantry_assault_keeps_its_old_reading() -> None:
    got = _kinds("Police said the man attempted a sexual assault in a park in Kyiv on June 6.")
    assert ("Sexual violence", "Kyiv") in got and ("Armed clash", "Kyiv") not in got
    # The army-only "ground/infantry assault" needs no armed party named; a small group is none.
    got = _kinds("A milblogger wrote that a Russian scouting group conducted a ground assault near Dovhenke on June 6.")
    assert ("Armed clash", "Dovhenke") in got
    got = _kinds("A milblogger said that a small scouting group conducted an infantry assault near Torske on June 6.")
    assert ("Armed clash", "Torske") in got
