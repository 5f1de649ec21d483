"""Session 24 (head130): a count and its victim noun with a post-modifier ("working for a charity", "who worked at a
bakery", "from the same family") before "killed" or "shot dead" give the killing its toll and its victims; tallies,
threats and reviews, accidents and numbers inside the modifier stay as they were (sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2024, 3, 1)


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    doc = load_pipeline()(Article(text=text, published=PUB))
    return [(e.event_type, e.sub_event_type, e.fatalities.best if e.fatalities else None) for e in doc.events]


@pytest.mark.parametrize(("text", "toll"), [
    ("Four people working for a charity killed in Gaza", 4),
    ("5 people working with a relief group killed in Gaza, its founder says", 5),
    ("Six people queuing for bread shot dead in Gaza", 6),
    ("Four civilians from the same family killed in Khan Younis", 4),
])
def test_a_post_modified_victim_phrase_is_an_attack_with_its_toll(text: str, toll: int) -> None:
    assert _events(text) == [("Violence against civilians", "Attack", toll)]


@pytest.mark.parametrize(("text", "toll"), [
    ("Three men who worked for a bakery killed in Gaza", 3),
    ("Eight soldiers from the same unit killed in Donetsk", 8),
    ("Seven staff working for an aid group killed in Rafah strike", 7),
])
def test_a_post_modified_victim_phrase_gives_the_toll(text: str, toll: int) -> None:
    events = _events(text)
    assert len(events) == 1 and events[0][2] == toll


@pytest.mark.parametrize("text", [
    # a tally over a span, an accident, a review of an old strike, deaths of another cause
    "Aid workers from 12 agencies killed in Gaza this year",
    "Five workers from a mining firm killed in a mine collapse in Kivu",
    "Seven people travelling in a bus killed in a crash in Punjab",
    "Three people who fled the fighting died in Darfur since the war began",
    "The army will review findings of a strike that killed 7 people working for a charity in Gaza",
])
def test_guards_hold_with_a_post_modified_victim(text: str) -> None:
    assert _events(text) == []


def test_a_number_inside_the_modifier_is_no_toll() -> None:
    events = _events("Villagers from 3 districts killed in Zamfara raid by gunmen")
    assert all(toll != 3 for _, _, toll in events)


def test_a_relative_clause_whose_verb_is_the_killing_lends_no_count() -> None:
    from eventwire.components.casualties import find_casualties
    from eventwire.pipeline.workdoc import WorkDoc

    text = "Priests told of the hundreds of peasants who have been murdered by the gangs in the north."
    doc = load_pipeline()(Article(text=text, published=PUB))
    assert isinstance(doc, WorkDoc)
    assert all(c.count.best is None for c in find_casualties(doc) if c.kind == "killed")
