"""`calendar_dates`: the date phrases that name a calendar day, not a weekday read back from publication."""

from __future__ import annotations

from datetime import date

from eventwire.components.dates import calendar_dates

PUB = date(2025, 6, 10)


def test_calendar_phrases_are_kept_with_their_first_day() -> None:
    got = {t: [(m.start_date, m.end_date) for m in calendar_dates(t, PUB)]
           for t in ("June 6-8", "June 6 to 9", "7 June 2025", "2025-06-05")}
    assert got == {
        "June 6-8": [(date(2025, 6, 6), date(2025, 6, 8))],
        "June 6 to 9": [(date(2025, 6, 6), date(2025, 6, 9))],
        "7 June 2025": [(date(2025, 6, 7), date(2025, 6, 7))],
        "2025-06-05": [(date(2025, 6, 5), date(2025, 6, 5))],
    }


def test_relative_phrases_are_dropped() -> None:
    for text in ("on Thursday", "yesterday", "overnight", "two days ago", "last week"):
        assert calendar_dates(text, PUB) == []
