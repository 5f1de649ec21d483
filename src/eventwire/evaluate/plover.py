"""PLOVER GSR scorer: category accuracy on the 322 CAMEO-manual example sentences.

The gold uses an old PLOVER draft; its categories are mapped to the current manual (DEMAND →
REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT). Our category for a sentence is the
PLOVER event of its most confident extracted event; no event counts as wrong.
"""

from __future__ import annotations

import json
from typing import Any

from eventwire.evaluate.common import Extractor, Ratio, corpus_path, default_extractor

OLD_TO_CURRENT = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def load_plover() -> list[dict[str, Any]]:
    """Coded sentences as {id, text, event} with the category in the current PLOVER set."""
    path = corpus_path("events", "plover_gsr_cameo", "PLOVER_GSR_CAMEO.json")
    recs = json.loads(path.read_text(encoding="utf-8"))
    return [{"id": r["id"], "text": r["text"], "event": OLD_TO_CURRENT.get(r["event"], r["event"])}
            for r in recs if r.get("text") and r.get("event") and r["id"] != "DOCUMENT"]


def score_plover(extractor: Extractor | None = None, limit: int | None = None) -> dict[str, Any]:
    """Accuracy overall, coverage, accuracy where we code something, and per-category recall."""
    run = extractor or default_extractor()
    recs = load_plover()[: limit or None]
    acc, covered, acc_cov = Ratio(), Ratio(), Ratio()
    per: dict[str, Ratio] = {}
    confusion: dict[str, int] = {}
    errors: dict[str, int] = {}
    for r in recs:
        try:
            evs = [e for e in run(r["text"], None) if e.plover]
        except Exception as exc:  # noqa: BLE001 - a failing sentence is counted, never stops the run
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            evs = []
        pred = max(evs, key=lambda e: e.confidence).plover.event if evs else None  # type: ignore[union-attr]
        ok = pred == r["event"]
        acc.add(ok)
        covered.add(pred is not None)
        if pred is not None:
            acc_cov.add(ok)
        per.setdefault(r["event"], Ratio()).add(ok)
        if not ok:
            k = f"{r['event']}->{pred}"
            confusion[k] = confusion.get(k, 0) + 1
    top = dict(sorted(confusion.items(), key=lambda kv: -kv[1])[:15])
    return {"corpus": "plover", "sentences": len(recs), "accuracy": acc.as_dict(), "coverage": covered.as_dict(),
            "accuracy_when_coded": acc_cov.as_dict(),
            "per_category": {k: v.as_dict() for k, v in sorted(per.items())}, "top_confusions": top,
            "failed_documents": errors}
