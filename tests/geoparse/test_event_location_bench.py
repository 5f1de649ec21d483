"""The event-location scorer of the benchmark, on sentences written for eventwire."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "geoparse.py"
_spec = importlib.util.spec_from_file_location("bench_geoparse_evloc", _PATH)
assert _spec and _spec.loader
B = importlib.util.module_from_spec(_spec)
sys.modules["bench_geoparse_evloc"] = B
_spec.loader.exec_module(B)


def _item(i: str, text: str, verb: str, locs: list[str]) -> object:
    v = text.index(verb)
    return B.EventLocationItem(i, text, (v, v + len(verb)), [(text.index(x), text.index(x) + len(x)) for x in locs])


def test_event_location_scorer_counts_right_spans_and_right_nones() -> None:
    items = [
        _item("a", "Shelling killed three people in Kramatorsk on Tuesday.", "killed", ["Kramatorsk"]),
        _item("b", "Rebels attacked a convoy near Aleppo, officials in Damascus said.", "attacked", ["Aleppo"]),
        _item("c", "Gunmen kidnapped two aid workers on Monday.", "kidnapped", []),
    ]
    m = B.score_event_location(items)
    assert m["n"] == 3 and m["accuracy"] == 100.0 and m["precision"] == 1.0 and m["recall"] == 1.0
