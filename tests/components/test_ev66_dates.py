"""Round 66: the day a post went up dates the post, not a later sentence's act."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent


def _dated(text: str) -> dict[str | None, date | None]:
    return {e.location.name if e.location else None: e.date.start
            for e in extract(text, published=date(2022, 8, 8)) if is_violent(e)}


def test_a_posting_day_does_not_date_the_next_sentence() -> None:
    text = ("Social media footage posted on August 5 previously showed Russian forces inside a school. Russian troops "
            "additionally conducted localized ground attacks near Avdiivka.")
    got = _dated(text)
    assert got and all(d == date(2022, 8, 8) for d in got.values())


def test_a_day_told_for_the_fighting_still_dates_the_next_sentence() -> None:
    text = ("Russian forces attacked Pisky on August 5. Russian troops additionally conducted localized ground attacks "
            "near Avdiivka.")
    assert date(2022, 8, 5) in _dated(text).values()
