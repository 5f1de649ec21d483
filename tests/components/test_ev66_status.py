"""Round 66: a counteroffensive named as a cause or a threat is no report of fighting; one told as done still is."""

from __future__ import annotations

from eventwire.components.trigger_status import status_of


def _status(text: str, trigger: str) -> str:
    t0 = text.index(trigger)
    return status_of(text, 0, len(text), t0, t0 + len(trigger), None)[0]


def test_a_withdrawal_in_the_face_of_counteroffensives_is_no_fight() -> None:
    text = "The Russian military has likely decided to withdraw from Vovchansk in the face of Ukrainian counteroffensives."
    assert _status(text, "counteroffensives") == "hypothetical"


def test_counteroffensives_named_as_a_cause_or_threat_are_no_fight() -> None:
    text = "Russian forces struggled to hold the T2207 due to Ukrainian counteroffensives in the area."
    assert _status(text, "counteroffensives") == "hypothetical"
    text = "Russian forces seek to mitigate the threat of Ukrainian counteroffensives in Zaporizhia Oblast."
    assert _status(text, "counteroffensives") == "hypothetical"


def test_a_counteroffensive_told_as_done_is_a_fight() -> None:
    text = "Ukrainian counteroffensives pushed Russian forces out of Ruska Lozova on May 13."
    assert _status(text, "counteroffensives") == "asserted"
    text = "Russian forces withdrew from Ruska Lozova after Ukrainian counteroffensives on May 13."
    assert _status(text, "counteroffensives") == "asserted"


def test_a_reaction_to_counterattacks_keeps_them() -> None:
    text = "Russian forces near Brovary went over to the defensive on March 25 in response to the Ukrainian counterattacks."
    assert _status(text, "counterattacks") == "asserted"
