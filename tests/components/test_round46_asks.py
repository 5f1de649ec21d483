"""Round 46: forces defeated, curly-quoted partial success, and attempted attacks near a village are clashes."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

PUB = date(2022, 7, 14)


def test_a_force_defeated_near_a_town_is_a_clash() -> None:
    got = coded("Ukrainian officials said that Ukrainian troops defeated a Russian armored column near Trostyanets "
                "on July 13.", PUB)
    assert ("Armed clash", "Trostyanets") in got


def test_a_defeated_motion_is_no_clash() -> None:
    assert not coded("The Ukrainian parliament defeated a motion on the budget in Kyiv on July 13.", PUB)


def test_partial_success_in_curly_quotes_is_a_fight() -> None:
    got = coded("The General Staff said that Russian forces had \u201dpartial success\u201d in Vuhlehirsk on "
                "July 13.", PUB)
    assert ("Armed clash", "Vuhlehirsk") in got


def test_attempted_attacks_near_a_village_are_a_clash() -> None:
    got = coded("Russian forces shelled Bakhmut on July 13. Officials reported that Russian troops attempted "
                "attacks near Kodema on July 13.", PUB)
    assert ("Armed clash", "Kodema") in got
    assert ("Attack", "Kodema") not in got


def test_attempted_to_attack_near_a_village_is_a_clash() -> None:
    got = coded("Russian milbloggers claimed that Ukrainian forces attempted to attack near Bilohirka on July 13.",
                PUB)
    assert ("Armed clash", "Bilohirka") in got


def test_an_attempted_murder_is_no_attempted_attack() -> None:
    got = coded("Police said a man attempted murder near Kodema on July 13.", PUB)
    assert ("Armed clash", "Kodema") not in got
