"""Round 49: a past act verb after "and" takes its own place, not the place of an earlier verb in the chain."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.geoparsing.event_location_clauses import later_predicate

PUB = date(2022, 6, 11)


def test_a_capture_late_in_a_chain_goes_to_its_own_object() -> None:
    got = coded("Ukrainian forces broke the encirclement of Izyum and pushed Russian forces back and captured "
                "Bohorodychne on June 9.", PUB)
    assert ("Armed clash", "Bohorodychne") in got
    assert ("Armed clash", "Izyum") not in got


def test_an_earlier_place_stays_when_the_later_verb_names_none() -> None:
    got = coded("Russian forces fought in Izyum and captured several trenches on June 9.", PUB)
    assert got == {("Armed clash", "Izyum")}


def test_an_attempt_after_and_is_no_new_predicate() -> None:
    text = "Russian forces advanced north of Izyum and attempted to advance towards Bohorodychne."
    t0 = text.index("attempted")
    assert not later_predicate(text, text.index("Izyum") + 5, (t0, t0 + 9))


def test_a_past_verb_right_after_and_opens_a_predicate() -> None:
    text = "Ukrainian forces liberated Izyum and then recaptured Bohorodychne."
    t0 = text.index("recaptured")
    assert later_predicate(text, text.index("Izyum") + 5, (t0, t0 + 10))
    t1 = text.index("liberated")
    assert not later_predicate(text, text.index("Ukrainian") + 9, (t1, t1 + 9))
