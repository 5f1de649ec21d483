"""Session 27 (guard156): a headline's armed party that "targets" troops attacks them; a weapon that does is no clash."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

DAY = date(2024, 3, 1)


def test_an_armed_party_targeting_troops_in_a_headline_is_a_clash() -> None:
    assert coded("Rebels target troops near Beni", DAY) == {("Armed clash", "Beni")}
    assert coded("Gunmen targeted a police checkpoint in Zamfara", DAY) == {("Armed clash", "Zamfara State")}


def test_targeting_without_an_armed_doer_or_with_a_phrase_after_the_men_is_no_attack() -> None:
    assert coded("New law targets police in Lagos", DAY) == set()
    assert coded("Recruiting drive targets soldiers' families in Kano", DAY) == set()
    assert coded("Phishing scam targets police chief in Leeds", DAY) == set()


def test_a_weapon_that_targets_or_attacks_men_is_its_own_event_not_a_second_clash() -> None:
    # a state named before it ("Somalia:") once let the verb add an armed clash beside the bombing
    for verb in ("targets", "attacks"):
        assert coded(f"Somalia: Roadside bomb reportedly {verb} army convoy near Kismayo", DAY) == {
            ("Remote explosive/landmine/IED", "Kismayo")}


def test_the_attack_rule_still_needs_its_armed_attacker() -> None:
    # the case the rule was written for (test_review_s12_events) holds with the new verb beside it
    assert coded("Senator attacks troops in Kabul speech", DAY) == set()
    assert coded("Rebels attack troops near Beni", DAY) == {("Armed clash", "Beni")}
