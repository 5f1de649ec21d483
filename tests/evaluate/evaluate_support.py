"""Helpers for the evaluation tests: minimal events built from gold labels."""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.model import Event, Location, PlaceMention
from eventwire.model.event import Count, DateSpan


def make_event(event_type: str, sub: str | None, day: date | None, name: str = "", lat: float | None = None,
               lon: float | None = None, cc: str | None = None, killed: int | None = None,
               injured: int | None = None, admin1: str | None = None) -> Event:
    """A minimal Event with the fields the scorers read."""
    loc = Location(name=name, lat=lat, lon=lon, country_code=cc, admin1=admin1) if name or cc else None
    return Event(event_type=event_type, sub_event_type=sub, date=DateSpan(start=day, end=day, precision="day"),
                 location=loc, fatalities=Count(low=killed, best=killed), injured=Count(low=injured, best=injured))


def census_module(monkeypatch: pytest.MonkeyPatch, name: str) -> ModuleType:
    """Import a census tool from benchmarks/ (not a package), with benchmarks/ on the path for this test only."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module(name)


def place(text: str, word: str, lat: float, lon: float) -> PlaceMention:
    """A gazetteer place for the first `word` in `text`."""
    i = text.index(word)
    return PlaceMention(start=i, end=i + len(word), text=word, name=word, lat=lat, lon=lon, country_code="UA",
                        feature_class="P", geonameid=1)
