"""Session 27 (guard156 mend): the headline "target(s)" rule and the weapon-doer merge were removed after review."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

DAY = date(2024, 3, 5)


def test_a_strike_headline_with_target_gives_only_the_strike() -> None:
    # Review D5: "<state> targets <militants> in airstrike" is one strike, no armed clash beside it.
    assert {kind for kind, _ in coded("Israel targets Hamas militants in airstrike on Rafah", DAY)} == {
        "Air/drone strike"}
    assert coded("Army targets rebels in shelling of Idlib", DAY) == {
        ("Shelling/artillery/missile attack", "Idlib")}


def test_fighters_carrying_weapons_still_clash() -> None:
    # Review D3: a weapon noun before the verb that is no subject ("armed with rockets") does not drop the clash.
    assert coded("Fighters armed with rockets attack troops in Idlib", DAY) == {("Armed clash", "Idlib")}
    assert coded("Gunmen near gold mines attack troops in Burkina Faso", DAY) == {("Armed clash", "Burkina Faso")}
    assert ("Armed clash", "Bakhmut") in coded(
        "Russian forces supported by artillery conducted an assault near Bakhmut on January 4.", date(2023, 1, 5))
