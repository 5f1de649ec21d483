"""Event-coding benchmark: run eventwire's scorers over the shared corpora and print JSON figures.

Usage: PYTHONPATH=src python benchmarks/events.py [muc|wikievents|ucdp|plover|gold|all] [--split S] [--limit N]
       [--by-kind]   (gold: add event P/R/F1 per source kind and print it as a table on stderr)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.evaluate import CORPORA, DataMissing, run_eval
from eventwire.evaluate.gold import by_kind

DEFAULT_SPLITS = {"muc": "test", "gold": "heldout"}


FLOORS = Path(__file__).resolve().parents[1] / "tests" / "evaluate" / "floors.json"
MARGIN = 0.05


def pin_floors(path: Path = FLOORS, margin: float = MARGIN) -> int:
    """Measure every gate sample and pin each floor at the measured value minus `margin`."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    for name, s in spec.items():
        if name.startswith("_"):
            continue
        res = run_eval(s["corpus"], s.get("split"), s.get("limit"))
        for metric in s["floors"]:
            value: Any = res
            for part in metric.split("."):
                value = value[part]
            s["floors"][metric] = max(0.0, round(float(value) - margin, 2))
            print(f"{name} {metric}: measured {float(value):.4f}, floor {s['floors'][metric]}", file=sys.stderr)
    spec["_pinned"] = date.today().isoformat()
    path.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    return 0


def kind_table(by_kind: dict[str, dict[str, Any]]) -> str:
    """A markdown table of the gold figures per source kind (ISW, fundus, Wikinews, headlines ...)."""
    rows = ["| kind | records | TP | FP | FN | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for k, v in by_kind.items():
        rows.append(f"| {k} | {v['documents']} | {v['tp']} | {v['fp']} | {v['fn']} | {v['precision']:.3f} "
                    f"| {v['recall']:.3f} | {v['f1']:.3f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print one JSON object per corpus with its figures and the seconds it took."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="all", choices=[*CORPORA, "all"])
    ap.add_argument("--split", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--details", action="store_true", help="keep per-document rows")
    ap.add_argument("--by-kind", action="store_true", help="gold: figures per source kind (stderr table)")
    ap.add_argument("--pin-floors", action="store_true", help="measure the CI gate samples and rewrite floors")
    args = ap.parse_args(argv)
    if args.pin_floors:
        return pin_floors()
    for corpus in CORPORA if args.corpus == "all" else [args.corpus]:
        t0 = time.perf_counter()
        try:
            res = run_eval(corpus, args.split or DEFAULT_SPLITS.get(corpus), args.limit)
        except DataMissing as exc:
            print(f"{corpus}: {exc}", file=sys.stderr)
            return 2
        if args.by_kind and corpus == "gold":
            res["by_kind"] = by_kind(res["per_document"])
            print(kind_table(res["by_kind"]), file=sys.stderr)
        if not args.details:
            res.pop("per_document", None)
        res["seconds"] = round(time.perf_counter() - t0, 2)
        print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
