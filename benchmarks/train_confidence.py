"""Train the learned event confidence (`confidence.learned.v1`) on the gold dev batches and write its weights.

Usage: PYTHONPATH=src python benchmarks/train_confidence.py [--cv] [--no-write] [--check] [--cache FILE] [--l2 L]
  (default) dump the system's violent events of every gold dev record with a label (matched by the shared scorer:
            `greedy_match` with `_strict`), fit an L2 logistic regression (numpy) and write
            src/eventwire/data/confidence_v1.json
  --cv      leave-one-batch-out over {gold dev without the fresh batches, dev9+dev9b, dev11, dev11b, dev12}: per fold
            AUC, Brier, a 10-bin reliability table, and event F1 without a drop and with the drop at the threshold
            chosen on the training folds only (by their own inner leave-one-batch-out predictions)
  --check   recompute `training_data_sha1` on the current tree; exit 1 when the shipped weights file is stale
  --by-genre  a study, never written: leave-one-batch-out over the training batches and the judges (dev13-dev16,
            dev18), each fold trained on the other nine; per genre (ISW front reports, headlines, news and wire prose)
            the out-of-batch AUC and the left-out batch's F1 at the training folds' threshold, pooled over the genre
            and at a prose-only threshold (session 18: prose AUC 0.54, no drop helps prose; docs/benchmarks.md)
A binary feature seen fewer than MIN_SUPPORT times with either value gets no weight; an event whose sub-type (or
missing place) is that rare keeps its hand-set confidence (`keep_hand_set_for` in the weights file).
Batches are read from named files only; gold_dev13*, gold_dev14* and gold_dev15* (judges) are left out, and so is
every held-aside record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.components.confidence import WEIGHTS
from eventwire.components.confidence_features import NAMES
from eventwire.evaluate.common import PRF, greedy_match, is_violent
from eventwire.evaluate.gold import GOLD_DIR, _day, _strict, kind_of, load_gold
from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pipeline import load_pipeline_config

STAGE = "confidence.learned.v1"
BATCHES: dict[str, tuple[str, ...]] = {
    "gold": ("gold.jsonl", "gold_articles.jsonl", "gold_articles_isw2.jsonl", "gold_articles_isw3.jsonl"),
    "dev9": ("gold_dev9.jsonl", "gold_dev9b.jsonl"),
    "dev11": ("gold_dev11.jsonl",),
    "dev11b": ("gold_dev11b.jsonl",),
    "dev12": ("gold_dev12.jsonl",),
}
FRESH = ("dev9", "dev11", "dev11b", "dev12")
# Batches that still serve as blind judges: never trained on.
JUDGES = ("gold_dev13", "gold_dev14", "gold_dev15", "gold_dev16")
assert not any(n.startswith(JUDGES) for names in BATCHES.values() for n in names)
# `--by-genre` only: the judges as batches of their own, each left out of its own fold's training.
STUDY = {"dev13": ("gold_dev13.jsonl",), "dev14": ("gold_dev14.jsonl",), "dev15": ("gold_dev15.jsonl",),
         "dev16": ("gold_dev16.jsonl",), "dev18": ("gold_dev18.jsonl",)}
GENRES = ("isw", "headline", "prose")
# Least count of each value of a binary feature (and of an event kind) for the model to learn a weight for it.
MIN_SUPPORT = 20
# Event kinds: when one is too rare, its events keep their hand-set confidence rather than a weight set by a few.
KINDS = tuple(n for n in NAMES if n.startswith("sub=")) + ("loc=none",)
OLD = NAMES.index("old_confidence")
Model = tuple[np.ndarray, float, list[int]]  # raw-scale weights, intercept, columns whose events keep OLD
OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / WEIGHTS
GRID = [round(0.02 * i, 2) for i in range(0, 31)]  # thresholds tried; 0 is no drop


def load_batches(study: bool = False) -> dict[str, list[dict[str, Any]]]:
    """The dev records of each batch, read file by file (`load_gold` reads every file of the folder it is given)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for batch, names in (BATCHES | STUDY if study else BATCHES).items():
            d = Path(tmp) / batch
            d.mkdir()
            for name in names:
                assert study or not name.startswith(JUDGES)
                shutil.copy(GOLD_DIR / name, d / name)
            out[batch] = load_gold("dev", d)
    return out


def pipeline() -> Pipeline:
    """The default pipeline with the confidence stage only recording features (no drop, no weights read)."""
    cfg = load_pipeline_config()
    stages = [s for s in cfg["stage"] if s["name"] != STAGE]
    stages.append({"name": STAGE, "args": {"score": False}})
    return Pipeline.from_config({**cfg, "stage": stages})


