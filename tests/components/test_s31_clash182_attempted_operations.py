"""Offensive operations "attempted" are told as done (an Armed clash at each place aimed at); operations that a
side attempts to disrupt are only named. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 8, 24)


def _clashes(text: str) -> set[str | None]:
    """The places of the armed clashes extracted from the text."""
    return {e.location.name if e.location else None for e in extract(text, published=PUB)
            if e.sub_event_type == "Armed clash"}


def test_attempted_offensive_operations_toward_three_villages_are_three_clashes():
    assert _clashes("The General Staff said Russian troops attempted offensive operations in the direction of Pisky, "
                    "Nevelske, and Pobieda on August 24.") == {"Pisky", "Nevelske", "Pobieda"}


def test_withdrawing_after_attempting_offensive_operations_is_a_clash_at_each_village():
    assert _clashes("The General Staff said Russian forces withdrew after attempting offensive operations toward "
                    "Bohorodychne and Dolyna on August 24.") == {"Bohorodychne", "Dolyna"}


def test_operations_a_side_attempts_to_disrupt_are_only_named():
    assert _clashes("Russian forces are attempting to disrupt Ukrainian offensive operations near Pisky with "
                    "new minefields.") == set()
