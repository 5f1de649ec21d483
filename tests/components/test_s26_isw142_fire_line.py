"""Fire told along a line between two named towns is shelling at each town (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pipeline import load_pipeline_config
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2022, 7, 16)
SHELL = "Shelling/artillery/missile attack"


def _run(text: str) -> WorkDoc:
    """The default pipeline with the codebook's front-report size gate off (the test texts are short)."""
    config = load_pipeline_config(None)
    for stage in config["stage"]:
        if stage["name"] == "codebook.rules.v1":
            stage["args"] = {"min_events": 0}
    return Pipeline.from_config(config)(Article(text=text, published=PUB))


def _shelled(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in _run(text).events if e.sub_event_type == SHELL}


def test_fire_along_a_line_between_two_towns_is_shelling_at_each():
    assert _shelled("Russian forces continued to fire along the Avdiivka-Donetsk City line of contact on July "
                    "16.") == {"Avdiyivka", "Donetsk"}
    assert _shelled("Russian troops fired along the Avdiivka-Donetsk City frontline but made no ground "
                    "attacks.") == {"Avdiyivka", "Donetsk"}


def test_fire_along_two_regions_or_a_river_and_a_town_is_no_line_of_towns():
    # The two oblasts' cities lie far apart; a river is no town: neither names a local line.
    assert _shelled("Russian forces continued to fire along the Donetsk-Luhansk frontline on July 16.") == set()
    assert _shelled("Russian forces continued to fire along the Oskil River-Kreminna line on July 16.") == set()


def test_fire_stopped_along_a_line_or_fire_along_an_unnamed_line_is_no_new_event():
    assert _shelled("Russian forces ceased fire along the Avdiivka-Donetsk City line of contact.") == set()
    assert _shelled("Russian forces held fire along the Avdiivka-Donetsk City line of contact.") == set()
    # The plain line of contact names no towns: this rule leaves it to the older "routine fire along" rule.
    assert _shelled("Soldiers fired along the line of contact.") == set()
