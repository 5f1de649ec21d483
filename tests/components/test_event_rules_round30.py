"""Round 30: a claimed encirclement of a named place is a battle there."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 5, 20)


def violent(text: str, day: date = _DAY) -> list[tuple[str, str | None]]:
    """(sub-event type, place name) of the violent events found in a text published on `day`."""
    return sorted((e.sub_event_type or "", e.location.name if e.location else None)
                  for e in extract(text, published=day) if is_violent(e))


def test_claimed_encirclement_of_troops_in_two_villages() -> None:
    text = "Separatist officials claimed to have encircled Ukrainian troops in Zolote and Hirske on May 20."
    assert violent(text) == [("Armed clash", "Hirske"), ("Armed clash", "Zolote")]


@pytest.mark.parametrize("text", [
    "The Russian Ministry of Defense claimed that Russian forces have encircled Sumy from three sides on May 20.",
    "Russian troops have surrounded Sumy and are shelling it on May 20.",
])
def test_encircled_or_surrounded_town(text: str) -> None:
    assert ("Armed clash", "Sumy") in violent(text)


@pytest.mark.parametrize("text", [
    # A nationality after the verb names no place: the rule must not read "Ukrainian" as one.
    "Control of the village indicates that Russian forces have bypassed and encircled Ukrainian positions.",
    # Passive "surrounded by" is geography, not an attack.
    "Sumy is surrounded by forests and fields.",
    # An encirclement denied is no event.
    "Russian forces have not encircled Sumy.",
    # A verb with no armed party stays silent.
    "The old walls surrounded Sumy for centuries.",
])
def test_no_encirclement_event(text: str) -> None:
    assert violent(text) == []


def test_all_caps_wire_copy_needs_a_real_name() -> None:
    # In ALL-CAPS copy every word starts with a capital: "SURROUNDED THE EMBASSY" names no place (MUC dev).
    text = "AN INCIDENT WAS REPORTED YESTERDAY, AS THE TROOPS SURROUNDED THE EMBASSY, DEPLOYING BARRIERS."
    assert all(sub != "Armed clash" for sub, _ in violent(text))
