"""ISW round 76: an act set aside ("rather than"), a taking named as the subject of its effects, and a done act whose
purpose is hedged ("were likely meant to")."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded
from eventwire.api import _as_article, load_pipeline
from eventwire.components.trigger_status import status_of

_DAY = date(2022, 5, 6)
_SHELL = "Shelling/artillery/missile attack"


def _status(text: str, trigger: str) -> str:
    t0 = text.index(trigger)
    return status_of(text, 0, len(text), t0, t0 + len(trigger), _DAY)[0]


def test_an_act_set_aside_with_rather_than_is_not_done() -> None:
    text = "Russian forces are conducting an envelopment near Kupiansk rather than a frontal assault on the town."
    assert _status(text, "frontal assault") == "negated"
    text = "Russian forces are likely holding positions rather than attempting to resume offensive operations."
    assert _status(text, "offensive operations") == "negated"


def test_rather_than_drops_the_event_and_records_why() -> None:
    text = "Ukrainian forces advanced north of Kharkiv on May 6 rather than in a major counteroffensive near Izyum."
    assert not any(name == "Izyum" for _, name in coded(text, _DAY))
    doc = load_pipeline()(_as_article(text, _DAY))
    assert any(d.get("text") == "counteroffensive" and d.get("status") == "negated" and "rather than" in d["reason"]
               for d in doc.decisions)


def test_an_act_told_before_rather_than_is_kept() -> None:
    text = "Russian forces shelled Kharkiv on May 6 rather than advancing toward the border."
    assert (_SHELL, "Kharkiv") in coded(text, _DAY)


def test_a_taking_named_as_the_subject_of_its_effects_is_analysis() -> None:
    text = "The Ukrainian recapture of Izyum has likely degraded Russian forces’ ability to resupply their units."
    assert not any(name == "Izyum" for _, name in coded(text, date(2022, 9, 12)))
    text = "The Russian capture of Mariupol will free up Russian forces for operations elsewhere."
    assert not any(name == "Mariupol" for _, name in coded(text, date(2022, 3, 15)))


def test_a_taking_told_as_done_is_kept() -> None:
    text = "Ukrainian forces completed the recapture of Izyum on September 12."
    assert any(name == "Izyum" for _, name in coded(text, date(2022, 9, 12)))


def test_a_done_act_with_a_hedged_purpose_is_asserted() -> None:
    text = ("Continued Russian airstrikes and artillery attacks on Sumy on March 7 were likely meant to set conditions "
            "for a ground offensive against the city.")
    assert _status(text, "artillery attacks") == "asserted"
    got = coded(text, date(2022, 3, 8))
    assert ("Air/drone strike", "Sumy") in got and (_SHELL, "Sumy") in got
    text = "The three Russian missile attacks on Odesa on May 3 were likely part of a psychological campaign."
    assert _status(text, "missile attacks") == "asserted"


def test_attacks_told_as_likely_to_come_stay_future() -> None:
    text = "Russian artillery attacks on Sumy are likely to resume in the coming days."
    assert _status(text, "artillery attacks") == "future"


def test_a_claim_the_text_calls_false_is_negated() -> None:
    day = date(2022, 3, 15)
    text = "Russian forces falsely claimed to have captured Kherson Oblast on March 15 but did not attack Mykolaiv."
    assert not any(name == "Kherson Oblast" for _, name in coded(text, day))
    doc = load_pipeline()(_as_article(text, day))
    assert any(d.get("text") == "claimed to have captured" and d.get("status") == "negated"
               and "calls false" in d["reason"] for d in doc.decisions)


def test_a_claimed_capture_not_called_false_is_kept() -> None:
    text = "Russian forces claimed to have captured Kherson Oblast on March 15 but did not attack Mykolaiv."
    assert ("Armed clash", "Kherson Oblast") in coded(text, date(2022, 3, 15))


def test_a_counteroffensive_named_by_what_it_caused_is_no_fight() -> None:
    text = ("The Russian grouping in Kherson Oblast is likely feeling the pressure of the limited Ukrainian "
            "counteroffensive in northwestern Kherson Oblast.")
    assert _status(text, "counteroffensive") == "hypothetical"
    text = "Russian troops report panic and declining morale as a result of successful Ukrainian counteroffensives."
    assert _status(text, "counteroffensives") == "hypothetical"


def test_fighting_as_a_result_of_counterattacks_is_still_told() -> None:
    # Counterattacks named as a cause were fought; only a campaign is named by its effects.
    text = "Fighting is occurring in Tsupivka and Ternova as a result of Ukrainian counterattacks."
    assert _status(text, "counterattacks") == "asserted"


def test_an_earlier_act_named_for_comparison_is_background() -> None:
    text = ("Ukrainian forces pushed Russian troops back from Kharkiv on May 13, as they did to Russian forces "
            "attempting to seize Kyiv.")
    assert _status(text, "attempting to seize") == "historical"
    assert not any(name == "Kyiv" for _, name in coded(text, date(2022, 5, 13)))


def test_an_act_in_a_new_clause_after_the_comparison_is_told() -> None:
    text = "Russian forces held their lines as they did in April, and Russian artillery shelled Kharkiv on May 13."
    assert _status(text, "shelled") == "asserted"
