"""benchmarks/shell_census.py: sentences that tell fire, places paired with shellings, and the cause of a miss."""

from __future__ import annotations

import importlib
from datetime import date
from types import ModuleType

import pytest
from evaluate_support import census_module, place

from eventwire.model import DateSpan, Event, Evidence, Location

DAY = date(2022, 7, 20)
SHELL = "Shelling/artillery/missile attack"


@pytest.fixture
def census(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return census_module(monkeypatch, "shell_census")


def _event(sub: str, lat: float, lon: float) -> Event:
    return Event(event_type="Battles" if sub == "Armed clash" else "Explosions/Remote violence", sub_event_type=sub,
                 date=DateSpan(start=DAY), location=Location(name="x", lat=lat, lon=lon),
                 evidence=[Evidence(article_id="", start=0, end=1, text="")])


@pytest.mark.parametrize("sentence", ["Troops shelled Alpha.", "Guns fired on Alpha overnight.",
                                      "The army conducted MLRS strikes on Alpha.", "Units struck Alpha.",
                                      "Troops conducted tube artillery strikes against Alpha."])
def test_fire_sentences_tell_fire(census: ModuleType, sentence: str) -> None:
    assert census.FIRE.search(sentence)


@pytest.mark.parametrize("sentence", ["Jets conducted airstrikes on Alpha.", "Troops attacked Alpha."])
def test_air_strikes_and_assaults_alone_are_no_fire(census: ModuleType, sentence: str) -> None:
    assert not census.FIRE.search(sentence)


def test_a_clash_at_a_shelled_place_is_a_type_miss_and_a_shelling_pairs(census: ModuleType) -> None:
    pieces = importlib.import_module("clash_census")  # the census's pieces, told the act and the kind of event
    text = "Troops shelled Alpha and Beta. Prices rose in Gamma."
    a, b = place(text, "Alpha", 48.0, 37.0), place(text, "Beta", 48.5, 37.5)
    names = [p.name for _, _, p in pieces.combat_places(text, [a, b, place(text, "Gamma", 47.0, 36.0)], census.FIRE)]
    assert names == ["Alpha", "Beta"]
    events = [_event("Armed clash", 48.0, 37.0), _event(SHELL, 48.5, 37.5)]
    places = [(0, 30, a), (0, 30, b)]
    assert pieces.pair(places, events, DAY, census.shelling) == {1}
    assert pieces.cause(text, 0, 30, a, events, DAY, census.shelling) == "type"
