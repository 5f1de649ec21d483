"""Review fixes of this session's ISW trigger rules, second pass: armed groups as sides, troops cleared beside
police, and a doubt that must follow the quoted word."""

from __future__ import annotations

import re
from datetime import date

from components.coding_helpers import coded
from eventwire.components.trigger_parts import NATIONALS, SIDE
from eventwire.components.trigger_status import doubted_quote

_DAY = date(2022, 6, 6)
CLASH = "Armed clash"


def test_an_armed_groups_operations_are_a_fight_where_they_are_centered() -> None:
    # A side is also an armed group ("Wagner", "separatist"), not only a demonym or an all-caps name.
    assert (CLASH, "Bakhmut") in coded("Wagner offensive operations around Bakhmut continued through June 5.", _DAY)
    assert (CLASH, "Avdiyivka") in coded("Separatist offensive operations are centered on Avdiivka this week.", _DAY)


def test_side_and_nationals_are_the_two_halves_of_one_list() -> None:
    side = re.compile(r"\b" + SIDE + r"\b")
    for word in ("Russian", "Ukrainian", "Wagner", "Houthi", "Chechen", "separatist", "DPR"):
        assert side.fullmatch(word), word
    for word in ("The", "Cyber", "Further", "Renewed"):
        assert not side.fullmatch(word), word
    assert "Ukrainians" in NATIONALS.split("|") and "Ukrainians" not in SIDE


def test_troops_backed_by_police_still_clear_a_town() -> None:
    # Police beside the troops do not make the clearing a police act.
    assert (CLASH, "Mariupol") in coded("Russian forces, helped by military police, are clearing Mariupol this week.",
                                        _DAY)


def test_the_police_clearing_a_town_is_no_clash() -> None:
    assert not coded("Military police are clearing Irpin after the curfew on June 5.", _DAY)
    assert not coded("In Kherson the police were clearing Oleshky of crowds on June 5.", _DAY)


def _doubted(text: str, word: str) -> bool:
    t0 = text.index(word)
    return doubted_quote(text, 0, len(text), t0)


def test_a_claim_elsewhere_in_the_sentence_does_not_doubt_the_quote() -> None:
    # The doubt must follow the quoted word in its clause; "a claim" only as an appositive.
    assert not _doubted("Russian forces “liberated” Pisky on June 5 after a claim by Kyiv that the town was empty.",
                        "liberated")
    assert not _doubted("Russian forces “liberated” Pisky on June 5, and officials called unconfirmed stories of "
                        "looting false.", "liberated")
    assert _doubted("Russian forces “liberated” Pisky on June 5, a claim no one could check.", "liberated")
    assert _doubted("Russian forces “liberated” Pisky on June 5 in an unconfirmed report.", "liberated")
