"""Event F1 under the gold scorer's greedy pairing and under a maximum matching with the same constraints.

Usage: PYTHONPATH=src python benchmarks/gold_matching.py [dev] [heldout]
Same compatibility as the scorer (`evaluate.gold._strict`: type, day within 1, place within 25 km); only the
pairing differs. Reported beside the scorer's figure, never instead of it. Needs scipy (`pip install scipy`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

import eventwire
from eventwire.evaluate.common import greedy_match, is_violent
from eventwire.evaluate.gold import _day, _strict, load_gold

GOLD = Path(__file__).resolve().parent / "gold" / "events"


def counts(split: str) -> tuple[list[int], list[int]]:
    """(tp, fp, fn) of the greedy pairing and of a maximum matching over one split."""
    from scipy.optimize import linear_sum_assignment

    greedy, best = [0, 0, 0], [0, 0, 0]
    for r in load_gold(split, GOLD):
        evs = [e for e in eventwire.extract(r["text"], published=_day(r.get("published"))) if is_violent(e)]
        gold = r["events"]
        n = len(greedy_match(gold, evs, _strict))
        m = 0
        if gold and evs:
            w = np.zeros((len(gold), len(evs)))
            for gi, g in enumerate(gold):
                for si, e in enumerate(evs):
                    sc = _strict(g, e)
                    if sc is not None:
                        w[gi, si] = 100 + sc  # more pairs first, then the scorer's own preference among them
            rows, cols = linear_sum_assignment(-w)
            m = int(sum(w[a, b] > 0 for a, b in zip(rows, cols, strict=True)))
        for t, k in ((greedy, n), (best, m)):
            t[0] += k
            t[1] += len(evs) - k
            t[2] += len(gold) - k
    return greedy, best


def f1(t: list[int]) -> float:
    """Event F1 of (tp, fp, fn)."""
    return round(2 * t[0] / (2 * t[0] + t[1] + t[2]), 4) if t[0] else 0.0


if __name__ == "__main__":
    for split in sys.argv[1:] or ["dev"]:
        g, b = counts(split)
        print(f"{split}: greedy {g} F1 {f1(g)} | maximum matching {b} F1 {f1(b)}")
