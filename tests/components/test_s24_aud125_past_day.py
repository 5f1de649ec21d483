"""Session 24 (aud125): a day with no year after "since", or naming an attack ("the Oct. 7 attacks"), is the past
day even when next year's is nearer; a day in a future clause stays ahead (sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.components.dates import find_dates
from eventwire.model import Article

PUB = date(2024, 8, 8)


@pytest.mark.parametrize(("text", "day"), [
    ("He has not been seen in public since Oct. 7.", date(2023, 10, 7)),
    ("The envoy blamed him for the October 7 attack on the border towns.", date(2023, 10, 7)),
    ("Families still mourn the Sept. 20 bombings in the capital.", date(2023, 9, 20)),
    ("The ministers will meet on Oct. 7 in Cairo.", date(2024, 10, 7)),  # no cue: the nearer, future day
    ("Talks resumed on August 2 in Doha.", date(2024, 8, 2)),
])
def test_the_year_of_a_day(text: str, day: date) -> None:
    assert [d.start_date for d in find_dates(text, PUB)] == [day]


@pytest.mark.parametrize(("text", "day"), [
    # "since" opening a clause whose subject is the day is causal: the coming day
    ("Trash pickup will run a day late since Sept. 2 is Labor Day.", date(2024, 9, 2)),
    ("The clinic opens late since Sept. 3 falls on a holiday.", date(2024, 9, 3)),
    # "since" with the day as its object points back
    ("The road has been closed since Sept. 2.", date(2023, 9, 2)),
    ("Prices have risen since Sept. 2, traders said.", date(2023, 9, 2)),
])
def test_since_points_back_only_when_the_day_is_its_object(text: str, day: date) -> None:
    assert [d.start_date for d in find_dates(text, date(2024, 8, 20))][:1] == [day]


def test_an_attack_named_by_its_day_is_recalled_not_reported() -> None:
    text = ("Residents waited for news. Officials called the militant leader the mastermind behind the Oct. 7 "
            "attacks on the border towns, which killed 300 people and took 40 hostages.")
    doc = load_pipeline()(Article(text=text, published=PUB))
    assert [e.date.start for e in doc.events if e.event_type] == []  # ten months old: not news (was dated PUB)
