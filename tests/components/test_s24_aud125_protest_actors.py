"""Session 24 (aud125): who a demonstration's crowd is, read as an analyst would (sentences written for this test).

A state, its forces or a named person is never ACLED's crowd; a nationality names the unnamed crowd ("Protesters
(X)"), not the state.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2025, 3, 12)


def _protest_actors(text: str) -> list[list[str]]:
    """The actor-role names of every ACLED protest or riot the pipeline codes in `text`."""
    doc = load_pipeline()(Article(text=text, published=PUB))
    return [[a.name for a in e.actors if a.role == "actor"] for e in doc.events
            if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize(("text", "banned"), [
    # a politician as the subject of a sentence that only names protests
    ("Senator Maria Lopez rose to fame on the back of the farm protests.", "Maria Lopez"),
    # a state's police beside protests told in passing
    ("Kenyan police sealed off the campus as the student protests spread.", "Police Forces of Kenya"),
])
def test_a_state_force_or_person_is_no_crowd(text: str, banned: str) -> None:
    coded = _protest_actors(text)
    assert not any(banned in n for names in coded for n in names), coded


def test_a_nationality_names_the_crowd_not_the_state() -> None:
    # "Brazilian" was coded as the state "Brazil" (a government actor) leading a protest.
    assert _protest_actors("Markets were calm. A Brazilian court was the target of protests by farmers.") \
        == [["Protesters (Brazil)"]]


def test_crowds_told_with_a_place_keep_their_stand_in() -> None:
    assert ["Protesters (United Kingdom)"] in _protest_actors(
        "Members of a climate group protested outside the parliament in London on Tuesday.")
    assert ["Protesters (Nigeria)"] in _protest_actors("Thousands of students joined protests in Lagos on Monday.")
