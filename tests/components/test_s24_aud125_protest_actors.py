"""Session 24 (aud125): a state, its forces or a named person is never ACLED's crowd; a nationality on the protest's
target is not the crowd's (sentences written for this test or by the branch's reviewer)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article

PUB = date(2025, 3, 12)
LEAD = "Markets were calm. "


def _protest_actors(text: str) -> list[list[str]]:
    """The actor-role names of every ACLED protest or riot the pipeline codes in `text`."""
    doc = load_pipeline()(Article(text=LEAD + text, published=PUB))
    return [[a.name for a in e.actors if a.role == "actor"] for e in doc.events
            if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize(("text", "expected"), [
    # a person as the subject, with a protest coded: the unnamed crowd of the place (was "Maria Lopez")
    ("Senator Maria Lopez spoke to reporters as protests grew in Manila on Monday.", [["Protesters (Philippines)"]]),
    # no place: no crowd at all (was "Maria Lopez")
    ("Senator Maria Lopez rose to fame on the back of the farm protests.", [[]]),
    # a state's police beside protests (was "Police Forces of Kenya")
    ("Kenyan police sealed off the campus as the student protests spread.", [[]]),
    # the army that fired on the march is not its crowd (was "Military Forces of Sudan")
    ("Sudan's army fired on a protest march in Omdurman on Sunday, killing five.", [["Protesters (Sudan)"]]),
])
def test_a_state_force_or_person_is_no_crowd(text: str, expected: list[list[str]]) -> None:
    assert _protest_actors(text) == expected


@pytest.mark.parametrize(("text", "stand_in"), [
    ("A Chinese company's office in Nairobi was the target of protests on Monday.", "Protesters (China)"),
    ("The Turkish president's visit drew protests on Monday.", "Protesters (Turkey)"),
    ("The French ambassador was met by protests on Monday.", "Protesters (France)"),
])
def test_the_targets_nationality_is_not_the_crowds(text: str, stand_in: str) -> None:
    coded = _protest_actors(text)
    assert coded and not any(stand_in in names for names in coded), coded


def test_crowds_told_with_a_place_keep_their_stand_in() -> None:
    assert ["Protesters (United Kingdom)"] in _protest_actors(
        "Members of a climate group protested outside the parliament in London on Tuesday.")
    assert ["Protesters (Nigeria)"] in _protest_actors("Thousands of students joined protests in Lagos on Monday.")
