"""A town named inside the bracketed note of a list item only locates the item: the act is at the item. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import places_of
from eventwire.api import extract

PUB = date(2022, 8, 31)


def _clashes(text: str) -> set[str | None]:
    """The places of the armed clashes extracted from the text."""
    return places_of(text, PUB)


def test_items_toward_villages_with_outskirts_notes_are_clashes_at_the_villages():
    out = _clashes("Russian troops conducted offensive operations toward Krasnohorivka (some 11km west of the edge of "
                   "Donetsk City) and Pisky (at the northwestern edge of Donetsk City) on August 31.")
    assert out == {"Krasnohorivka", "Pisky"}


def test_a_single_item_with_an_outskirts_note_is_a_clash_at_the_item():
    out = _clashes("Russian troops conducted offensive operations toward Pisky (at the northwest edge of Donetsk City) "
                   "on August 31.")
    assert out == {"Pisky"}


def test_a_town_told_outside_brackets_still_counts():
    # The bracket closes before the town: the town is no note of it.
    out = _clashes("Russian troops (a motor rifle brigade, Kyiv said) conducted offensive operations near Donetsk City "
                   "on August 31.")
    assert out == {"Donetsk"}


def test_a_bracket_that_tells_the_strike_keeps_its_place_and_adds_no_country():
    out = {(e.sub_event_type, e.location.name if e.location else None)
           for e in extract("Russia (in a drone strike on Kharkiv) killed five people on Friday, regional officials said.",
                            published=date(2022, 11, 19))}
    assert out == {("Air/drone strike", "Kharkiv")}


def test_a_bracket_that_tells_the_fighting_keeps_the_clash_there():
    assert _clashes("Russian soldiers in Vorzel and Hostomel (a little west of continued fighting in Irpin) built new "
                    "trenches on August 31.") == {"Irpin"}
