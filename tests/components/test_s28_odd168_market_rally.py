"""Session 28, odd168: a rally of prices or markets is no demonstration, and "protested that <clause>" with no crowd
is a complaint told. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2024, 5, 20)


def _coded(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.plover.event if e.plover else None) for e in extract(text, published=DAY)]


def test_a_rally_of_prices_or_markets_is_no_protest() -> None:
    assert _coded("Oil exports rose by 30%, reflecting the rally in global oil prices.") == []
    assert _coded("The dollar rallied on Monday as investors bought shares.") == []


def test_a_rally_of_a_crowd_or_for_a_cause_stays_a_protest() -> None:
    assert _coded("About 5,000 miners attended a rally in Leeds on Monday.") == [("Protests", "PROTEST")]
    assert _coded("A rally against high fuel prices took place in Lagos on Friday.") == [("Protests", "PROTEST")]


def test_protested_that_with_no_crowd_is_a_complaint() -> None:
    assert _coded("Foreign banks have protested that the new rules are unfair.") == [(None, "ACCUSE")]
    assert _coded("Thousands of students protested that the vote was rigged in Dhaka on Monday.") == \
        [("Protests", "PROTEST")]
