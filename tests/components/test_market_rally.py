"""A market rally is no protest; a street rally still is."""

from datetime import date

import eventwire


def _protests(text: str) -> list[str]:
    return [e.sub_event_type for e in eventwire.extract(text, published=date(2024, 3, 5)) if e.event_type == "Protests"]


def test_a_market_rally_is_no_protest() -> None:
    assert _protests("Talk of a dry spell helped the wheat futures market rally on Tuesday.") == []
    assert _protests("Bank shares rallied in Frankfurt after the rate decision.") == []
    assert _protests("Traders saw a rally in bonds after the jobs report in London.") == []


def test_a_street_rally_is_a_protest() -> None:
    assert _protests("Thousands of teachers rallied in Nairobi on Monday to demand higher pay.")
