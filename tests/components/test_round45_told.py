"""Round 45: witnesses telling explosions report them; "continue to attack X" and "attempted to attack X" are acts."""

from __future__ import annotations

import re
from datetime import date

from coding_helpers import coded

from eventwire.components.trigger_aims import intent_status

PUB = date(2022, 7, 12)
LEAD = "Russian forces shelled Siversk on July 12. "


def test_residents_who_observed_explosions_report_them() -> None:
    got = coded(LEAD + "Residents of Nova Kakhovka also observed several explosions near a Russian ammunition "
                "depot.", PUB)
    assert {c for c in got if c[1] == "Nova Kakhovka"}


def test_heard_explosions_in_a_town_are_reported() -> None:
    got = coded(LEAD + "Local officials said that they heard explosions in Melitopol overnight.", PUB)
    assert {c for c in got if c[1] == "Melitopol"}


def test_explosions_in_general_stay_empty() -> None:
    got = coded(LEAD + "Such explosions near Melitopol will likely disrupt Russian logistics.", PUB)
    assert not {c for c in got if c[1] == "Melitopol"}


def _intent(text: str, word: str) -> str:
    m = re.search(rf"\b{word}\b", text)
    assert m is not None
    return intent_status(text, 0, len(text), m)[0]


def test_continue_to_attack_a_town_is_an_act() -> None:
    assert _intent("Ukrainian officials said that Russian troops continue to attack Bakhmut.", "attack") == "asserted"
    assert _intent("Russian troops are continuing to attack Bakhmut from the east.", "attack") == "asserted"


def test_attempted_to_attack_is_an_act() -> None:
    assert _intent("Russian troops unsuccessfully attempted to attack Bilohorivka.", "attack") == "asserted"


def test_an_aim_to_attack_stays_hypothetical() -> None:
    assert _intent("Russian troops are regrouping near Izyum to attack Barvinkove.", "attack") == "hypothetical"


def test_used_rocket_systems_in_parentheses_to_strike_is_an_act() -> None:
    got = coded(LEAD + "Ukrainian forces used high mobility artillery rocket systems (HIMARS) to strike a Russian "
                "ammunition depot in Nova Kakhovka.", PUB)
    assert {c for c in got if c[1] == "Nova Kakhovka"}
