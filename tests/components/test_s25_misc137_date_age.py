"""A month's third is stored, but the age filters judge it by its whole month; "since <part>" ends with that part."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.assemble_link import month_aged
from eventwire.components.dates import find_dates

D = date.fromisoformat
FRONT = ("Russian forces shelled Orikhiv on November 2. Russian forces struck Zaporizhzhia City on November 2. "
         "Russian forces shelled Kramatorsk on November 2. Russian forces attacked Soledar on November 2. ")


@pytest.mark.parametrize("tail", [
    "Ukrainian forces retook Kupiansk in late October, when they crossed the river.",
    "Russian forces shelled Toretsk in late October and have since pulled back.",
])
def test_late_last_month_stays_background_in_a_front_report(tail: str) -> None:
    # review D2: late October starts 13 days before 3 November, but October as a whole is older than 14 days
    events = [e for e in extract(FRONT + tail, D("2022-11-03")) if e.event_type]
    assert len(events) == 4
    assert {e.date.start for e in events} == {D("2022-11-02")}


def test_month_aged() -> None:
    assert month_aged(D("2022-10-21"), "month") == D("2022-10-01")
    assert month_aged(D("2022-10-10"), "month", last=True) == D("2022-10-31")
    assert month_aged(D("2022-10-21"), "day") == D("2022-10-21")
    assert month_aged(None, "month") is None


@pytest.mark.parametrize(("text", "start", "end"), [
    # review D3: the act that began the span is a point in the past, not a run to the story's day
    ("Insurers have raised premiums since late October, when a drone hit a freighter off Fujairah.",
     D("2022-10-21"), D("2022-10-31")),
    ("Fishermen have stayed in port since early October, when gunmen attacked a trawler off Fujairah.",
     D("2022-10-01"), D("2022-10-10")),
])
def test_since_when_keeps_the_part(text: str, start: date, end: date) -> None:
    (e,) = [e for e in extract(text, D("2022-11-22")) if e.event_type]
    assert (e.date.start, e.date.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Drones hit Odesa, the first strike on the port since the end of September, officials said.",
    "Drones hit Odesa, the heaviest raid on the port since the start of September, officials said.",
])
def test_first_since_a_part_is_the_reports_day(text: str) -> None:
    (e,) = [e for e in extract(text, D("2022-11-22")) if e.event_type]
    assert (e.date.start, e.date.end) == (D("2022-11-22"), D("2022-11-22"))


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Quito at the end of march on Friday.",
    "Police fired tear gas at protesters in Quito at the start of march on Friday.",
])
def test_lowercase_march_after_of_is_the_walk(text: str) -> None:
    assert [d.text for d in find_dates(text, D("2022-11-22"))] == ["Friday"]
    (e,) = [e for e in extract(text, D("2022-11-22")) if e.event_type]
    assert e.date.start == D("2022-11-18")
