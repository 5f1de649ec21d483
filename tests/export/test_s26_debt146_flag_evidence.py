"""A flag's evidence is a sentence of its own article: in a merged event another article's sentence at overlapping
offsets is no longer quoted. Sentences written for this test."""

from __future__ import annotations

# fmend's two wire stories and their merged event
from test_s25_fmend_flag_context import A, B, merged_casualties

from eventwire.export.report_stats import flag_evidence
from eventwire.model import Event, Evidence, Flag


def test_a_merged_casualties_flag_quotes_the_sentence_that_holds_its_word() -> None:
    e, flag = merged_casualties()
    assert A[flag.start : flag.end] != "casualties"  # wire-a's sentence overlaps the span but is not the flag's
    assert flag_evidence(e, flag, None) == B


def _merged(flag: Flag) -> Event:
    """A merged event of two headlines whose evidence both start at offset 0."""
    return Event(id="cev_test", article_ids=["a", "b"], flags=[flag], evidence=[
        Evidence(article_id="a", start=0, end=52, text="Drone strike hits fuel depot in the city of Belgorod",
                 supports=["event_type", "location"]),
        Evidence(article_id="b", start=0, end=30, text="Strike on Kharkiv kills eleven", supports=["location"]),
    ])


def test_a_merged_place_flag_quotes_the_evidence_it_was_raised_on() -> None:
    flag = Flag(code="location_contradicts_story", message="Kharkiv (UA) is outside the story's setting (RU)",
                start=0, end=30)
    assert flag_evidence(_merged(flag), flag, None) == "Strike on Kharkiv kills eleven"


def test_a_flag_no_sentence_of_its_own_holds_gets_no_quote() -> None:
    flag = Flag(code="date_after_publication", message="event date 2024-06-09 is after publication 2024-06-05",
                start=10, end=20)
    assert flag_evidence(_merged(flag), flag, None) is None
