"""Round 66: a counteroffensive named as a cause, or any counter-attack named as a threat, is no report of fighting;
counterattacks named as a cause, a campaign told with its day, or one told as done still are."""

from __future__ import annotations

from eventwire.components.trigger_status import status_of


def _status(text: str, trigger: str) -> str:
    t0 = text.index(trigger)
    return status_of(text, 0, len(text), t0, t0 + len(trigger), None)[0]


def test_a_withdrawal_in_the_face_of_counteroffensives_is_no_fight() -> None:
    text = "The Russian command has likely chosen to pull out of Vovchansk in the face of Ukrainian counteroffensives."
    assert _status(text, "counteroffensives") == "hypothetical"


def test_counteroffensives_named_as_a_cause_or_threat_are_no_fight() -> None:
    text = "Russian units failed to keep the highway open due to Ukrainian counteroffensives in the area."
    assert _status(text, "counteroffensives") == "hypothetical"
    text = "Russian commanders are digging trenches to guard against the threat of Ukrainian counteroffensives near Tokmak."
    assert _status(text, "counteroffensives") == "hypothetical"
    text = "Russian units remain vulnerable to Ukrainian counterattacks near Izyum."
    assert _status(text, "counterattacks") == "hypothetical"


def test_an_article_or_a_modifier_before_the_feared_or_causing_campaign() -> None:
    text = "Russian commanders fear the threat of a Ukrainian counteroffensive near Kherson."
    assert _status(text, "counteroffensive") == "hypothetical"
    text = "Russian troops abandoned the bridgehead amidst sustained Ukrainian counteroffensives near Kherson."
    assert _status(text, "counteroffensives") == "hypothetical"


def test_counterattacks_named_as_a_cause_were_fought() -> None:
    text = "Russian troops kept hold of Lyman despite Ukrainian counterattacks near the town on June 5."
    assert _status(text, "counterattacks") == "asserted"
    text = "Russian units pulled back from Lyman amid Ukrainian counterattacks near the town."
    assert _status(text, "counterattacks") == "asserted"


def test_a_causing_counteroffensive_told_with_its_day_was_fought() -> None:
    text = "Russian troops left Lyman because of Ukrainian counteroffensives near the town on June 5."
    assert _status(text, "counteroffensives") == "asserted"


def test_a_counteroffensive_told_as_done_is_a_fight() -> None:
    text = "Ukrainian counteroffensives pushed Russian forces out of Ruska Lozova on May 13."
    assert _status(text, "counteroffensives") == "asserted"
    text = "Russian forces withdrew from Ruska Lozova after Ukrainian counteroffensives on May 13."
    assert _status(text, "counteroffensives") == "asserted"


def test_a_reaction_to_counterattacks_keeps_them() -> None:
    text = "Russian troops near Irpin moved to defensive positions on March 25 in response to Ukrainian counterattacks."
    assert _status(text, "counterattacks") == "asserted"
