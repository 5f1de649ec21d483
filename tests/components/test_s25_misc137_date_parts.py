"""A part of a month or week is read as that part ("the end of October"), after "since" too."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.dates import find_dates

PUB = date(2022, 11, 22)  # a Tuesday
D = date.fromisoformat


def _span(text: str) -> tuple[date | None, date | None, str]:
    found = find_dates(text, PUB)
    assert len(found) == 1, found
    return found[0].start_date, found[0].end_date, found[0].precision


@pytest.mark.parametrize(("text", "expected"), [
    ("protests since the end of October", (D("2022-10-21"), D("2022-10-31"), "month")),
    ("shelling at the end of October", (D("2022-10-21"), D("2022-10-31"), "month")),
    ("fighting since late October", (D("2022-10-21"), D("2022-10-31"), "month")),
    ("strikes in early September", (D("2022-09-01"), D("2022-09-10"), "month")),
    ("since the beginning of August", (D("2022-08-01"), D("2022-08-10"), "month")),
    ("raids since mid-October", (D("2022-10-11"), D("2022-10-20"), "month")),
    ("raids in mid-October", (D("2022-10-11"), D("2022-10-20"), "month")),
    ("protests since October", (D("2022-10-01"), D("2022-10-31"), "month")),
    ("protests since November", (D("2022-11-01"), D("2022-11-30"), "month")),
    ("clashes in the middle of July", (D("2022-07-11"), D("2022-07-20"), "month")),
    ("a march in late February 2021", (D("2021-02-21"), D("2021-02-28"), "month")),
    ("rallies at the end of last week", (D("2022-11-18"), D("2022-11-20"), "week")),
    ("raids early last week", (D("2022-11-14"), D("2022-11-16"), "week")),
    ("shelling late last month", (D("2022-10-21"), D("2022-10-31"), "month")),
])
def test_part_of_a_period(text: str, expected: tuple[date, date, str]) -> None:
    assert _span(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bound, not a part: the span may have begun before it, so the whole month (as before)
    ("had taken the town by the end of October", (D("2022-10-01"), D("2022-10-31"), "month")),
    ("held the bridge until late October", (D("2022-10-01"), D("2022-10-31"), "month")),
    ("fighting in October", (D("2022-10-01"), D("2022-10-31"), "month")),
    ("rallies last week", (D("2022-11-14"), D("2022-11-20"), "week")),
    ("clashes earlier this week", (D("2022-11-21"), D("2022-11-22"), "week")),
])
def test_whole_period_kept(text: str, expected: tuple[date, date, str]) -> None:
    assert _span(text) == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Workers protested in Tbilisi in late October.", D("2022-10-21"), D("2022-10-31")),
    ("Rebels shelled Goma at the end of October.", D("2022-10-21"), D("2022-10-31")),
    ("At least 40 civilians have been killed in Kherson since the end of October.", D("2022-10-21"), D("2022-10-31")),
    ("Relatives of conscripts have staged protests in Dagestan since the end of October.", D("2022-10-21"),
     D("2022-10-31")),
    ("Residents have protested in Yerevan since early October.", D("2022-10-01"), D("2022-10-10")),
    ("Rebel forces have shelled Goma since mid-October.", D("2022-10-11"), D("2022-10-20")),
    ("Russian forces had captured Bakhmut by the end of October.", D("2022-10-01"), D("2022-10-31")),
])
def test_event_dated_to_the_part_or_span(text: str, start: date, end: date) -> None:
    (e,) = [e for e in extract(text, PUB) if e.event_type]
    assert (e.date.start, e.date.end) == (start, end)
