""""the last week of September" is a week of September, not the story's last week; "last week" alone still is."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.dates import find_dates

D = date.fromisoformat
PUB = D("2024-10-23")  # a Wednesday


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Troops reached the river in the first week of March.", D("2024-03-01"), D("2024-03-07")),
    ("Troops reached the river in the second week of October.", D("2024-10-08"), D("2024-10-14")),
    ("The talks were held during the last week of June 2022.", D("2022-06-24"), D("2022-06-30")),
    ("Fighting raged in the final week of February.", D("2024-02-23"), D("2024-02-29")),
    ("Troops seized the town in the last week of September.", D("2024-09-24"), D("2024-09-30")),
])
def test_a_week_of_a_named_month(text: str, start: date, end: date) -> None:
    (d,) = find_dates(text, PUB)
    assert (d.start_date, d.end_date) == (start, end)


@pytest.mark.parametrize("text", [
    "Troops seized the town in the last week of the month.",  # the month is not named: no date is claimed
    "It was the last year of the war.",
])
def test_the_last_unit_of_something_is_no_relative_period(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("text", [
    "Troops seized the town last week.",
    "Troops seized the town in the last week, officials said.",  # no "of": still the story's last week
])
def test_last_week_alone_is_the_previous_week(text: str) -> None:
    (d,) = find_dates(text, PUB)
    assert (d.start_date, d.end_date, d.precision) == (D("2024-10-14"), D("2024-10-20"), "week")


def test_by_the_last_week_of_a_month_bounds_the_whole_month() -> None:
    (d,) = find_dates("Troops had taken the town by the last week of June.", PUB)
    assert (d.start_date, d.end_date) == (D("2024-06-01"), D("2024-06-30"))


def test_the_acts_own_day_dates_it_not_a_relative_clause() -> None:
    text = "Russian forces attacked near Selydove, which Russian troops seized in the last week of September, on Tuesday."
    events = [e for e in extract(text, PUB) if e.event_type]
    assert events and {(e.date.start, e.date.end) for e in events} == {(D("2024-10-22"), D("2024-10-22"))}


def test_a_week_of_a_month_dates_an_act() -> None:
    events = [e for e in extract("Russian forces shelled Pokrovsk in the last week of September.", PUB) if e.event_type]
    assert events and {(e.date.start, e.date.end) for e in events} == {(D("2024-09-24"), D("2024-09-30"))}


def test_without_a_publication_day_the_last_week_of_a_month_is_still_no_relative_week() -> None:
    (d,) = find_dates("Sales rose in the last week of December 2004.", None)
    assert (d.text, d.start_date, d.end_date) == ("December 2004", D("2004-12-25"), D("2004-12-31"))


@pytest.mark.parametrize(("text", "day"), [
    ("Ukrainian forces struck Kherson, which Russian troops captured on March 2, on Friday.", D("2024-10-18")),
    ("Gunmen attacked a bus near Kidal, which rebels had held since June, on Monday.", D("2024-10-21")),
])
def test_a_date_in_a_which_clause_gives_way_to_the_acts_own(text: str, day: date) -> None:
    events = [e for e in extract(text, PUB) if e.event_type]
    assert events and {(e.date.start, e.date.end) for e in events} == {(day, day)}


def test_a_which_clause_date_alone_still_dates_the_act() -> None:
    text = "Ukrainian forces struck Kherson, which Russian troops had shelled on October 20."
    events = [e for e in extract(text, PUB) if e.event_type]
    assert events and {e.date.start for e in events} == {D("2024-10-20")}
