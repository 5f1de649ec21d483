"""A part of the current month that holds the publication day ends there for a past act; a planned act and a part
wholly before or after the day are as before. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import eventwire

NOV_15 = date(2024, 11, 15)


def _span(text: str) -> list[tuple[str, str]]:
    return [(str(e.date.start), str(e.date.end)) for e in eventwire.extract(text, published=NOV_15)]


def test_a_past_act_in_the_part_holding_the_day_ends_at_it() -> None:
    assert _span("Shelling killed four people in Kherson in mid-November.") == [("2024-11-11", "2024-11-15")]
    assert _span("Shelling killed four people in Kherson in mid-November 2024.") == [("2024-11-11", "2024-11-15")]


def test_other_parts_and_plans_are_unchanged() -> None:
    assert _span("Shelling killed four people in Kherson in early November.") == [("2024-11-01", "2024-11-10")]
    assert _span("Protesters will march in Kherson in late November.") == [("2024-11-15", "2024-11-15")]
    assert _span("Protesters will march in Kherson in mid-November.") == [("2024-11-11", "2024-11-20")]