def dump(batches: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per record: batch, gold events, system violent events and their feature rows."""
    pipe = pipeline()
    rows = []
    for batch, records in batches.items():
        for r in records:
            try:
                doc = pipe(Article(text=r["text"], published=_day(r.get("published"))))
                events = [e for e in doc.events if is_violent(e)]
                table = doc.meta.get("confidence_features", {})
                feats = [[table[e.id][n] for n in NAMES] for e in events]
            except Exception as exc:  # noqa: BLE001 - as score_records: a failing document has no events
                print(f"{r['id']}: {type(exc).__name__}: {exc}", file=sys.stderr)
                events, feats = [], []
            rows.append({"batch": batch, "id": r["id"], "genre": genre(r), "gold": r["events"], "events": events,
                         "x": np.array(feats, dtype=float).reshape(len(events), len(NAMES))})
    return rows


def cached_rows(cache: Path | None, make: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The dumped rows from `cache` when it exists, else `make()` (written to `cache` when one is given)."""
    if cache and cache.exists():
        return list(pickle.loads(cache.read_bytes()))
    rows = make()
    if cache:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def genre(record: dict[str, Any]) -> str:
    """The record's genre from its source: a headline line, an ISW front report, or news and wire prose."""
    kind = kind_of(record)
    return kind if kind in ("isw", "headline") else "prose"


def labels(row: dict[str, Any], keep: np.ndarray | None = None) -> tuple[np.ndarray, PRF]:
    """Which system events the shared scorer matches (all events, or those `keep` marks), and the counts."""
    idx = [i for i in range(len(row["events"])) if keep is None or keep[i]]
    pairs = greedy_match(row["gold"], [row["events"][i] for i in idx], _strict)
    y = np.zeros(len(row["events"]))
    for _, si in pairs:
        y[idx[si]] = 1.0
    return y, PRF(len(pairs), len(idx) - len(pairs), len(row["gold"]) - len(pairs))


def support(x: np.ndarray) -> np.ndarray:
    """Per column: the count of its rarer value when binary (0/1), else the number of rows."""
    binary = ((x == 0) | (x == 1)).all(0)
    ones = (x == 1).sum(0)
    return np.where(binary, np.minimum(ones, len(x) - ones), len(x))


def train(x: np.ndarray, y: np.ndarray, l2: float) -> Model:
    """The model on the rows of supported kinds, with weights only for supported columns."""
    ones = (x == 1).sum(0)
    hand = [NAMES.index(n) for n in KINDS if ones[NAMES.index(n)] < MIN_SUPPORT]
    rows = ~(x[:, hand] == 1).any(1) if hand else np.ones(len(x), dtype=bool)
    cols = np.flatnonzero(support(x[rows]) >= MIN_SUPPORT)
    w, b = fit(x[rows][:, cols], y[rows], l2)
    full = np.zeros(x.shape[1])
    full[cols] = w
    return full, b, hand


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Newton steps on standardized features; weights returned on the raw scale."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0  # the intercept is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        g = z.T @ (p - y) + reg * w
        h = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[1:] / sd
    return raw, float(w[0] - (raw * mu).sum())


def predict(x: np.ndarray, model: Model) -> np.ndarray:
    """Probabilities of the raw-scale model; the hand-set confidence for the kinds it keeps (as the stage does)."""
    w, b, hand = model
    p = 1 / (1 + np.exp(-np.clip(x @ w + b, -30, 30)))
    if hand:
        keep = (x[:, hand] == 1).any(1)
        p[keep] = x[keep, OLD]
    return np.asarray(p)


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve (rank form, ties halved)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / (len(pos) * len(neg)))


def reliability(p: np.ndarray, y: np.ndarray) -> list[tuple[str, int, float, float]]:
    """10 equal-width bins: range, count, mean predicted, observed share right."""
    out = []
    for k in range(10):
        m = (p >= k / 10) & ((p < (k + 1) / 10) if k < 9 else (p <= 1))
        if m.any():
            out.append((f"{k / 10:.1f}-{(k + 1) / 10:.1f}", int(m.sum()), float(p[m].mean()), float(y[m].mean())))
    return out


def f1_at(rows: list[dict[str, Any]], probs: list[np.ndarray], t: float) -> PRF:
    """Pooled event counts when events below `t` are dropped (re-matched: a dropped match may free a gold event)."""
    tot = PRF()
    for row, p in zip(rows, probs, strict=True):
        tot.add(labels(row, p >= t)[1])
    return tot


