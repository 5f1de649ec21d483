"""Session 24 (aud125): an explosion of a feeling ("an explosion of anger") or of a sector ("the clean energy
explosion") is a figure, not a bang; explosions at energy sites, or at a place whose name ends in a feeling word,
stay (sentences written for this test or by the branch's reviewer)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2025, 3, 12)
LEAD = "Markets were calm. "


def _violent(text: str) -> list[str | None]:
    doc = load_pipeline()(Article(text=LEAD + text, published=PUB))
    return [e.sub_event_type for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "The meeting ended in an explosion of anger among the staff.",
    "The fans greeted the goal with an explosion of joy.",
    "The country leads the world in the clean energy explosion.",
    "The verdict was met with an explosion of public grief.",
])
def test_a_figurative_explosion_is_no_event(text: str) -> None:
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    "An explosion in an energy facility in Kharkiv killed two workers on Monday.",
    "A bomb explosion killed three soldiers near Kandahar on Monday.",
    # a venue or a city's nickname ending in a feeling word is a place, not a feeling
    "An explosion in the Joy nightclub in Bucharest killed four people on Saturday.",
    "An explosion in the City of Joy killed three people on Monday.",
    "An explosion at the Rage bar in Lyon injured six people on Friday.",
])
def test_a_bang_stays(text: str) -> None:
    assert _violent(text) != []
