"""Session 24 (aud125): protests named as the setting of another act ("amid protests", "despite months of
protests"), in a sentence with no date, are background, not a demonstration reported (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2025, 3, 12)
LEAD = "Markets were calm on the island this week. "  # a first sentence, so the test line is no lone headline


def _protests(text: str) -> list[str | None]:
    doc = load_pipeline()(Article(text=LEAD + text, published=PUB))
    return [e.sub_event_type for e in doc.events if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize("text", [
    "The bank delayed its listing amid protests over the election.",
    "The regime has been shaken by months of protests against fuel prices.",
    "The city's bourse has been hit by months of anti-government protests.",
    "The currency fell despite mass demonstrations.",
    "Senator Maria Lopez rose to fame on the back of the farm protests.",
])
def test_protests_as_a_setting_are_no_event(text: str) -> None:
    assert _protests(text) == []


@pytest.mark.parametrize("text", [
    "The minister resigned on Tuesday amid protests over the election.",  # dated: the protests may be news
    "Thousands of students joined protests in Lagos on Monday.",
    "Riot police clashed with students amid anti-government protests in Dhaka on Sunday.",
    "Police fired tear gas at protests in Nairobi despite a court order.",  # "despite" after the noun
])
def test_protests_told_as_news_stay(text: str) -> None:
    assert _protests(text) != []


def test_the_rule_is_decided_with_its_reason() -> None:
    doc = load_pipeline()(Article(text=LEAD + "The bank delayed its listing amid protests.", published=PUB))
    assert any(d.get("status") == "historical" and "setting" in str(d.get("reason")) for d in doc.decisions)
