"""News and wire stories (session 17): "the raid took place off the X coast" tells where the act just reported was."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 5, 12)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)]


def test_the_next_sentence_places_an_act_told_only_at_the_dateline() -> None:
    text = ("KUWAIT, May 12 - Iraqi jets attacked and hit a large vessel today, a military spokesman said.\n\n"
            "He said the raid took place off the Iranian coast at dawn and all aircraft returned safely.")
    assert _places(text) == ["Iran"]


def test_a_town_of_a_country_the_story_never_names_does_not_move_the_act() -> None:
    # "Kano" with no other mention of Nigeria in a story from Bogota: a misread village, not where.
    text = ("BOGOTA, May 12 - Six rebels and a soldier were killed in fighting between army troops and rebels. "
            "The fighting occurred in Kano, the army said.")
    assert _places(text) == ["Bogotá"]


def test_an_act_with_a_place_of_its_own_is_not_moved() -> None:
    text = ("KUWAIT, May 12 - Iraqi jets attacked a tanker near Basra today, a spokesman said.\n\n"
            "He said the raid took place off the Iranian coast.")
    assert _places(text) == ["Basrah"]
