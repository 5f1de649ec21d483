"""A past attack retold in a justice frame (verdict, arrest, probe, trial) is background; a new act told beside it stays."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

DAY = date(2004, 10, 20)
IED = "Remote explosive/landmine/IED"


def violent(text: str) -> set[tuple[str | None, str | None]]:
    """The violent events coded for text, arrests left out."""
    return {e for e in coded(text, DAY) if e[0] != "Arrests"}


def test_a_verdict_with_a_term_and_a_day_before_the_act_is_retold() -> None:
    assert violent("A court in Sanaa jailed five militants for ten years on Saturday for the bombing of a tanker.") == set()


def test_a_verdict_in_a_dated_bombing_and_its_relative_toll_are_retold() -> None:
    assert violent("A court acquitted four suspects in the 1994 bombing of a community centre that killed 85 people.") \
        == set()


def test_an_attack_named_by_an_arrest_over_it_is_retold() -> None:
    assert violent("Three men were arrested over the suicide bomb attack on the embassy in Jakarta, police said.") == set()
    assert violent("Police detained two men in connection with the bombing of a market in Kano.") == set()


def test_an_attack_naming_a_probe_or_case_is_retold() -> None:
    assert violent("Two held in Jakarta hotel blast probe") == set()


def test_new_acts_told_in_a_justice_frame_stay() -> None:
    # A bombing at a court during a trial is a new act; so is an attack with no justice frame.
    assert violent("A bomb exploded outside the court in Kano during the trial of five men, killing two people.") \
        == {(IED, "Kano")}
    assert violent("Gunmen attacked a police post in Kano, killing five officers.") == {("Armed clash", "Kano")}
    # A date of the story's weeks keeps an arrest's attack news, as for a charge.
    assert violent("Police arrested two men over the bombing of a market in Kano on Monday.") == {(IED, "Kano")}
    # A murder retold by an arrest stays (MUC keys code such crimes).
    assert violent("Police arrested two men over the killing of a judge in Kano.") != set()


def test_an_inquiry_into_the_story_s_own_attack_and_a_suspect_verb_keep_the_attack() -> None:
    # Police investigating an attack follow the story's own act; "police suspect" here is a verb, not a justice noun.
    assert violent("Gunmen attacked a police post in Kano on Monday, and police are investigating the attack.") \
        == {("Armed clash", "Kano")}
    assert violent("A bomb wounded 30 people in Kathmandu on Tuesday in an attack police suspect was carried out by "
                   "rebels.") == {(IED, "Kathmandu")}


def test_a_suspect_in_connection_with_blasts_names_the_earlier_blasts() -> None:
    assert violent("Those accused in connection with the blasts have asked a court to stop the film.") == set()


def test_a_blast_named_after_an_older_year_is_a_known_past_attack() -> None:
    assert coded("Engineers gave papers on the rockets blamed for the 1986 Challenger explosion.", date(1987, 4, 17)) \
        == set()
    assert coded("Two blasts hit a market in Kano on Monday.", DAY) == {(IED, "Kano")}
