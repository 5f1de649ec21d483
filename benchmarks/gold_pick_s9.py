"""Reproducible draw of the session-9 dev event gold batches (ISW daily reports of 2022).

Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s9.py` (or pass --repo).
Prints pool sizes and the whole shuffled pool, each report marked with the file that labels it; prints no text.
"""

from __future__ import annotations

import random
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import split_of

SEED = "eventwire-gold-s9"
# The shuffled pool is labelled in two rounds: items 1-6 in gold_dev9.jsonl, items 7-10 in gold_dev9b.jsonl.
BATCHES = (("gold_dev9.jsonl", 6), ("gold_dev9b.jsonl", 4))
BATCH_FILES = {name for name, _ in BATCHES}
MIN_CHARS, MAX_CHARS = 6_000, 12_000
ISW_DIR = "news/isw_2022/txt"
# Any ISW file name in a gold file: events gold uses "path": ".../June_11_2022.txt", merge gold "file": "June_11_2022.txt".
ISW_NAME = re.compile(r"[A-Z][a-z]+_\d\d_\d{4}\.txt")


def record_id(name: str) -> str:
    """The gold id of an ISW report file, as the existing records: June_11_2022.txt -> isw-2022-06-11."""
    return "isw-" + datetime.strptime(name, "%B_%d_%Y.txt").date().isoformat()


def used_files(repo: Path) -> set[str]:
    """ISW file names that any events or merge gold file (any *.jsonl under benchmarks/gold) points to."""
    used: set[str] = set()
    for f in sorted((repo / "benchmarks/gold").rglob("*.jsonl")):
        if f.name in BATCH_FILES:  # this draw's own outputs: skipped so the draw stays reproducible
            continue
        used.update(ISW_NAME.findall(f.read_text(encoding="utf-8")))
    return used


def draw(repo: Path) -> dict[str, Any]:
    """The pool sizes and the seeded shuffle of fresh dev reports, each marked with the batch file that takes it."""
    root = corpus_path(*ISW_DIR.split("/"))
    used = used_files(repo)
    files = sorted(p.name for p in root.glob("*.txt"))
    fresh = [n for n in files if n not in used]
    chars = {n: len((root / n).read_text(encoding="utf-8")) for n in fresh}
    sized = [n for n in fresh if MIN_CHARS <= chars[n] <= MAX_CHARS]
    dev = [n for n in sized if split_of(record_id(n)) == "dev"]
    random.Random(SEED).shuffle(dev)
    files_in_order = [name for name, count in BATCHES for _ in range(count)]
    picked = [{"item": i + 1, "id": record_id(n), "path": f"{ISW_DIR}/{n}",
               "chars": chars[n],
               "file": files_in_order[i] if i < len(files_in_order) else None} for i, n in enumerate(dev)]
    return {"seed": SEED, "reports": len(files), "unused": len(fresh), "sized": len(sized),
            "dev_pool": len(dev), "picked": picked}


if __name__ == "__main__":
    from gold_pick_s6 import print_draw

    print_draw(draw, __doc__)
