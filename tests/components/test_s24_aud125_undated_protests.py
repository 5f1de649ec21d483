"""Session 24 (aud125 mend): undated sentences that report protests ("months of protests", "amid protests" beside the
police action on them) stay coded as before; the branch's "setting" rule, which dropped them, is removed."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2025, 3, 12)
LEAD = "Markets were calm. "  # a first sentence, so the test line is no lone headline


def _protests(text: str) -> list[tuple[str | None, list[str], str | None]]:
    doc = load_pipeline()(Article(text=LEAD + text, published=PUB))
    return [(e.sub_event_type, [a.name for a in e.actors if a.role == "actor"],
             e.location.name if e.location else None) for e in doc.events if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize(("text", "sub", "crowd", "place"), [
    ("Students in Belgrade have staged months of protests against the government over the station collapse.",
     "Peaceful protest", "Protesters (Serbia)", "Belgrade"),
    ("Despite the rain thousands joined protests in Tbilisi against the foreign agents law.",
     "Peaceful protest", "Protesters (Georgia)", "Tbilisi"),
    ("Police fired tear gas at crowds in Nairobi amid protests against the finance bill.",
     "Protest with intervention", "Protesters (Kenya)", "Nairobi"),
    ("At least 30 people have been killed in Kenya during weeks of protests over the finance bill.",
     "Excessive force against protesters", "Protesters (Kenya)", "Kenya"),
    ("Riot police beat students during months of protests in Dhaka.",
     "Protest with intervention", "Protesters (Bangladesh)", "Dhaka"),
])
def test_an_undated_protest_reported_stays(text: str, sub: str, crowd: str, place: str) -> None:
    assert (sub, [crowd], place) in _protests(text)


def test_a_headline_protest_stays() -> None:
    doc = load_pipeline()(Article(text="Georgian prime minister defiant amid mass protests in Tbilisi",
                                  published=PUB))
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in doc.events
            if e.event_type == "Protests"] == [("Peaceful protest", "Tbilisi")]
