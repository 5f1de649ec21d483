"""list191 mends after review: a "; and near X" segment that opens a clause, and a place after a road note that
opens a clause ("X police said"), are no list items. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coding_helpers import places_of

from eventwire.api import extract

PUB = date(2022, 10, 7)
SHELL = "Shelling/artillery/missile attack"


def _events(text: str) -> set[str]:
    """The events extracted from the text, as "type@place"."""
    return {f"{e.sub_event_type}@{e.location.name if e.location else None}" for e in extract(text, published=PUB)}


def _places(text: str, kind: str) -> set[str | None]:
    """The places of the events of one sub-event type extracted from the text."""
    return places_of(text, PUB, kind)


def test_a_semicolon_and_near_segment_that_opens_a_clause_joins_neither_way():
    events = _events("On Friday Russian forces shelled Orikhiv; and near Huliaipole, Ukrainian units downed a drone.")
    assert f"{SHELL}@Orikhiv" in events
    assert f"{SHELL}@Hulyaypole" not in events
    assert "Disrupted weapons use@Orikhiv" not in events


def test_a_semicolon_and_near_segment_followed_by_the_opens_a_clause():
    assert _places("On Friday Russian forces shelled Kupiansk; and near Balakliia the front line was quiet.",
                   SHELL) == {"Kupyansk"}


def test_a_semicolon_and_near_segment_that_closes_the_sentence_still_joins():
    assert {"Kupyansk", "Balakliya", "Izyum"} <= _places(
        "On Friday Russian forces shelled Kupiansk and Balakliia; and near Izium.", SHELL)


def test_a_place_after_a_road_note_followed_by_police_verb_opens_a_clause():
    assert _places("On Friday Russian forces shelled Izium on the M03 highway and Balakliia police said nobody was hurt.",
                   SHELL) == {"Izyum"}


def test_a_place_after_a_road_note_followed_by_city_officials_opens_a_clause():
    assert _places("On Friday Russian forces shelled Chuhuiv on the Kharkiv-Chuhuiv road and Kharkiv city officials "
                   "reported a fire.", SHELL) == {"Chuhuyiv"}


def test_a_place_after_a_road_note_followed_by_officers_or_residents_opens_a_clause():
    assert _places("On Friday Russian forces shelled Sumy on the H07 highway and Okhtyrka officers closed a school.",
                   SHELL) == {"Sumy"}
    assert _places("On Friday Russian forces shelled Nikopol on the T0401 highway and Marhanets residents fled.",
                   SHELL) == {"Nikopol"}


def test_a_place_after_a_road_note_that_ends_the_sentence_still_joins():
    assert {"Nikopol", "Marhanets"} <= _places(
        "On Friday Russian forces shelled Nikopol on the T0401 highway and Marhanets.", SHELL)


def test_police_after_itself_opens_a_clause_too():
    assert _places("On Friday Russian forces shelled Izium itself and Balakliia police said nobody was hurt.",
                   SHELL) == {"Izyum"}
