"""Tests for the per-record error census (benchmarks/wire_errors.py): a wrong place reads as MISS ~ system + FALSE."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

import eventwire
from eventwire.evaluate.common import is_violent


def _script() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("wire_errors")


_TEXT = "BEIRUT, April 9 - A car bomb exploded in Tyre on Monday, killing four people, police said."


def _gold(name: str, lat: float, lon: float) -> dict[str, object]:
    return {"id": "test-1", "events": [{
        "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
        "date": "1987-04-06", "location": {"name": name, "lat": lat, "lon": lon, "country_code": "LB"},
        "fatalities": {"low": 4, "best": 4, "high": None}}]}


def _events() -> list[object]:
    return [e for e in eventwire.extract(_TEXT, published=date(1987, 4, 9)) if is_violent(e)]


def test_an_event_at_the_gold_place_gives_no_line() -> None:
    evs = _events()
    assert evs and _script().record_errors(_gold("Tyre", 33.273, 35.194), evs) == []


def test_an_event_at_another_place_is_a_miss_beside_a_false_event() -> None:
    lines = _script().record_errors(_gold("Sidon", 33.563, 35.369), _events())
    assert len(lines) == 2
    assert lines[0].startswith("MISS Remote explosive/landmine/IED 1987-04-06 @ Sidon  ~ system Tyre")
    assert lines[1].startswith("FALSE Remote explosive/landmine/IED 1987-04-06 @ Tyre")


def test_held_gold_files_are_refused() -> None:
    with pytest.raises(SystemExit):
        _script().census(["gold_held30.jsonl"], None, lambda text, day: [])
