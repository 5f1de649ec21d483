"""Session 31, dateline184 mends after review: a kicker title is no body copy (D1), a country acting in the lead is
no place told with the act (D2), and a bare undated dateline names a town or capital (D3). Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.triggers import is_heading
from eventwire.geoparsing.dateline import wire_dateline
from eventwire.model import is_violent

DAY = date(2024, 3, 18)


def _places(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "YEMEN — Airstrike Kills Six In Taiz\nAn airstrike hit a market in Taiz on Sunday, killing six people.",
    "SOMALIA — Car Bomb Kills Nine\nA car bomb went off near a checkpoint on Sunday, killing nine people.",
])
def test_a_country_kicker_title_over_its_body_is_a_heading_and_one_event(text: str) -> None:
    assert is_heading(text, 0, text.index("\n"))
    assert len(_places(text)) == 1


@pytest.mark.parametrize("text", [
    "KYIV (AP) — Russia sent a swarm of drones overnight, killing two people, officials said.",
    "KYIV (Reuters) - Russia shelled a suburb on Sunday, killing three people.",
    "KYIV — Russia fired missiles at the city before dawn, killing five people.",
])
def test_a_country_acting_in_the_lead_leaves_the_bureau_town_standing_in(text: str) -> None:
    assert _places(text) == ["Kyiv"]  # the city, not the ADM1 "Kyiv City" (session 32, dateline187)


def test_a_country_told_as_the_place_still_beats_the_bureau_town() -> None:
    assert _places("WASHINGTON (AP) — A U.S. drone strike in Iraq killed three fighters on Sunday.") == ["Iraq"]


@pytest.mark.parametrize("text", [
    "NATO - Allies met to discuss air defence.",  # an organisation
    "US — Gunmen shot two guards at a depot.",  # a country code
    "SUDAN — Fighters burned a village.",  # a country, no town: a kicker
    "MIDDLE EAST — Talks stalled again.",  # a region
    "By Jane Doe (AP) — Jets struck a depot.",  # a byline
    "WATCH (Video) - Jets struck a depot.",  # a label
])
def test_undated_heads_that_name_no_town_are_no_datelines(text: str) -> None:
    assert wire_dateline(text) is None


def test_an_undated_capital_in_capitals_is_a_dateline() -> None:
    m = wire_dateline("KABUL — A bomb hit a bus.")
    assert m is not None and m.group() == "KABUL — "
