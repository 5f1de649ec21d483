"""Ground gained in a part of a named town ("positions in southeastern X") or a foothold there, by troops named right
before the verb, is a fight there; a bare deployment, a list-continuing verb, a noun phrase and "control over" are
not read by these rules. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 12, 2)


def _events(text: str) -> set[tuple[str | None, str | None]]:
    """(sub-type, place) of the violent events extracted from the text."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=PUB)}


def test_troops_established_positions_in_a_part_of_a_town():
    assert _events("Russian forces have established positions in southeastern Bakhmut on Thursday.") == {
        ("Armed clash", "Bakhmut")}


def test_a_foothold_on_a_bearing_outskirts():
    assert _events("Ukrainian units gained a foothold on the southern outskirts of Kreminna on Thursday.") == {
        ("Armed clash", "Kreminna")}


def test_known_miss_a_verb_continuing_a_list_of_acts():
    # Known miss (review D5): the continuing verb gains ground at another town, a fight by the rule's own cause,
    # but the list guard (gold dev11: one event for one area's advance) refuses it.
    assert _events("Ukrainian forces pushed Russian troops away from Kupyansk, established positions in eastern "
                   "Bakhmut on Thursday.") == set()


def test_a_noun_phrase_is_no_gain():
    assert ("Armed clash", "Lyman") not in _events(
        "On Thursday Ukrainian gunners hit Russian troops in newly-established positions in northern Lyman.")
