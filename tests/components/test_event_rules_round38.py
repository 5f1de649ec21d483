"""Round 38: lone headlines that report a violent event but yielded none (a deadly raid, an armed side's losses)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract


def _coded(headline: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in extract(headline, published=date(2024, 3, 1))]


@pytest.mark.parametrize(("headline", "kind", "place"), [
    # a raid that killed
    ("Soldiers carry out deadly raid on camp near Jenin", "Battles", "Janīn"),
    ("Fatal raid by army troops on rebel hideout in Zamfara", "Battles", "Zamfara State"),
    # an armed side's losses
    ("Rebel fighters suffer heavy casualties near Bunia", "Battles", "Bunia"),
    ("Heavy casualties among the government forces in Idlib", "Battles", "Idlib"),
])
def test_a_headline_that_reports_violence_is_an_event(headline: str, kind: str, place: str) -> None:
    assert (kind, place) in _coded(headline)


@pytest.mark.parametrize("headline", [
    "Police raid office of newspaper in Nairobi",  # a raid with no harm is no violence
    "Hospitals struggle with civilian casualties in Gaza",  # casualties with no armed side losing them
    "Airline suffers heavy losses in Kenya",  # losses of no armed side
    "SUDAN: Rebel forces suffer dozens of deaths",  # losses over a whole country: a tally, not one fight
])
def test_a_headline_with_no_violent_act_stays_empty(headline: str) -> None:
    assert _coded(headline) == []


def test_an_armed_sides_losses_in_a_story_make_no_event_of_their_own() -> None:
    # the rule reads lone headlines only: a story's tallies of losses are left to its other sentences
    text = ("The minister spoke in Nairobi on Monday about the budget. He said the army suffered heavy losses over "
            "the years. He then turned to schools.")
    assert not [e for e in extract(text, published=date(2024, 3, 1)) if e.event_type == "Battles"]
