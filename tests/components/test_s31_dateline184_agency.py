"""Session 31, dateline184: modern agency datelines with no date ("KYIV (Reuters) - ", "GAZA CITY, Gaza Strip (AP) — ",
"LIMA, Peru — ") are wire datelines, so the wire placement rules apply to them. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.dates import local_day
from eventwire.components.triggers import is_heading
from eventwire.geoparsing.dateline import wire_dateline
from eventwire.model import is_violent

DAY = date(2024, 3, 18)


def _places(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize(("text", "head"), [
    ("BEIRUT (AP) — Jets struck a village.", "BEIRUT (AP) — "),
    ("KYIV (Reuters) - Missiles hit the city.", "KYIV (Reuters) - "),
    ("GAZA CITY, Gaza Strip (AP) — A strike hit a house.", "GAZA CITY, Gaza Strip (AP) — "),
    ("LIMA, Peru — Rebels attacked a post.", "LIMA, Peru — "),
    ("JERUSALEM — Police said.", "JERUSALEM — "),
    ("Rebels attack post\n\nNAJAF, Iraq - Gunfire rang out.", "NAJAF, Iraq - "),
])
def test_undated_agency_datelines_are_read(text: str, head: str) -> None:
    m = wire_dateline(text)
    assert m is not None and m.group().strip() == head.strip() and m.group("date") is None


@pytest.mark.parametrize("text", [
    "AP - A company won a grant to study peptides.",  # an agency alone names no place
    "ANALYSIS - Why the talks failed.",  # a label in capitals is no known place
    "Ukraine war - what we know so far.",  # no agency and not in capitals
    "Gunmen killed five people - police said.",
])
def test_undated_leads_without_agency_or_known_capital_place_are_none(text: str) -> None:
    assert wire_dateline(text) is None


def test_an_undated_dateline_gives_no_local_day() -> None:
    assert local_day("KYIV (Reuters) - Missiles hit the city on Monday.", DAY) is None


def test_an_undated_agency_lead_cut_at_its_line_end_is_body_not_a_heading() -> None:
    text = "KABUL (Reuters) - A Car Bomb Killed Twelve\nPeople near the airport on Monday."
    assert not is_heading(text, 0, text.index("\n"))


def test_a_compass_part_of_the_country_beats_an_undated_bureau_town() -> None:
    assert _places("BEIRUT (AP) — Israeli warplanes raided south Lebanon on Monday, killing three people.") == [
        "Lebanon"]


def test_an_undated_lead_retold_at_its_town_next_is_one_event_there() -> None:
    text = ("MANILA (AP) — Suspected rebels bombed an army school and hurt 12 cadets, the state radio said.\n\n"
            "A bomb exploded at the school in Baguio, north of Manila, before dawn, the radio said.")
    assert _places(text) == ["Baguio"]
