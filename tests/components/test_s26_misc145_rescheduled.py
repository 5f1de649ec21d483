"""Session 26, misc145 mends: "postponed / moved ... from <day> to <day>" names two alternative days, not a span
(sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.components.dates import find_dates
from eventwire.model import Article

PUB = date(2024, 5, 30)


@pytest.mark.parametrize("text", [
    "The election was postponed from May 4 to May 25.",
    "Organisers moved the march in Kisumu from May 9 to May 11 after a clash on May 8.",
    "The court adjourned the hearing from 3 to 17 May.",
    "The union pushed back its strike in Accra from May 12 to May 19.",
])
def test_a_rescheduling_is_not_a_span(text: str) -> None:
    assert all(d.start_date == d.end_date for d in find_dates(text, PUB))


def test_a_span_without_a_rescheduling_verb_is_still_joined() -> None:
    (d,) = find_dates("Troops moved in. Clashes went on in Kisumu from May 9 to May 11.", PUB)
    assert (d.start_date, d.end_date) == (date(2024, 5, 9), date(2024, 5, 11))


def test_a_postponed_rally_is_not_dated_as_a_three_week_protest() -> None:
    art = Article(text="The opposition postponed its rally in Kisumu from May 4 to May 25.", published=PUB)
    for ev in load_pipeline()(art).events:
        assert ev.date.start == ev.date.end


def test_figures_before_a_month_and_its_day_are_no_range() -> None:
    # "rose from 4 to 9 May 28 ...": a day after the month; 4 is a figure, not the first day of a range.
    assert [(d.start_date, d.end_date) for d in find_dates("Arrests rose from 4 to 9 May 28 across the region.", PUB)] == [
        (date(2024, 5, 9), date(2024, 5, 9))]
