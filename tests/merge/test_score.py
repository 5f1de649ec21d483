"""Pairwise and B-cubed clustering scores."""

from __future__ import annotations

import pytest

from eventwire.merge.score import bcubed, pairwise


def test_perfect_and_split_clusterings() -> None:
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    assert pairwise(gold, gold)["f1"] == 1.0 and bcubed(gold, gold)["f1"] == 1.0
    split = {"a": "x", "b": "x", "c": "y", "d": "z"}
    pw = pairwise(split, gold)
    assert pw["precision"] == 1.0 and pw["recall"] == pytest.approx(1 / 3)
    b3 = bcubed(split, gold)
    # a, b: recall 2/3; c: 1/3; d: 1 → 2/3 mean; precision 1.
    assert b3["precision"] == 1.0 and b3["recall"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_over_merged() -> None:
    gold = {"a": "1", "b": "2"}
    pred = {"a": "x", "b": "x"}
    assert pairwise(pred, gold)["precision"] == 0.0
    assert bcubed(pred, gold)["precision"] == pytest.approx(0.5)
