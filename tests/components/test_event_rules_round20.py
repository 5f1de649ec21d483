"""Round 20 (session 4): which told date dates an event (sentences written for the test)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2022, 6, 29)


def _dated(text: str, place: str) -> set[date | None]:
    events: list[Event] = extract(text, published=PUB)
    return {e.date.start for e in events if e.location is not None and e.location.name == place}


def test_an_old_date_does_not_carry_into_the_next_sentence() -> None:
    # The May 15 crossing is background; the next sentence has no date and tells today's fighting.
    text = ("Ukrainian artillery wiped out a battalion attempting a river crossing at Bilohorivka on May 15. "
            "Russian forces continued assaults on settlements near Lysychansk.")
    dated = _dated(text, "Lysychansk")
    assert dated and date(2022, 5, 15) not in dated


def test_a_recent_date_still_carries_into_the_next_sentence() -> None:
    # A day of this report's window still dates the sentence after it.
    text = ("Russian forces shelled Kharkiv on June 27. Russian troops also attacked positions near Lysychansk.")
    assert _dated(text, "Lysychansk") == {date(2022, 6, 27)}


def test_a_date_in_parentheses_is_an_aside() -> None:
    text = "Ukrainian forces continued a successful counterattack (begun on April 16) near Bazaliivka."
    assert _dated(text, "Bazaliivka") == {PUB}
    # A date inside the same brackets as the trigger still dates it.
    inner = _dated("Russian troops hold the town (they shelled Izyum on June 27).", "Izyum")
    assert inner == {date(2022, 6, 27)}


def test_a_told_story_keeps_the_old_date_of_the_sentence_before() -> None:
    # No "continued": the sentence goes on telling the old story, so the old day still dates it (and the recalled
    # event is then dropped as old, not coded on the publication day).
    text = ("Russian troops crossed the river at Bilohorivka on March 2. "
            "Russian troops then captured Lysychansk after heavy fighting.")
    assert PUB not in _dated(text, "Lysychansk")
