"""Final read (session 20): a doubt told after ", but" or ";", or a strong doubt before the quote, doubts the claim.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

import eventwire


@pytest.mark.parametrize("text", [
    "Russian bloggers said that Russian forces “liberated” Pisky on June 3, but ISW cannot confirm these claims.",
    "Russian forces “liberated” Pisky on June 3, although ISW cannot independently verify this claim.",
    "Russian forces “liberated” Pisky on June 3; ISW cannot confirm this.",
    "ISW cannot confirm claims that Russian forces “liberated” Pisky on June 3.",
])
def test_a_doubted_quoted_capture_is_no_event(text: str) -> None:
    assert [e for e in eventwire.extract(text, published=date(2022, 6, 4)) if e.event_type == "Battles"] == []


def test_a_claim_by_someone_else_before_the_quote_doubts_nothing() -> None:
    text = "Russian forces “liberated” Pisky on June 3 after a claim by Kyiv that the town was empty."
    assert [e.location.name for e in eventwire.extract(text, published=date(2022, 6, 4))
            if e.event_type == "Battles" and e.location] == ["Pisky"]


def test_a_clause_opened_by_and_in_two_regions_is_no_list_item() -> None:
    # "and in <region> and <region> oblasts <clause>" opens a clause, as the one-region form does (round 83's guard).
    text = "Russian troops struck Kramatorsk, and in Donetsk and Luhansk oblasts civilians were evacuated on June 3."
    places = [e.location.name for e in eventwire.extract(text, published=date(2022, 6, 4)) if e.location]
    assert places == ["Kramatorsk"]

