"""Session 26, misc145: "from June 6 to June 8", "between 3 and 5 October" and "from 30 September to 2 October" are one
span of days, read as "June 6-8" is; a list of days stays two (sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.components.dates import find_dates
from eventwire.model import Article

PUB = date(2023, 11, 23)


def _spans(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.start_date, d.end_date) for d in find_dates(text, PUB)]


@pytest.mark.parametrize(("text", "said", "first", "last"), [
    ("Fighting raged from June 6 to June 8.", "June 6 to June 8", date(2023, 6, 6), date(2023, 6, 8)),
    ("Fighting raged from 6 to 8 June in the city.", "6 to 8 June", date(2023, 6, 6), date(2023, 6, 8)),
    ("Fighting raged between June 6 and June 8.", "June 6 and June 8", date(2023, 6, 6), date(2023, 6, 8)),
    ("Fighting raged between 6 and 8 June in the city.", "6 and 8 June", date(2023, 6, 6), date(2023, 6, 8)),
    ("Fighting raged from 6 June to 8 June in the city.", "6 June to 8 June", date(2023, 6, 6), date(2023, 6, 8)),
    ("Fighting raged from 30 September to 2 October in the city.", "30 September to 2 October", date(2023, 9, 30),
     date(2023, 10, 2)),
    ("FIGHTING RAGED FROM 6 TO 8 JUNE IN THE CITY.", "6 TO 8 JUNE", date(2023, 6, 6), date(2023, 6, 8)),
])
def test_a_stated_range_is_one_mention(text: str, said: str, first: date, last: date) -> None:
    assert _spans(text) == [(said, first, last)]


@pytest.mark.parametrize("text", [
    "Rebels attacked the posts on June 6 and June 8.",  # a list of days: two acts
    "Satellite imagery from June 6 and June 8 shows the damage.",  # "from" with "and" is no range
    "Fighting raged from June 8 to June 6.",  # backwards: no range
])
def test_two_days_that_are_no_range_stay_two(text: str) -> None:
    assert len(_spans(text)) == 2


@pytest.mark.parametrize("text", [
    "Rebels and soldiers fought in Goma from October 3 to October 5.",
    "Rebels and soldiers fought in Goma between 3 and 5 October.",
    "Rebels and soldiers fought in Goma October 3-5.",
])
def test_the_event_is_dated_as_the_hyphened_range_is(text: str) -> None:
    (ev,) = load_pipeline()(Article(text=text, published=PUB)).events
    assert ev.date.start == ev.date.end == date(2023, 10, 5)  # (gold README: a short range is dated on its last day)


def test_a_range_running_past_the_story_day_stays_two_days() -> None:
    # A plan's span: the act told is not dated on a day after the story.
    assert len([d for d in find_dates("They agreed to a ceasefire between November 22 and November 25.", PUB)]) == 2
