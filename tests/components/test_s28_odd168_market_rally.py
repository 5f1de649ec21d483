"""Session 28, odd168: a rally whose own subject or object is a market is no demonstration, and a firm's "protested
that <clause>" is a complaint told. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

DAY = date(2024, 5, 20)
PROTEST = [("Protests", "PROTEST")]


def _coded(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.plover.event if e.plover else None) for e in extract(text, published=DAY)]


@pytest.mark.parametrize("text", [
    "Oil exports rose by 30%, reflecting the rally in global oil prices.",
    "The dollar rallied on Monday as investors bought shares.",
    "Copper prices rallied on Tuesday after the strike at the mine ended.",
    "Gold rally lifts mining shares",
    "The yen failed to extend that rally on Thursday.",
    "The pound rose, ending a rally for sterling that began in May.",
])
def test_a_rally_of_prices_or_markets_is_no_protest(text: str) -> None:
    assert not any(t == "Protests" or p == "PROTEST" for t, p in _coded(text))


@pytest.mark.parametrize("text", [
    "About 5,000 miners attended a rally in Leeds on Monday.",
    "A rally against high fuel prices took place in Lagos on Friday.",
    # the review's D1 rows, reworded: prices, pay or the economy are what the crowd rallies over
    "A rally over diesel prices turned violent in Kano on Saturday.",
    "Bus drivers rallied in Accra on Tuesday over the rising cost of fuel.",
    "Midwives rallied in Kampala on Monday to demand better pay and an end to price rises.",
    "A rally over soaring bread prices in Omdurman was broken up with tear gas on Sunday.",
    "Retired workers rallied in Montevideo on Wednesday over the economy.",
    "Dockers rallied in Valparaiso on Thursday, saying the economy had forgotten them.",
    # a market word that names a trade, not what rose
    "Oil workers rallied in Port Harcourt on Monday.",
])
def test_a_rally_of_a_crowd_or_for_a_cause_stays_a_protest(text: str) -> None:
    assert ("Protests", "PROTEST") in _coded(text)


def test_protested_that_by_a_firm_is_a_complaint() -> None:
    assert _coded("Foreign banks have protested that the new rules are unfair.") == [(None, "ACCUSE")]
    assert _coded("Thousands of students protested that the vote was rigged in Dhaka on Monday.") == PROTEST


@pytest.mark.parametrize("text", [
    # the review's D2 rows, reworded: a crowd with no listed noun still demonstrates
    "Herders protested that the new canal had drowned their pastures, blocking the highway in Sindh on Monday.",
    "Boatmen protested that the chemical leak had killed the fish, burning tyres in Port Harcourt on Monday.",
    "Market vendors in Lahore protested that the new levy would ruin them.",
])
def test_protested_that_by_a_crowd_stays_a_protest(text: str) -> None:
    assert ("Protests", "PROTEST") in _coded(text)
