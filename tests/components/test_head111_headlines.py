"""Headline round of session 23: deaths in mourning or obituary frames are no event; more victims of a bare passive."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components import headline

DAY = date(2015, 6, 3)


def coded(text: str) -> list[tuple[str | None, int | None]]:
    """(event type, fatalities) of each event extracted from one headline."""
    return sorted(((e.event_type, e.fatalities.best) for e in extract(text, published=DAY)), key=str)


@pytest.mark.parametrize("text", [
    "Rebel leaders and allies mourn death of the country's vice president",
    "Former defence minister Arvo Kallas, a veteran of two cabinets, dies at 81",
    "Thousands attend funeral after death of popular governor",
    "Former goalkeeper Tomas Varga dies at age 58",
    "Retired harbour master Ines Rook dead at 90",
    "Veteran ambassador to the African Union dies (AP)",
])
def test_death_in_mourning_or_obituary_frame_is_no_event(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Villagers mourn death of four farmers killed in Kunduz", "Violence against civilians"),
    ("Funeral held for six killed in market bombing in Mosul", "Explosions/Remote violence"),
    ("Soldier wounded in Kabul roadside blast dies", "Explosions/Remote violence"),
])
def test_mourning_with_a_killing_keeps_the_event(text: str, kind: str) -> None:
    assert [k for k, _ in coded(text)] == [kind]


def test_farewell_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rebel leaders and allies mourn death of the country's vice president"
    monkeypatch.setattr(headline, "FAREWELL", 0)
    assert coded(text) != []


@pytest.mark.parametrize("text", [
    "Two journalists killed in southern Lebanon",
    "Teenage girl killed at Jenin checkpoint",
    "Three farmers killed near Maiduguri",
])
def test_bare_passive_killing_of_a_named_victim_is_violence_against_civilians(text: str) -> None:
    assert [k for k, _ in coded(text)] == ["Violence against civilians"]


def test_victim_killed_in_a_mishap_is_no_event() -> None:
    assert coded("Two farmers killed in Kano bus crash") == []


@pytest.mark.parametrize("text, toll", [
    ("Six dead in ethnic violence near Jos Memorial Hospital", 6),  # "Memorial" names a place
    ("Four dead in violence at Memorial Day parade in Jackson", 4),  # ... or a day
    ("Two killed as funeral march turns violent in Karachi", 2),  # violence told beside the funeral
])
def test_a_memorial_name_or_violence_at_a_funeral_keeps_the_event(text: str, toll: int) -> None:
    # Review s23 e: the farewell guard dropped these violent events.
    got = coded(text)
    assert len(got) == 1 and got[0][1] == toll
