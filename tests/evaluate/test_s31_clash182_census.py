"""benchmarks/clash_census.py: places of combat in a sentence, one clash paired to each, and the cause of a miss."""

from __future__ import annotations

from datetime import date
from types import ModuleType

import pytest
from evaluate_support import census_module, place

from eventwire.model import DateSpan, Event, Evidence, Location

DAY = date(2022, 11, 20)


@pytest.fixture
def census(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return census_module(monkeypatch, "clash_census")


def _clash(name: str, lat: float, lon: float, start: int = 0, end: int = 1, sub: str = "Armed clash") -> Event:
    return Event(event_type="Battles" if sub == "Armed clash" else "Explosions/Remote violence", sub_event_type=sub,
                 date=DateSpan(start=DAY), location=Location(name=name, lat=lat, lon=lon),
                 evidence=[Evidence(article_id="", start=start, end=end, text="")])


TEXT = "Troops repelled assaults near Alpha and Beta northwest of Gamma. Prices rose in Delta."


def test_a_bearing_anchor_and_a_place_outside_a_combat_sentence_are_no_places_of_combat(census: ModuleType) -> None:
    ms = [place(TEXT, w, 48.0, 37.0) for w in ("Alpha", "Beta", "Gamma", "Delta")]
    names = [p.name for _, _, p in census.combat_places(TEXT, ms)]
    assert names == ["Alpha", "Beta"]


def test_one_clash_pairs_with_one_place_and_the_other_is_taken(census: ModuleType) -> None:
    a, b = place(TEXT, "Alpha", 48.0, 37.0), place(TEXT, "Beta", 48.05, 37.0)  # about 5.6 km apart
    places = [(0, 60, a), (0, 60, b)]
    events = [_clash("Beta", 48.05, 37.0)]
    assert census.pair(places, events, DAY) == {1}  # the clash at Beta itself goes to Beta first
    assert census.cause(TEXT, 0, 60, a, events, DAY) == "taken"


def test_a_shelling_only_is_a_type_miss_and_no_event_in_a_claim_is_a_claim_miss(census: ModuleType) -> None:
    a = place(TEXT, "Alpha", 48.0, 37.0)
    assert census.cause(TEXT, 0, 60, a, [_clash("Alpha", 48.0, 37.0, sub="Shelling/artillery/missile attack")],
                        DAY) == "type"
    claim = "Milbloggers claimed that troops repelled assaults near Alpha."
    assert census.cause(claim, 0, len(claim), a, [], DAY) == "claim"
