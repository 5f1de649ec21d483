"""Per-window view of the cross-outlet merge gold (train split): does a rule help every window?

    python benchmarks/merge_windows.py --cache /tmp/events.json [--json] [--subsample 0.6 --seeds 20] [--set max_km=25]
    python benchmarks/merge_windows.py --cache /tmp/events.json --save-pairs /tmp/before.json   # then change the merger
    python benchmarks/merge_windows.py --cache /tmp/events.json --against /tmp/before.json      # pairs fixed / broken
    python benchmarks/merge_windows.py --cache /tmp/events.json --mentions   # all reports, mentions included
    python benchmarks/merge_windows.py --cache /tmp/events.json --lowo threshold=0.56,0.58,0.66 --seeds 10
    python benchmarks/merge_windows.py --cache /tmp/events.json --mentions --lowo MIN_COSINE=0.1,0.2 --weight 3
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
`--lowo NAME=V1,V2,...` chooses a setting (a MergeConfig field, or a constant of merge.mentions
in capitals) leave-one-window-out: for each window, the value whose pairs fixed minus `--weight` x
broken, summed over the OTHER windows (full set and `--seeds` 60 % sub-samples), is highest (the
default when none gains); the left-out window's own fixed / broken pairs under that value are its
transfer figure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eventwire.merge.mentions as mentions_module  # noqa: E402
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


@contextmanager
def setting(name: str, value: str) -> Iterator[MergeConfig | None]:
    """A MergeConfig with the field set, or (a name in capitals) merge.mentions' constant set meanwhile.

    "module.NAME" sets a constant of another module of eventwire.merge ("similarity.NAME").
    """
    module = mentions_module
    if "." in name:
        mod, name = name.split(".", 1)
        module = importlib.import_module(f"eventwire.merge.{mod}")
    if not name.isupper():
        base = MergeConfig()
        yield replace(base, **{name: type(getattr(base, name))(value)})
        return
    old = getattr(module, name)
    setattr(module, name, type(old)(value))
    try:
        yield None
    finally:
        setattr(module, name, old)


def lowo(cache: Path | None, spec: str, seeds: int, mentions: bool, weight: float) -> dict[str, dict[str, object]]:
    """Leave-one-window-out choice of one setting; per window: the value chosen on the others and its own figure."""
    name, values = spec.split("=", 1)
    runs = [(1.0, 0)] + [(0.6, seed) for seed in range(seeds)]
    before = [window_labels(cache, frac, seed, None, mentions) for frac, seed in runs]
    moved: dict[str, dict[str, list[int]]] = {}  # value -> window -> [fixed, broken]
    for value in values.split(","):
        with setting(name, value) as config:
            after = [window_labels(cache, frac, seed, config, mentions) for frac, seed in runs]
        tally = moved.setdefault(value, {})
        for old, new in zip(before, after, strict=True):
            for win, (pred, gold) in new.items():
                fixed, broken = transfer(pairs_of(old[win][0]), pairs_of(pred), pairs_of(gold))
                t = tally.setdefault(win, [0, 0])
                t[0] += fixed
                t[1] += broken
    out: dict[str, dict[str, object]] = {}
    for win in sorted({w for tally in moved.values() for w in tally}):
        def gain(value: str, win: str = win) -> float:
            return sum(f - weight * b for w, (f, b) in moved[value].items() if w != win)
        best = max(moved, key=gain)
        chosen = best if gain(best) > 0 else None
        out[win] = {"chosen": chosen, "others_gain": gain(best),
                    "own": moved[chosen].get(win, [0, 0]) if chosen else [0, 0]}
    out["values"] = {v: {w: t for w, t in tally.items() if t != [0, 0]} for v, tally in moved.items()}
    return out


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
    ap.add_argument("--lowo", default=None, metavar="NAME=V1,V2,...",
                    help="choose a setting leave-one-window-out (full set + --seeds sub-samples)")
    ap.add_argument("--weight", type=float, default=1.0, help="with --lowo: cost of a broken pair against a fixed one")
    args = ap.parse_args()
    if args.lowo:
        res = lowo(args.cache, args.lowo, args.seeds, args.mentions, args.weight)
        values = res.pop("values")
        if args.json:
            print(json.dumps({**res, "values": values}))
            return
        print(f"{'left out':8} {'chosen':>8} {'others':>8} {'own fixed':>9} {'broken':>7}")
        for win, r in res.items():
            own = r["own"]
            print(f"{win:8} {r['chosen'] or 'default':>8} {r['others_gain']:8.0f} {own[0]:9d} {own[1]:7d}")  # type: ignore[index]
        for value, moved in values.items():
            print(f"{args.lowo.split('=')[0]}={value}: fixed / broken per window {moved}")
        return
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
