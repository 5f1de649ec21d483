"""Final review of session 12: aid workers as victims are people, and a long date span opens no site window."""

from __future__ import annotations

from datetime import timedelta

from merge_helpers import next_day_mentions
from test_merge_round24 import kinds
from test_merge_round25 import DAY, raid_reports

from eventwire.model import DateSpan
from eventwire.model.event import Precision


def test_an_aid_group_s_building_is_no_aid_worker_victim() -> None:
    assert kinds("Strike kills five near aid group office in Rafah") == frozenset()
    assert kinds("Israeli strike kills 3 at charity group warehouse") == frozenset()
    # The people still are.
    assert kinds("Strike kills three aid workers in Rafah") == {"aid worker"}
    assert kinds("Relief team killed in Israeli strike on Rafah") == {"aid worker"}


def spanned(precision: Precision) -> dict[str, str]:
    """The next-day mentions of a raid whose reports span the three weeks before `DAY` at `precision`."""
    events = raid_reports()
    for e in events:
        e.date = DateSpan(start=DAY - timedelta(days=20), end=DAY, precision=precision, text="this month")
    return next_day_mentions(events, DAY, "Survivors describe the siege of Al-Nasr Hospital")


def test_a_short_span_s_end_opens_the_site_window() -> None:
    assert spanned("week") == {"art_0": "site"}


def test_a_month_or_year_span_s_end_opens_no_site_window() -> None:
    assert spanned("month") == {}
    assert spanned("year") == {}
