"""Per-window view of the cross-outlet merge gold (train split): does a rule help every window?

    python benchmarks/merge_windows.py --cache /tmp/events.json [--json] [--subsample 0.6 --seeds 20] [--set max_km=25]
The Gaza train part is four two-day windows of different wars' weeks (a hospital blast, the flour
convoy, the aid-convoy strike, the Rafah tent camp); UCDP train rows are a fifth group. A merger
rule that raises one window's F1 and lowers the others' is fitted to that window: run this on the
merger with and without the rule (same events cache) and compare the rows.
Scored on reports that have an event; pairs are counted within each window only. `--subsample`
merges random fractions of the reports (seeded) and averages: a rule that only works on the exact
sample at hand (one bridging report, one median) shows up as a loss on the sub-samples.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eventwire.merge import merge_events  # noqa: E402
from eventwire.merge.score import bcubed, pairwise  # noqa: E402
from eventwire.merge.types import MergeConfig  # noqa: E402
from merge_outlets import GOLD, extract_all, lead_event, load_articles  # noqa: E402


def window_scores(cache: Path | None, frac: float = 1.0, seed: int = 0,
                  config: MergeConfig | None = None) -> dict[str, dict[str, float]]:
    """Pairwise P / R / F1 and B-cubed F1 per train window (Gaza) and for UCDP train."""
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    arts = load_articles(gold)
    per_doc = extract_all(arts, cache)
    if frac < 1.0:
        rng = random.Random(seed)
        keep = {g["doc"] for g in gold if rng.random() < frac}
        gold = [g for g in gold if g["doc"] in keep]
        arts = [a for a in arts if a.id in keep]
        per_doc = {k: v for k, v in per_doc.items() if k in keep}
    clusters = merge_events([e for evs in per_doc.values() for e in evs], articles=arts, config=config)
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    pred = {doc: cluster_of[lead.id] for doc, evs in per_doc.items() if (lead := lead_event(evs)) is not None}
    groups: dict[str, dict[str, str]] = {}
    for g in gold:
        if g["split"] == "train" and g["doc"] in pred:
            groups.setdefault(g.get("window") or "ucdp", {})[g["doc"]] = g["gold"]
    out: dict[str, dict[str, float]] = {}
    for name in sorted(groups):
        pw, b3 = pairwise(pred, groups[name]), bcubed(pred, groups[name])
        out[name] = {"reports": len(groups[name]), "P": round(pw["precision"], 3), "R": round(pw["recall"], 3),
                     "F1": round(pw["f1"], 3), "pred": pw["pred_pairs"], "gold": pw["gold_pairs"],
                     "B3": round(b3["f1"], 3)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="events cache written by merge_outlets.py --cache")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--subsample", type=float, default=1.0, help="fraction of reports kept per run")
    ap.add_argument("--seeds", type=int, default=1, help="sub-sample runs averaged")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a MergeConfig field (e.g. max_km=25), to see a setting per window")
    args = ap.parse_args()
    base = MergeConfig()
    over = {k: type(getattr(base, k))(v) for k, v in (kv.split("=", 1) for kv in args.set)}
    config = replace(base, **over) if over else None
    runs = [window_scores(args.cache, args.subsample, seed, config) for seed in range(args.seeds)]
    names = sorted({name for r in runs for name in r})
    rows = {}
    for name in names:
        got = [r[name] for r in runs if name in r]  # a small sample may miss a window
        rows[name] = {k: round(sum(g[k] for g in got) / len(got), 3) if isinstance(v, float)
                      else sum(g[k] for g in got) // len(got) for k, v in got[0].items()}
    if args.json:
        print(json.dumps(rows))
        return
    print(f"{'window':8} {'reports':>7} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6} {'B3':>6}")
    for name, r in rows.items():
        print(f"{name:8} {r['reports']:7d} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['pred']:6d} {r['gold']:6d}"
              f" {r['B3']:6.3f}")


if __name__ == "__main__":
    main()
