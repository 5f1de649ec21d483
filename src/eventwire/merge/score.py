"""Clustering scores shared by the merge benchmark and its quality gate: pairwise and B-cubed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping


def _pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for item, lab in labels.items():
        groups[lab].append(item)
    out: set[tuple[str, str]] = set()
    for items in groups.values():
        items.sort()
        out.update((a, b) for i, a in enumerate(items) for b in items[i + 1 :])
    return out


def _prf(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over item pairs put in one cluster (items scored: those in gold)."""
    pred = {k: v for k, v in pred.items() if k in gold}
    pp, gp = _pairs(pred), _pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    return {"precision": p, "recall": r, "f1": _prf(p, r), "pred_pairs": len(pp), "gold_pairs": len(gp)}


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over gold items."""
    items = [i for i in gold if i in pred]
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        same = len(by_pred[pred[i]] & by_gold[gold[i]])
        p += same / len(by_pred[pred[i]])
        r += same / len(by_gold[gold[i]])
    p, r = p / len(items), r / len(items)
    return {"precision": p, "recall": r, "f1": _prf(p, r)}
