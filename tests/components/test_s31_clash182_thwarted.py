"""A named side's attack "thwarted" is an attack repelled (an Armed clash where it was aimed); a foiled terror plot is
not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coding_helpers import places_of

from eventwire.api import extract

PUB = date(2022, 12, 10)


def _clashes(text: str) -> set[str | None]:
    """The places of the armed clashes extracted from the text."""
    return places_of(text, PUB)


def test_thwarted_assaults_near_two_villages_are_two_clashes():
    assert _clashes("The Russian defence ministry said Russian units thwarted Ukrainian assaults near Ploshchanka and "
                    "Chervonopopivka.") == {"Ploshchanka", "Chervonopopivka"}


def test_a_thwarted_assault_toward_a_village_is_a_clash_there():
    assert _clashes("On Friday its paratroopers thwarted two Ukrainian tank assaults in the direction of "
                    "Stelmakhivka, a Russian ministry spokesman claimed.") == {"Stelmakhivka"}


def test_thwarted_counterattacks_keep_their_own_reading():
    out = _clashes("Russian units held their lines. The Russian defence ministry said its troops thwarted Ukrainian "
                   "counterattacks in the direction of Pavlivka and Neskuchne.")
    assert {"Pavlivka", "Neskuchne"} <= out


def test_a_foiled_terror_attack_is_no_clash():
    assert _clashes("French police thwarted a terrorist attack in Lyon, prosecutors said on Saturday.") == set()


# fmend31: "thwarted <side> attacks on <place>" is an air raid intercepted; an air-defence or air-force subject too.
def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=PUB))


def test_an_air_force_thwarting_attacks_on_a_city_keeps_the_raid():
    got = _kinds("Ukraine's air force said it thwarted Russian attacks on Odesa overnight, downing 25 drones.")
    assert got and all(k != "Armed clash" for k, _ in got)


def test_air_defences_thwarting_attacks_on_a_city_keep_the_event():
    for text in ("Ukrainian air defences thwarted Russian attacks on Kharkiv on December 9.",
                 "ODESA (Reuters) - Ukrainian air defenses thwarted Russian attacks on Mykolaiv overnight, officials "
                 "said."):
        got = _kinds(text)
        assert got and all(k != "Armed clash" for k, _ in got), text


def test_thwarted_attacks_on_a_target_are_no_ground_fight():
    assert _clashes("Ukrainian forces thwarted Russian attacks on power plants in Dnipro on December 9.") == set()


def test_a_thwarted_assault_measured_from_a_town_is_a_clash_toward_its_village():
    assert _clashes("Russia's defence ministry said Russian paratroopers thwarted a Ukrainian assault within 9km south "
                    "of Kupiansk in the direction of Tabaivka on Friday.") == {"Tabaivka"}


def test_air_defences_thwarting_attacks_near_a_city_are_no_ground_fight():
    assert _clashes("Ukrainian air defences thwarted Russian attacks near Kyiv overnight, officials said.") == set()
