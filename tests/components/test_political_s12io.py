"""Session 12: a schedule note ("Coverage will resume Monday") is no promise; a promise needs an actor making it."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2022, 11, 23)


def _agree(text: str) -> list[tuple[str, ...]]:
    """The actors of each AGREE the pipeline codes in `text` (sentences written for this test)."""
    doc = load_pipeline()(Article(text=text, published=PUB))
    return [tuple(a.name for a in e.actors) for e in doc.events if e.plover and e.plover.event == "AGREE"]


def _decided(text: str) -> list[str]:
    doc = load_pipeline()(Article(text=text, published=PUB))
    return [d["status"] for d in doc.decisions if d.get("stage") == "political"]


@pytest.mark.parametrize("text", [
    "The team will not publish an update on Thursday. Coverage will resume Friday, November 25.",  # a publisher
    "The institute will resume regular updates on December 6.",  # its own output goes on
    "The institute will continue to report daily observed activity near the border.",
    "We cannot confirm the advance yet but will continue to provide updates as the situation unfolds.",
    "Reservist exercises in Brest Oblast will continue until December 1, the ministry said.",  # an activity
    "The governor said the evacuation will continue until Friday.",
    "Officials said that partial mobilization will continue until December 10.",
    "The minister said the army will continue its second wave of mobilization until December 10.",
])
def test_a_schedule_is_no_promise(text: str) -> None:
    assert _agree(text) == []
    assert "schedule" in _decided(text)  # left uncoded with its reason, as other uncoded matches are


@pytest.mark.parametrize(("text", "actor"), [
    ("Germany will continue to provide air defense systems to Ukraine.", "Germany"),
    ("Washington will continue its support for Kyiv, the secretary said.", "United States"),
    ("The German government will resume arms deliveries to Kyiv next week.", "German government"),
    # Words between the verb and an activity noun that belong to another clause do not make it an activity.
    ("Poland will continue to supply fuel even as evacuations proceed, the premier said.", "Poland"),
    # A past pledge has its maker as subject, even one named like an activity.
    ("The Trump campaign pledged to release the records.", "Donald Trump"),
])
def test_an_actor_promising_to_go_on_is_still_a_promise(text: str, actor: str) -> None:
    assert any(actor in names for names in _agree(text))
