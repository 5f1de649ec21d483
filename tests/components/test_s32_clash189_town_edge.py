"""Troops that advanced to, into or on a named town's outskirts fight for that town (any bearing, the intercardinal ones
too); a crowd or the police doing so, an aim to get there, or an unopposed move is no clash. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

from coding_helpers import places_of

PUB = date(2022, 12, 2)


def _clashes(text: str) -> set[str | None]:
    """The places of the armed clashes extracted from the text."""
    return places_of(text, PUB)


def test_advanced_to_a_bearing_outskirts():
    assert _clashes("On Thursday Russian troops advanced to the western outskirts of Vilshana.") == {"Vilshana"}


def test_advanced_into_intercardinal_outskirts():
    assert _clashes("Video posted on Thursday showed that Russian units advanced into northeastern outskirts of "
                    "Marinka.") == {"Mar'yinka"}


def test_advanced_on_the_outskirts():
    assert _clashes("Ukrainian troops advanced on the southwestern outskirts of Bakhmut on Thursday.") == {"Bakhmut"}


def test_plain_outskirts_after_advanced_to():
    assert _clashes("On Thursday Ukrainian units advanced to the outskirts of Bruskynske.") == {"Bruskynske"}


def test_no_armed_party_no_clash():
    assert _clashes("Riot police advanced to the outskirts of Nairobi on Thursday.") == set()


def test_an_unopposed_advance_is_no_clash():
    assert _clashes("Russian troops advanced to the outskirts of Kherson unopposed on Thursday.") == set()


def test_an_aim_to_advance_is_no_clash():
    assert _clashes("Rebel fighters plan to advance to the outskirts of Kadugli next week.") == set()


def test_a_bare_advance_to_a_town_stays_uncoded():
    assert _clashes("On Thursday Russian troops advanced to Vilshana.") == set()
