"""Per-window view of the cross-outlet merge gold (train split): does a rule help every window?

    python benchmarks/merge_windows.py --cache /tmp/events.json [--json] [--subsample 0.6 --seeds 20] [--set max_km=25]
    python benchmarks/merge_windows.py --cache /tmp/events.json --save-pairs /tmp/before.json   # then change the merger
    python benchmarks/merge_windows.py --cache /tmp/events.json --against /tmp/before.json      # pairs fixed / broken
    python benchmarks/merge_windows.py --cache /tmp/events.json --mentions   # all reports, mentions included
The Gaza train part is four two-day windows of different wars' weeks (a hospital blast, the flour
convoy, the aid-convoy strike, the Rafah tent camp); UCDP train rows are a fifth group. A merger
rule that raises one window's F1 and lowers the others' is fitted to that window: run this on the
merger with and without the rule (same events cache) and compare the rows.
Scored on reports that have an event; pairs are counted within each window only. `--subsample`
merges random fractions of the reports (seeded) and averages: a rule that only works on the exact
sample at hand (one bridging report, one median) shows up as a loss on the sub-samples.
`--against` counts, per window and summed over the seeds, the pairs a merger change fixes (a true
pair found, a false pair removed) and breaks (a true pair lost, a false pair added) against the
predicted pairs saved by `--save-pairs` (same cache, sub-sample and seeds): the transfer test of a
change is whether it fixes more than it breaks beyond the window where it was found.
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

Pair = tuple[str, str]


def window_labels(cache: Path | None, frac: float = 1.0, seed: int = 0, config: MergeConfig | None = None,
                  mentions: bool = False) -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    """Predicted and gold cluster labels of the reports of each train window (Gaza) and of UCDP train.

    With `mentions`, every report is scored (as merge_outlets.py's "all + mentions"): a report that
    mentions a canonical event counts as its report, one with no event is a singleton.
    """
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
    if mentions:
        named = {a: c.id for c in clusters for a in c.mentions}
        pred = {doc: named.get(doc) or pred.get(doc) or f"none:{doc}" for doc in per_doc}
    groups: dict[str, dict[str, str]] = {}
    for g in gold:
        if g["split"] == "train" and g["doc"] in pred:
            groups.setdefault(g.get("window") or "ucdp", {})[g["doc"]] = g["gold"]
    return {name: ({d: pred[d] for d in groups[name]}, groups[name]) for name in sorted(groups)}


def pairs_of(labels: dict[str, str]) -> set[Pair]:
    """Report pairs given one label (sorted ids)."""
    by: dict[str, list[str]] = {}
    for doc, lab in labels.items():
        by.setdefault(lab, []).append(doc)
    return {(a, b) for docs in by.values() for i, a in enumerate(sorted(docs)) for b in sorted(docs)[i + 1:]}


def transfer(before: set[Pair], after: set[Pair], gold: set[Pair]) -> tuple[int, int]:
    """Pairs fixed (true pair found, false pair removed) and broken (true pair lost, false pair added)."""
    fixed = len((after & gold) - before) + len((before - gold) - after)
    broken = len((before & gold) - after) + len((after - gold) - before)
    return fixed, broken


def scores(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise P / R / F1 and B-cubed F1 of one window."""
    pw, b3 = pairwise(pred, gold), bcubed(pred, gold)
    return {"reports": len(gold), "P": round(pw["precision"], 3), "R": round(pw["recall"], 3),
            "F1": round(pw["f1"], 3), "pred": pw["pred_pairs"], "gold": pw["gold_pairs"], "B3": round(b3["f1"], 3)}


def window_scores(cache: Path | None, frac: float = 1.0, seed: int = 0,
                  config: MergeConfig | None = None) -> dict[str, dict[str, float]]:
    """Pairwise P / R / F1 and B-cubed F1 per train window (Gaza) and for UCDP train."""
    return {name: scores(pred, gold) for name, (pred, gold) in window_labels(cache, frac, seed, config).items()}


def transfer_table(runs: list[dict[str, tuple[dict[str, str], dict[str, str]]]], saved: Path) -> None:
    """Print pairs fixed / broken per window, summed over the runs, against the saved predicted pairs."""
    before = json.loads(saved.read_text(encoding="utf-8"))
    if len(before) != len(runs):
        sys.exit(f"{saved}: saved with {len(before)} seeds, this run has {len(runs)}")
    total: dict[str, list[int]] = {}
    for old, run in zip(before, runs, strict=True):
        for name, (pred, gold) in run.items():
            prev = {tuple(p) for p in old.get(name, [])}
            fixed, broken = transfer(prev, pairs_of(pred), pairs_of(gold))  # type: ignore[arg-type]
            t = total.setdefault(name, [0, 0])
            t[0] += fixed
            t[1] += broken
    print(f"{'window':8} {'fixed':>7} {'broken':>7}")
    for name, (fixed, broken) in sorted(total.items()):
        print(f"{name:8} {fixed:7d} {broken:7d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="events cache written by merge_outlets.py --cache")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--subsample", type=float, default=1.0, help="fraction of reports kept per run")
    ap.add_argument("--seeds", type=int, default=1, help="sub-sample runs averaged")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a MergeConfig field (e.g. max_km=25), to see a setting per window")
    ap.add_argument("--mentions", action="store_true", help="score every report, mentions as their event's reports")
    ap.add_argument("--save-pairs", type=Path, default=None, help="write each run's predicted pairs per window")
    ap.add_argument("--against", type=Path, default=None, help="count pairs fixed / broken against saved pairs")
    args = ap.parse_args()
    base = MergeConfig()
    over = {k: type(getattr(base, k))(v) for k, v in (kv.split("=", 1) for kv in args.set)}
    config = replace(base, **over) if over else None
    labelled = [window_labels(args.cache, args.subsample, seed, config, args.mentions) for seed in range(args.seeds)]
    if args.save_pairs:
        args.save_pairs.write_text(json.dumps([{name: sorted(pairs_of(pred)) for name, (pred, _) in run.items()}
                                               for run in labelled]), encoding="utf-8")
    if args.against:
        transfer_table(labelled, args.against)
        return
    runs = [{name: scores(pred, gold) for name, (pred, gold) in run.items()} for run in labelled]
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
