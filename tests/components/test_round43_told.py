"""Round 43: a plural event noun right after a verb of doing it ("repelled ... counterattacks") is a report."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

PUB = date(2022, 11, 9)
CLASH = "Armed clash"
LEAD = "Russian forces shelled Siversk on November 9. "


def test_repelled_counterattacks_after_the_lead_are_reported() -> None:
    got = coded(LEAD + "The Russian command claimed that its troops also repelled Ukrainian counterattacks near "
                "Vremivka and Pavlivka.", PUB)
    assert {(CLASH, "Vremivka"), (CLASH, "Pavlivka")} <= got


def test_continued_to_repel_attacks_is_reported() -> None:
    got = coded(LEAD + "Ukrainian officials said that their units continued to repel Russian attacks near "
                "Klishchiivka and Mayorsk.", PUB)
    assert {(CLASH, "Klishchiivka"), (CLASH, "Mayorsk")} <= got


def test_a_plural_noun_with_no_verb_of_doing_is_still_events_in_general() -> None:
    got = coded(LEAD + "Ukrainian officials fear that such counterattacks near Vremivka will grow costly.", PUB)
    assert not {c for c in got if c[1] == "Vremivka"}
