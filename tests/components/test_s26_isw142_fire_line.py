"""Fire told along a line between two named towns is shelling at each town (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pipeline import load_pipeline_config
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2023, 5, 4)
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


def _events(text: str) -> set[str]:
    """Every event of the default pipeline as 'sub-type@place'."""
    return {f"{e.sub_event_type}@{e.location.name if e.location else None}" for e in extract(text, published=PUB)}


def test_fire_along_a_line_between_two_towns_is_shelling_at_each():
    assert _shelled("Russian troops kept firing along the Siversk-Soledar front line on May 3.") == {"Siversk",
                                                                                                    "Soledar"}
    assert _shelled("Russian gunners went on to fire along the Vuhledar-Marinka frontline on May 3.") == {
        "Vuhledar", "Mar'yinka"}


def test_the_line_fire_is_placed_at_the_line_not_at_a_town_of_a_later_clause():
    # The picker preferred the later town (a place the clause tells of massing or of a fight), not the line.
    said = "Russian units fired along the Vuhledar-Marinka frontline, and Ukrainian officials said Russian forces " \
           "were massing near Pokrovsk."
    assert _events(said) == {SHELL + "@Vuhledar"}
    assert _shelled(said) == {"Vuhledar", "Mar'yinka"}
    fought = "Russian units fired along the Vuhledar-Marinka frontline, and Ukrainian troops repelled an assault " \
             "near Kurakhove."
    assert _events(fought) == {SHELL + "@Vuhledar", "Armed clash@Kurakhove"}
    # Short texts have no codebook line rule: the act stands at the first town of the pair, whichever it is.
    assert _events("Russian troops fired along the Donetsk City-Avdiivka line.") == {SHELL + "@Donetsk"}


def test_fire_along_two_regions_or_a_river_and_a_town_is_no_line_of_towns():
    # Two regions' cities lie far apart; a river is no town: neither names a local line.
    assert _shelled("Russian units fired along the Kharkiv-Luhansk frontline on May 3.") == set()
    # Only the towns of the dash pair count: a town named after the line ("near Bilozerka") is not one of its ends.
    assert _shelled("Russian troops fired along the Dnipro River-Kherson line near Bilozerka on May 3.") == set()
    assert _shelled("Russian gunners fired along the Siverskyi Donets River-Siversk line near Lysychansk on "
                    "May 3.") == set()


def test_only_the_verb_fire_tells_of_shelling_along_a_line():
    # The noun is a blaze, small-arms or friendly fire: no shelling.
    assert _shelled("Farmers reported a grass fire along the Siversk-Soledar line on May 3.") == set()
    assert _shelled("Both sides traded small arms fire along the Siversk-Soledar line on May 3.") == set()
    assert _shelled("Several Russian soldiers died from friendly fire along the Siversk-Soledar line on "
                    "May 3.") == set()


def test_fire_stopped_along_a_line_or_fire_along_an_unnamed_line_is_no_new_event():
    assert _shelled("Ukrainian gunners stopped firing along the Siversk-Soledar line on May 3.") == set()
    assert _shelled("Russian forces held fire along the Vuhledar-Marinka frontline.") == set()
    # The plain line of contact names no towns: this rule leaves it to the older "routine fire along" rule.
    assert _shelled("Soldiers fired along the line of contact.") == set()