def stack(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Feature matrix and labels of the rows."""
    xs = [r["x"] for r in rows]
    ys = [labels(r)[0] for r in rows]
    return np.vstack(xs), np.concatenate(ys)


def oof(rows: list[dict[str, Any]], l2: float) -> list[np.ndarray]:
    """Leave-one-batch-out predictions for every row."""
    out: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for b in sorted({r["batch"] for r in rows}):
        x, y = stack([r for r in rows if r["batch"] != b])
        model = train(x, y, l2)
        for i, r in enumerate(rows):
            if r["batch"] == b:
                out[i] = predict(r["x"], model)
    return out


def best_threshold(rows: list[dict[str, Any]], probs: list[np.ndarray], only: str | None = None) -> float:
    """The grid threshold with the best pooled F1 (the lowest on ties, so no drop wins a tie); of one genre if given."""
    if only:
        keep = [i for i, r in enumerate(rows) if r["genre"] == only]
        rows, probs = [rows[i] for i in keep], [probs[i] for i in keep]
    return max(GRID, key=lambda t: (round(f1_at(rows, probs, t).f1, 6), -t))


def by_genre(rows: list[dict[str, Any]], l2: float) -> None:
    """Leave-one-batch-out over training batches and judges; per genre AUC and F1 without and with a drop."""
    folds = sorted({r["batch"] for r in rows})
    got: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {g: [] for g in GENRES}
    pooled = {g: [PRF(), PRF(), PRF()] for g in GENRES}  # no drop, all-genre threshold, prose-only threshold
    for b in folds:
        training = [r for r in rows if r["batch"] != b]
        model = train(*stack(training), l2)
        inner = oof(training, l2)
        t_all, t_prose = best_threshold(training, inner), best_threshold(training, inner, "prose")
        for g in GENRES:
            test = [r for r in rows if r["batch"] == b and r["genre"] == g]
            if not test:
                continue
            probs = [predict(r["x"], model) for r in test]
            x, y = stack(test)
            got[g].append((np.concatenate(probs), y, x[:, OLD]))
            counts = [f1_at(test, probs, t) for t in (0.0, t_all, t_prose if g == "prose" else 0.0)]
            for tot, c in zip(pooled[g], counts, strict=True):
                tot.add(c)
            print(f"{g:8s} {b:6s} {len(got[g][-1][1]):4d} events  F1 no drop {counts[0].f1:.4f}; at {t_all:.2f} "
                  f"{counts[1].f1:.4f}" + (f"; prose threshold {t_prose:.2f} {counts[2].f1:.4f}" if g == "prose" else ""))
    for g in GENRES:
        p, y, old = (np.concatenate([a[i] for a in got[g]]) for i in (0, 1, 2))
        f = pooled[g]
        print(f"== {g}: {len(y)} events, {int(y.sum())} right; AUC {auc(p, y):.3f} (hand-set {auc(old, y):.3f}); "
              f"pooled F1 no drop {f[0].f1:.4f} (P {f[0].precision:.4f}), all-genre threshold {f[1].f1:.4f} "
              f"(P {f[1].precision:.4f})" + (f", prose threshold {f[2].f1:.4f} (P {f[2].precision:.4f})"
                                              if g == "prose" else ""))


def cv(rows: list[dict[str, Any]], l2: float) -> None:
    """Leave-one-batch-out report."""
    pooled0, pooled1 = PRF(), PRF()
    all_p, all_y, all_old = [], [], []
    for b in BATCHES:
        training = [r for r in rows if r["batch"] != b]
        test = [r for r in rows if r["batch"] == b]
        x, y = stack(training)
        model = train(x, y, l2)
        t = best_threshold(training, oof(training, l2))
        probs = [predict(r["x"], model) for r in test]
        xt, yt = stack(test)
        pt = np.concatenate(probs)
        old = xt[:, OLD]
        f0, f1 = f1_at(test, probs, 0.0), f1_at(test, probs, t)
        if b in FRESH:
            pooled0.add(f0)
            pooled1.add(f1)
            all_p.append(pt)
            all_y.append(yt)
            all_old.append(old)
        print(f"\n== fold {b}: {len(test)} records, {len(yt)} system events, {int(yt.sum())} right")
        print(f"AUC {auc(pt, yt):.3f} (old hand-set confidence {auc(old, yt):.3f}); "
              f"Brier {np.mean((pt - yt) ** 2):.4f} (old {np.mean((old - yt) ** 2):.4f}; "
              f"base rate {np.mean((yt.mean() - yt) ** 2):.4f})")
        print("bin      n  mean p  right")
        for rng, n, mp, obs in reliability(pt, yt):
            print(f"{rng}  {n:4d}  {mp:.3f}  {obs:.3f}")
        print(f"F1 no drop {f0.f1:.4f} (P {f0.precision:.4f}, R {f0.recall:.4f}; tp {f0.tp} fp {f0.fp} fn {f0.fn}); "
              f"threshold from training folds {t:.2f}: F1 {f1.f1:.4f} (P {f1.precision:.4f}, R {f1.recall:.4f}; "
              f"tp {f1.tp} fp {f1.fp} fn {f1.fn})")
    p, y, old = np.concatenate(all_p), np.concatenate(all_y), np.concatenate(all_old)
    print(f"\n== pooled fresh folds ({', '.join(FRESH)}): {len(y)} events; AUC {auc(p, y):.3f} (old {auc(old, y):.3f}); "
          f"Brier {np.mean((p - y) ** 2):.4f} (old {np.mean((old - y) ** 2):.4f}; base rate {np.mean((y.mean() - y) ** 2):.4f})")
    print("bin      n  mean p  right")
    for rng, n, mp, obs in reliability(p, y):
        print(f"{rng}  {n:4d}  {mp:.3f}  {obs:.3f}")
    print(f"F1 no drop {pooled0.f1:.4f} (P {pooled0.precision:.4f}, R {pooled0.recall:.4f}) -> with drop "
          f"{pooled1.f1:.4f} (P {pooled1.precision:.4f}, R {pooled1.recall:.4f})")
    fresh = [r for r in rows if r["batch"] in FRESH]
    probs = [p for r, p in zip(rows, oof(rows, l2), strict=True) if r["batch"] in FRESH]
    print("pooled fresh F1 at fixed thresholds (each batch scored by the model of the other four):")
    for t in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
        at = f1_at(fresh, probs, t)
        print(f"  {t:.1f}: F1 {at.f1:.4f} (P {at.precision:.4f}, R {at.recall:.4f}; tp {at.tp} fp {at.fp} fn {at.fn})")


def data_hash(rows: list[dict[str, Any]]) -> str:
    """sha1 over the training records' ids and gold labels, and the dumped features and match labels."""
    h = hashlib.sha1()
    for r in rows:
        h.update(r["id"].encode())
        h.update(json.dumps(r["gold"], sort_keys=True).encode())
        h.update(np.round(r["x"], 6).tobytes())
        h.update(labels(r)[0].tobytes())
    return h.hexdigest()


def check() -> int:
    """0 when the shipped file's training_data_sha1 is the current tree's, else 1 (retrain)."""
    shipped = json.loads(OUT.read_text("utf-8"))["training_data_sha1"]
    now = data_hash(dump(load_batches()))
    if now != shipped:
        print(f"{OUT.name} is stale: trained on data {shipped[:12]}, this tree gives {now[:12]}; retrain it "
              "(PYTHONPATH=src python benchmarks/train_confidence.py)", file=sys.stderr)
        return 1
    print(f"{OUT.name} is current (training data {now[:12]})", file=sys.stderr)
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-batch-out report")
    ap.add_argument("--no-write", action="store_true", help="do not write the weights file")
    ap.add_argument("--cache", help="pickle of the dump: read it if it exists, else write it")
    ap.add_argument("--l2", type=float, default=10.0, help="L2 penalty on standardized weights")
    ap.add_argument("--check", action="store_true", help="fail when the shipped weights are not this tree's")
    ap.add_argument("--by-genre", action="store_true", help="per-genre study with the judges as folds (writes nothing)")
    args = ap.parse_args()
    cache = Path(args.cache) if args.cache else None
    if args.check:
        sys.exit(check())
    if args.by_genre:
        by_genre(dump(load_batches(study=True)), args.l2)
        return
    rows = cached_rows(cache, lambda: dump(load_batches()))
    x, y = stack(rows)
    print(f"{len(rows)} records, {len(y)} violent system events, {int(y.sum())} matched", file=sys.stderr)
    if args.cv:
        cv(rows, args.l2)
    if args.no_write:
        return
    w, b, hand = train(x, y, args.l2)
    # The drop a pipeline may set (`min_confidence`): the best threshold on every batch's out-of-batch predictions.
    t = best_threshold(rows, oof(rows, args.l2))
    print(f"threshold on all batches' leave-one-batch-out predictions: {t:.2f}", file=sys.stderr)
    model = {"features": list(NAMES), "weights": [round(float(v), 6) for v in w], "intercept": round(b, 6),
             "keep_hand_set_for": [NAMES[j] for j in hand], "min_support": MIN_SUPPORT,
             "untrained": [n for n, v in zip(NAMES, w, strict=True) if v == 0 and NAMES.index(n) not in hand],
             "l2": args.l2, "training_records": len(rows), "training_events": int(len(y)),
             "training_matched": int(y.sum()),
             "best_threshold_out_of_batch": t, "training_data_sha1": data_hash(rows),
             "batches": {k: list(v) for k, v in BATCHES.items()}, "date": dt.date.today().isoformat(),
             "command": "PYTHONPATH=src python benchmarks/train_confidence.py"}
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
