"""The "since <time>" cues end at a word boundary: a name that starts like a month is no time."""

from __future__ import annotations

from eventwire.components.trigger_background import _SINCE_TIME, _SINCE_WHEN


def test_since_time_needs_the_whole_word() -> None:
    assert _SINCE_TIME.match("since May the town")
    assert _SINCE_TIME.match("since mid-March")
    assert _SINCE_TIME.match("since 2014")
    # "Mayor" and "middle" only start like "May" and "mid".
    assert not _SINCE_TIME.match("since Mayor Petrenko took office")
    assert not _SINCE_TIME.match("since the middle of the war")


def test_since_when_takes_a_day_and_month_not_any_word() -> None:
    assert _SINCE_WHEN.search("fighting has raged since 12 May, when the ")
    assert _SINCE_WHEN.search("closed since Saturday, when an ")
    assert _SINCE_WHEN.search("talks have stalled since 3 Sept, when the ")
    assert _SINCE_WHEN.search("talks have stalled since 3 Jan., when the ")
    assert _SINCE_WHEN.search("quiet since Tuesday night, when the ")
    # A number before any other word is a count, not a date.
    assert not _SINCE_WHEN.search("the worst since 12 people, when the ")
    assert not _SINCE_WHEN.search("the worst since 3 Mayors, when the ")
