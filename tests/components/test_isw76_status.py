"""ISW round 76: an act set aside ("rather than", "instead of"), a taking named as the subject of its effects, a claim
called false, an earlier act named for comparison, and a done act whose purpose is hedged ("were likely meant to")."""

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
    text = "Russian units are trying to encircle Kupiansk rather than a frontal assault on the town."
    assert _status(text, "frontal assault") == "negated"
    text = "Russian units are probably digging in rather than trying to renew offensive operations."
    assert _status(text, "offensive operations") == "negated"


def test_instead_of_sets_an_act_aside_like_rather_than() -> None:
    # One status for both phrasings: the act named after either is not done.
    text = "Russian units are trying to encircle Kupiansk instead of a frontal assault on the town."
    assert _status(text, "frontal assault") == "negated"
    text = "Russian units dug in near Kupiansk instead of attacking the town on May 6."
    assert _status(text, "attacking") == "negated"


def test_rather_than_drops_the_event_and_records_why() -> None:
    text = "Ukrainian forces advanced north of Kharkiv on May 6 rather than in a large counteroffensive near Izyum."
    assert not any(name == "Izyum" for _, name in coded(text, _DAY))
    doc = load_pipeline()(_as_article(text, _DAY))
    assert any(d.get("text") == "counteroffensive" and d.get("status") == "negated" and "rather than" in d["reason"]
               for d in doc.decisions)


def test_an_act_told_before_rather_than_is_kept() -> None:
    text = "Russian forces shelled Kharkiv on May 6 rather than advancing toward the border."
    assert (_SHELL, "Kharkiv") in coded(text, _DAY)


def test_an_act_after_and_past_rather_than_is_told() -> None:
    text = "Russian commanders picked guns rather than aircraft and shelled Kharkiv on May 6."
    assert _status(text, "shelled") == "asserted"
    assert (_SHELL, "Kharkiv") in coded(text, _DAY)


def test_a_fronted_rather_than_leaves_the_main_clause_told() -> None:
    text = "Rather than withdraw Russian troops shelled Kharkiv on May 6."
    assert _status(text, "shelled") == "asserted"
    text = "Rather than wait Russia shells Kharkiv"  # a headline: the present tense, no comma
    assert _status(text, "shells") == "asserted"
    # What a fronted phrase names right after it is still set aside.
    text = "Rather than a frontal assault, Russian troops tried to encircle Kupiansk."
    assert _status(text, "frontal assault") == "negated"


def test_a_past_verb_is_never_what_rather_than_sets_aside() -> None:
    text = "Rather than talking the militants attacked Kidal on May 6."
    assert _status(text, "attacked") == "asserted"


def test_a_taking_named_as_the_subject_of_its_effects_is_analysis() -> None:
    text = "Ukraine's recapture of Izyum has probably degraded the Russian army's capacity to supply its troops."
    assert not any(name == "Izyum" for _, name in coded(text, date(2022, 9, 12)))
    text = "The recapture of Izyum by Ukrainian troops has freed up units for the south."
    assert not any(name == "Izyum" for _, name in coded(text, date(2022, 9, 12)))
    text = "The liberation of Lyman by Ukrainian troops has allowed Ukraine to push east."
    assert not any(name == "Lyman" for _, name in coded(text, date(2022, 10, 3)))


def test_a_taking_whose_day_is_told_in_the_subject_is_kept() -> None:
    text = "The liberation of Lyman by Ukrainian troops yesterday has allowed Ukraine to push east."
    assert any(name == "Lyman" for _, name in coded(text, date(2022, 10, 3)))


def test_a_taking_told_as_done_is_kept() -> None:
    text = "Ukrainian forces completed the recapture of Izyum on September 12."
    assert any(name == "Izyum" for _, name in coded(text, date(2022, 9, 12)))


def test_a_done_act_with_a_hedged_purpose_is_asserted() -> None:
    text = "Russian air raids and shelling of Sumy on March 6 were likely meant to soften the city up for an assault."
    assert _status(text, "shelling") == "asserted"
    got = coded(text, date(2022, 3, 8))
    assert ("Air/drone strike", "Sumy") in got and (_SHELL, "Sumy") in got
    text = "Both Russian missile strikes against Odesa on May 2 were likely part of a bid to frighten residents."
    assert _status(text, "missile strikes") == "asserted"
    text = "The Russian strike on Kramatorsk on May 3 was likely aimed at a Ukrainian fuel depot."
    assert _status(text, "strike") == "asserted"


def test_attacks_told_as_likely_to_come_stay_future() -> None:
    text = "Russian artillery attacks on Sumy are likely to resume in the coming days."
    assert _status(text, "artillery attacks") == "future"


def test_a_claim_the_text_calls_false_is_negated() -> None:
    day = date(2022, 3, 15)
    text = "Russian troops falsely claimed to have captured Mykolaiv Oblast on March 14 but did not attack Odesa."
    assert not any(name == "Mykolaiv Oblast" for _, name in coded(text, day))
    doc = load_pipeline()(_as_article(text, day))
    assert any(d.get("text") == "claimed to have captured" and d.get("status") == "negated"
               and "calls false" in d["reason"] for d in doc.decisions)


