"""CI quality gate: the benchmark's scorers on the license-clean sample, with pinned floors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "geoparse.py"
_spec = importlib.util.spec_from_file_location("bench_geoparse", _PATH)
assert _spec and _spec.loader
B = importlib.util.module_from_spec(_spec)
sys.modules["bench_geoparse"] = B  # dataclasses look their module up
_spec.loader.exec_module(B)

# Floors pinned a little under the measured figures (acc161 100.0, F1 1.0 on 14 docs / 40 toponyms;
# round 1 measured acc161 97.5): one more error still passes, two fail.
FLOORS_GIVEN = {"acc161": 97.0}
FLOORS_E2E = {"f1": 0.97, "acc161": 97.0}


def test_sample_fingerprint() -> None:
    docs = B.load_sample()
    assert len(docs) == 14 and sum(len(d.toponyms) for d in docs) == 40


def test_gold_mentions_given_floor() -> None:
    m = B.score_given(B.load_sample(), B.geoparser_resolver())
    for k, floor in FLOORS_GIVEN.items():
        assert m[k] >= floor, (k, m)


def test_end_to_end_floor() -> None:
    m = B.score_end_to_end(B.load_sample())
    for k, floor in FLOORS_E2E.items():
        assert m[k] >= floor, (k, m)


def test_population_baseline_is_worse_than_geoparser() -> None:
    docs = B.load_sample()
    ours = B.score_given(docs, B.geoparser_resolver())
    base = B.score_given(docs, B.population_resolver())
    assert ours["acc161"] > base["acc161"]
