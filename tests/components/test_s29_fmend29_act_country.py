"""Session 29, final-read mends D2 and remark 1: every trigger of one act keeps the country the act is told in (a
speaker's country after it is not where), and the town a cut road or supply led to is not where the works were.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2024, 5, 10)


def _events(text: str, day: date = DAY) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


@pytest.mark.parametrize("text, where", [
    ("A US drone strike on Friday in Somalia killed two al-Shabaab fighters, US Africa Command said. The United "
     "States said it would continue. American officials said no civilians were hurt.", "Somalia"),
    ("A US air strike in Syria killed an Islamic State leader on Tuesday, US Central Command said. The United States "
     "said no civilians were hurt.", "Syria"),
])
def test_one_act_told_in_a_country_is_one_event_there(text: str, where: str) -> None:
    assert _events(text) == [("Air/drone strike", where)]


def test_a_town_told_with_the_country_keeps_the_town() -> None:
    text = ("A US drone strike on Friday near Jilib in Somalia killed two fighters, US Africa Command said. The "
            "United States said it would continue.")
    assert _events(text) == [("Air/drone strike", "Jilib")]


@pytest.mark.parametrize("text", [
    "The army said rebels blew up the bridge over the Lempa river, cutting the road to San Miguel.",
    "Guerrillas dynamited a pylon, cutting power to Huancayo.",
])
def test_the_town_a_cut_road_or_supply_led_to_is_not_where(text: str) -> None:
    assert _events(text, date(1987, 3, 10)) == [("Remote explosive/landmine/IED", None)]


def test_a_place_told_before_the_cut_still_places_it() -> None:
    text = "Rebels blew up a bridge near Usulutan, cutting the highway to San Miguel, the army said."
    assert _events(text, date(1987, 3, 10)) == [("Remote explosive/landmine/IED", "Usulután")]
