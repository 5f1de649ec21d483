"""Reproducible draw of the session-11 dev event gold batch (3 ISW daily reports of 2022 and 30 Gaza headlines).

Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s11.py` (or pass --repo).
Prints pool sizes and the drawn ids; prints no text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import split_of
from gold_pick_s6 import BATCH_FILE as BATCH_FILE_S6
from gold_pick_s6 import HEADLINE_FILES, headline_candidates, pointer, print_draw, used_events
from gold_pick_s9 import ISW_DIR, ISW_NAME, record_id

SEED = "eventwire-gold-s11"
BATCH_FILE = "gold_dev11.jsonl"
N_REPORTS, N_HEADLINES, MAX_PER_FILE = 3, 30, 10
# Longer reports than the earlier batches (6-12k): the short ones are used up. Widened only if too few pass.
MIN_CHARS, MAX_CHARS, WIDE_MAX = 12_000, 18_000, 20_000
# Gold made after this draw (19:44 UTC, 26 Nov 2026) and skipped so the draw reruns the same: the session-11 merge
# judge (windows nov30, may01, mar06; split "fresh2"), whose may01 window took gaza-bbc-00017 after it was drawn.
# A later batch that reads the same corpora must be added here.
LATER_FILES = {"merge_outlets_gold4.py"}
LATER_SPLITS = {"fresh2"}


def _kept_rows(text: str) -> str:
    """JSON Lines text without the rows of merge splits labelled after this draw."""
    return "".join(row for row in text.splitlines(keepends=True)
                   if not (row.strip() and json.loads(row).get("split") in LATER_SPLITS))


def _without_batch(repo: Path, tmp: Path) -> Path:
    """A shadow of the repository's gold folders without this draw's own file or later batches, so it reruns the same."""
    for sub in ("events", "merge"):
        d = tmp / "benchmarks/gold" / sub
        d.mkdir(parents=True, exist_ok=True)
        for f in sorted((repo / "benchmarks/gold" / sub).glob("*.jsonl")):
            if f.name != BATCH_FILE:
                (d / f.name).write_text(_kept_rows(f.read_text(encoding="utf-8")), encoding="utf-8")
    for f in sorted(repo.glob("benchmarks/merge_outlets_gold*.py")):
        if f.name not in LATER_FILES:
            (tmp / "benchmarks" / f.name).write_bytes(f.read_bytes())
    return tmp


def used_reports(repo: Path) -> set[str]:
    """ISW file names that any gold file points to (gold_pick_s9.used_files skips its own batch files)."""
    return {n for f in sorted((repo / "benchmarks/gold").rglob("*.jsonl"))
            for n in ISW_NAME.findall(f.read_text(encoding="utf-8"))}


def used_ids(repo: Path) -> tuple[set[str], set[tuple[Any, ...]]]:
    """Ids and pointers of every events gold record (gold_pick_s6.used_events skips gold_held6.jsonl)."""
    ids, ptrs = used_events(repo)
    held6 = repo / "benchmarks/gold/events" / BATCH_FILE_S6
    for line in held6.read_text(encoding="utf-8").splitlines() if held6.exists() else []:
        if line.strip():
            r = json.loads(line)
            ids.add(r["id"])
            ptrs.add(pointer(r["source"]))
    return ids, ptrs


def draw_reports(repo: Path) -> dict[str, Any]:
    """Fresh dev ISW reports of 12-18k characters (20k if fewer than three), seeded shuffle, first three."""
    root = corpus_path(*ISW_DIR.split("/"))
    used = used_reports(repo)
    fresh = [p.name for p in sorted(root.glob("*.txt")) if p.name not in used]
    chars = {n: len((root / n).read_text(encoding="utf-8")) for n in fresh}
    dev = [n for n in fresh if split_of(record_id(n)) == "dev"]
    pool = [n for n in dev if MIN_CHARS <= chars[n] <= MAX_CHARS]
    widened = len(pool) < N_REPORTS
    if widened:
        pool = [n for n in dev if MIN_CHARS <= chars[n] <= WIDE_MAX]
    random.Random(SEED).shuffle(pool)
    picked = [{"id": record_id(n), "path": f"{ISW_DIR}/{n}", "chars": chars[n]} for n in pool[:N_REPORTS]]
    return {"unused": len(fresh), "dev_pool": len(pool), "widened": widened, "picked": picked}


def draw_headlines(repo: Path) -> dict[str, Any]:
    """Fresh dev Gaza headlines passing the violence filter, seeded shuffle, at most ten per file."""
    ids, ptrs = used_ids(repo)
    heads = [c for c in headline_candidates(repo) if c["id"] not in ids and pointer(c["source"]) not in ptrs]
    dev = sorted((c for c in heads if split_of(c["id"]) == "dev"), key=lambda c: c["id"])
    random.Random(SEED).shuffle(dev)
    picked: list[dict[str, Any]] = []
    per: dict[str, int] = {}
    for c in dev:
        name = c["source"]["path"].rsplit("/", 1)[1]
        if len(picked) == N_HEADLINES:
            break
        if per.get(name, 0) < MAX_PER_FILE:
            per[name] = per.get(name, 0) + 1
            picked.append({"id": c["id"], "source": c["source"]})
    pools = {name: sum(c["source"]["path"].endswith(name) for c in dev) for name in HEADLINE_FILES}
    return {"pool": len(heads), "dev_pool": len(dev), "dev_pool_by_file": pools, "picked": picked}


def draw(repo: Path) -> dict[str, Any]:
    """The session-11 draw over a copy of the repository's gold files less this batch's own file."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        shadow = _without_batch(repo, Path(tmp))
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": draw_reports(shadow),
                "headlines": draw_headlines(shadow)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