def test_a_claimed_capture_not_called_false_is_kept() -> None:
    text = "Russian troops claimed to have captured Mykolaiv Oblast on March 14 but did not attack Odesa."
    assert ("Armed clash", "Mykolaiv Oblast") in coded(text, date(2022, 3, 15))


def test_a_counteroffensive_named_by_what_it_caused_is_no_fight() -> None:
    text = "Russian troops near Kherson probably feel the pressure of a limited Ukrainian counteroffensive."
    assert _status(text, "counteroffensive") == "hypothetical"
    text = "Russian soldiers describe fear and low spirits as a result of repeated successful Ukrainian counteroffensives."
    assert _status(text, "counteroffensives") == "hypothetical"


def test_fighting_as_a_result_of_counterattacks_is_still_told() -> None:
    # Counterattacks named as a cause were fought; only a campaign is named by its effects.
    text = "Clashes went on near Tsupivka as a result of repeated Ukrainian counterattacks."
    assert _status(text, "counterattacks") == "asserted"


def test_an_earlier_act_named_for_comparison_is_background() -> None:
    text = "Ukrainian troops drove the Russians back from Kharkiv on May 13, as they did to Russian units trying to take Kyiv."
    assert _status(text, "trying to take") == "historical"
    assert not any(name == "Kyiv" for _, name in coded(text, date(2022, 5, 13)))


def test_an_act_in_a_new_clause_after_the_comparison_is_told() -> None:
    text = "Russian forces held their lines as they did in April, and Russian artillery shelled Kharkiv on May 13."
    assert _status(text, "shelled") == "asserted"


def test_an_act_after_and_past_the_comparison_is_told() -> None:
    # No comma: "and" starts a predicate of its own, which the comparison does not date.
    text = "Police fired tear gas in Nairobi on May 13 as they did on Monday and arrested dozens of protesters."
    assert _status(text, "arrested") == "asserted"
    # Arrests at a protest are that demonstration's intervention (ACLED; session 22's one-protest fold).
    assert ("Protest with intervention", "Nairobi") in coded(text, date(2022, 5, 13))
    assert ("Arrests", "Nairobi") in coded("Police arrested dozens of activists in Nairobi on May 13.", date(2022, 5, 13))
    text = "Russian forces held the line as they did in April but shelled Kharkiv on May 13."
    assert _status(text, "shelled") == "asserted"


def test_a_fronted_comparison_belongs_to_the_verb_after_it() -> None:
    text = "As they did on Monday Russian troops shelled Kharkiv on May 13."
    assert _status(text, "shelled") == "asserted"
    assert (_SHELL, "Kharkiv") in coded(text, date(2022, 5, 13))


def test_a_day_in_an_earlier_clause_does_not_date_the_taking() -> None:
    text = ("Kyiv said on October 3 that shelling of Kharkiv had eased, suggesting that the liberation of Lyman by "
            "Ukrainian troops has allowed Ukraine to push east.")
    assert not any(name == "Lyman" for _, name in coded(text, date(2022, 10, 3)))


def test_an_act_after_an_ing_set_aside_is_not_done() -> None:
    text = "Russian units are chasing small gains near Bakhmut rather than resisting the Ukrainian counteroffensive."
    assert _status(text, "counteroffensive") == "negated"


def test_a_fronted_ing_set_aside_leaves_the_present_main_clause_told() -> None:
    # Words after the fronted -ing are the main clause's subject, whatever the tense of its verb.
    assert _status("Instead of retreating Russian forces are attacking Kharkiv on June 3.", "attacking") == "asserted"
    assert _status("Rather than retreating Russian troops shell Kharkiv daily.", "shell") == "asserted"
    assert _status("Rather than negotiating the rebels attack Kidal every week.", "attack") == "asserted"
    # The fronted phrase's own complement is still set aside.
    assert _status("Instead of attacking, Russian troops dug in near Kupiansk.", "attacking") == "negated"
    assert _status("Rather than launching attacks, Russian troops dug in near Kupiansk.", "attacks") == "negated"


def test_a_place_phrase_after_the_set_aside_noun_holds_a_done_act() -> None:
    # "in" may lead the complement ("rather than in a large counteroffensive"), but past its noun it opens a new phrase.
    assert _status("Russia uses drones rather than manned aircraft in strikes on Kharkiv.", "strikes") == "asserted"
    assert _status("Russian units dug in rather than in an assault on Kupiansk.", "assault") == "negated"


def test_a_reported_clause_after_the_comparison_is_told() -> None:
    # "that" opens what was said; the comparison belongs to the saying, not to the act reported.
    assert _status("Officials said as they did on Monday that Russian forces shelled Kharkiv.", "shelled") == "asserted"
    text = "Zelensky repeated as he did on Monday that Russian forces attacked Kharkiv on June 3."
    assert _status(text, "attacked") == "asserted"


def test_a_fronted_phrase_closed_by_a_comma_sets_its_act_aside() -> None:
    # The comma right after the trigger closes the fronted phrase: the act is its complement, however long.
    assert _status("Rather than launching a ground assault, Russian troops shelled Kupiansk.", "assault") == "negated"
