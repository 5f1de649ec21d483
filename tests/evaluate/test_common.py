"""Tests for the shared scoring pieces."""

from __future__ import annotations

from eventwire.evaluate.common import PRF, greedy_match, haversine_km


def test_prf_figures() -> None:
    p = PRF(tp=3, fp=1, fn=2)
    assert p.precision == 0.75 and p.recall == 0.6
    assert abs(p.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-9
    assert PRF().f1 == 0.0


def test_greedy_prefers_best_pairs_and_skips_incompatible() -> None:
    gold, system = ["a", "b"], ["b", "a", "c"]
    pairs = greedy_match(gold, system, lambda g, s: 1.0 if g == s else None)
    assert pairs == [(0, 1), (1, 0)]


def test_haversine_kyiv_bila_tserkva() -> None:
    d = haversine_km(50.45466, 30.5238, 49.7994, 30.1165)
    assert 75 < d < 85
