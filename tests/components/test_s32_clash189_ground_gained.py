"""Ground gained at a named town by troops named right before the verb ("forces have established positions in X",
"gained a foothold on the outskirts of X", "established control over two strongholds near X") is a fight there, and
"established control over X" takes the town; a verb that only continues a list of acts, a noun phrase ("newly
established positions") and a gain at a thing are not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 12, 2)


def _events(text: str) -> set[tuple[str | None, str | None]]:
    """(sub-type, place) of the violent events extracted from the text."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=PUB)}


def test_troops_established_positions_in_a_town():
    assert _events("Russian forces have established positions in Bakhmut on Thursday.") == {("Armed clash", "Bakhmut")}


def test_strongholds_near_a_town():
    assert _events("On Thursday Russian troops established control over two strongholds near Soledar.") == {
        ("Armed clash", "Soledar")}


def test_a_foothold_on_a_bearing_outskirts():
    assert _events("Ukrainian units gained a foothold on the northern outskirts of Snihurivka on Thursday.") == {
        ("Armed clash", "Snihurivka")}


def test_control_over_a_town_is_a_taking():
    subtypes = {s for s, place in _events("On Thursday Russian forces established control over Soledar.")
                if place == "Soledar"}
    assert subtypes and subtypes <= {"Armed clash", "Non-state actor overtakes territory", "Government regains territory"}


def test_a_verb_continuing_a_list_of_acts_adds_no_event():
    assert _events("Ukrainian forces pushed Russian troops away from Kupyansk, established positions in Bakhmut on "
                   "Thursday.") == set()


def test_a_noun_phrase_is_no_gain():
    assert ("Armed clash", "Verknokamyanske") not in _events(
        "On Thursday Ukrainian artillery drove Russian troops from newly-established positions in Verknokamyanske.")


def test_control_over_no_place_is_no_event():
    assert _events("The holding established control over Gazprom in 2005.") == set()
