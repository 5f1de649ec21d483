"""A named side's attack "thwarted" is an attack repelled (an Armed clash where it was aimed); a foiled terror plot is
not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 12, 10)


def _clashes(text: str) -> set[str | None]:
    """The places of the armed clashes extracted from the text."""
    return {e.location.name if e.location else None for e in extract(text, published=PUB)
            if e.sub_event_type == "Armed clash"}


def test_thwarted_assaults_near_two_villages_are_two_clashes():
    assert _clashes("The Russian defence ministry said Russian units thwarted Ukrainian assaults near Ploshchanka and "
                    "Chervonopopivka.") == {"Ploshchanka", "Chervonopopivka"}


def test_a_thwarted_assault_toward_a_village_is_a_clash_there():
    assert _clashes("The Russian defence ministry said Russian artillery units thwarted a Ukrainian assault in the direction of "
                    "Novoselivske.") == {"Novoselivske"}


def test_thwarted_counterattacks_keep_their_own_reading():
    out = _clashes("Russian units held their lines. The Russian defence ministry said its troops thwarted Ukrainian "
                   "counterattacks in the direction of Pavlivka and Neskuchne.")
    assert {"Pavlivka", "Neskuchne"} <= out


def test_a_foiled_terror_attack_is_no_clash():
    assert _clashes("French police thwarted a terrorist attack in Lyon, prosecutors said on Saturday.") == set()
