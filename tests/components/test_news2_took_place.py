"""News and wire stories (session 17): "the raid took place off the X coast" tells where the act just reported was."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 5, 12)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)]


def test_the_next_sentence_places_an_act_told_only_at_the_dateline() -> None:
    text = ("KUWAIT, May 12 - Iraqi warplanes struck a Greek freighter today, an army spokesman said.\n\n"
            "He said the raid took place in Iranian waters.")
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


def test_another_act_or_a_time_of_its_own_does_not_move_todays_act() -> None:
    lead = "KABUL, May 12 - Rebels killed seven policemen today, officials said.\n\n"
    # An earlier act, told with its own month.
    assert _places(lead + "The previous raid took place in Herat in January, police said.") == ["Kabul"]
    # The act is the complement of "since", the subject is another.
    assert _places("KARACHI, May 12 - A bomb went off at a bus stop today, killing nine people, police said.\n\n"
                   "It was the deadliest attack since a bombing that took place in Quetta in April.") == ["Karachi"]
    assert _places("COLOMBO, May 12 - A truck bomb exploded near a bus station today, killing 31 people, police "
                   "said.\n\nHe said the talks that followed the attack took place in Oslo, Norway.") == ["Colombo"]


def test_near_a_neighbours_border_is_no_move_to_the_neighbour() -> None:
    assert _places("KABUL, May 12 - Rebels killed seven policemen today, officials said.\n\n"
                   "Police said the attack took place near the Iranian border.") == ["Kabul"]
