"""Reproducible draw of the session-16 blind held-aside event gold batch (gold_held17.jsonl): four ISW reports.

Every ISW report of the dev hash had been read by some rule round's unlabelled census by session 16, so this blind
batch comes from the held-aside hash instead: four ISW daily reports of 2022 that no gold file names, in
gold_pick_s12's band (6-18k characters; s13's 5-20k if fewer than four fit), the first four of a seeded shuffle. Their
ids hash to the held-aside split, so they join the held-aside figure; no rule round reads them.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s17.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s12 as s12
import gold_pick_s13 as s13
from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import split_of
from gold_pick_s6 import print_draw
from gold_pick_s9 import ISW_DIR, record_id

SEED = "eventwire-gold-s17"
BATCH_FILE = "gold_held17.jsonl"
N_REPORTS = 4


def draw_reports(repo: Path, seed: str = SEED, count: int = N_REPORTS) -> dict[str, Any]:
    """Fresh held-aside ISW reports in s12's size band (s13's wider one if too few), seeded shuffle, the first `count`."""
    root = corpus_path(*ISW_DIR.split("/"))
    used = s11.used_reports(repo)
    fresh = [p.name for p in sorted(root.glob("*.txt")) if p.name not in used]
    chars = {n: len((root / n).read_text(encoding="utf-8")) for n in fresh}
    held = [n for n in fresh if split_of(record_id(n)) == "heldout"]
    pool = [n for n in held if s12.MIN_CHARS <= chars[n] <= s12.MAX_CHARS]
    widened = len(pool) < count
    if widened:
        pool = [n for n in held if s13.WIDE_MIN <= chars[n] <= s13.WIDE_MAX]
    random.Random(seed).shuffle(pool)
    picked = [{"id": record_id(n), "path": f"{ISW_DIR}/{n}", "chars": chars[n]} for n in pool[:count]]
    return {"unused": len(fresh), "held_pool": len(pool), "widened": widened, "picked": picked}


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=17)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": draw_reports(shadow)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
