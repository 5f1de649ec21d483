"""A past attack retold in a justice frame (verdict, arrest, probe, trial) is background; a new act told beside it stays."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import extract

DAY = date(2004, 10, 20)
IED = "Remote explosive/landmine/IED"


def violent(text: str, published: date | None = DAY) -> set[tuple[str | None, str | None]]:
    """The violent events coded for text, arrests left out (published None: a story with no day, as a wire row)."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=published)
            if e.event_type is not None and e.sub_event_type != "Arrests"}


def test_a_verdict_with_a_term_and_a_day_before_the_act_is_retold() -> None:
    assert violent("A court in Aden jailed four militants for eight years on Sunday for the bombing of a ferry.") == set()


def test_a_verdict_in_a_dated_bombing_and_its_relative_toll_are_retold() -> None:
    assert violent("Judges acquitted three men in the 1992 bombing of a cultural centre that killed 60 people.") == set()


def test_an_attack_named_by_an_arrest_over_it_is_retold_in_a_story_with_no_day() -> None:
    assert violent("Three men were held over the suicide car bomb attack on the consulate in Jakarta, police said.",
                   None) == set()
    assert violent("Police detained two men in connection with the bombing of a market in Kano.", None) == set()


def test_an_attack_naming_a_probe_or_case_is_retold_in_a_story_with_no_day() -> None:
    assert violent("Four held in Manila ferry blast probe", None) == set()


def test_new_acts_told_in_a_justice_frame_stay() -> None:
    # A bombing at a court during a trial is a new act; so is an attack with no justice frame.
    assert violent("A bomb exploded outside the court in Kano during the trial of five men, killing two people.") \
        == {(IED, "Kano")}
    assert violent("Gunmen attacked a police post in Kano, killing five officers.") == {("Armed clash", "Kano")}
    # A date of the story's weeks keeps an arrest's attack news, as for a charge.
    assert violent("Police arrested two men over the bombing of a market in Kano on Monday.") == {(IED, "Kano")}
    # A murder retold by an arrest stays (MUC keys code such crimes).
    assert violent("Police arrested two men over the killing of a judge in Kano.") == {("Attack", "Kano")}
    assert violent("Police arrested two men over the killing of a judge in Kano.", None) == {("Attack", "Kano")}


def test_an_inquiry_into_the_story_s_own_attack_and_a_suspect_verb_keep_the_attack() -> None:
    # Police investigating an attack follow the story's own act; "police suspect" here is a verb, not a justice noun.
    assert violent("Gunmen attacked a police post in Kano on Monday, and police are investigating the attack.") \
        == {("Armed clash", "Kano")}
    assert violent("A bomb hurt 30 people in Kathmandu on Tuesday, an attack police suspect rebels staged.") \
        == {(IED, "Kathmandu")}


def test_a_suspect_in_connection_with_blasts_names_the_earlier_blasts() -> None:
    assert violent("Men accused in connection with two blasts in Mumbai want judges to block the film.", None) \
        == set()


def test_a_blast_named_after_an_older_year_is_a_known_past_attack() -> None:
    assert coded("Engineers said a faulty seal on the booster caused the 1986 Challenger explosion.", date(1987, 4, 17)) \
        == set()
    assert coded("Two blasts hit a market in Kano on Monday.", DAY) == {(IED, "Kano")}
