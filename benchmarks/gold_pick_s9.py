"""Reproducible draw of the session-9 dev event gold batch (ISW daily reports of 2022).

Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s9.py` (or pass --repo).
Prints pool sizes and the drawn ids; prints no report text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import split_of

SEED = "eventwire-gold-s9"
BATCH_FILE = "gold_dev9.jsonl"
N_REPORTS = 6
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
        if f.name == BATCH_FILE:  # this draw's own output: skipped so the draw stays reproducible
            continue
        used.update(ISW_NAME.findall(f.read_text(encoding="utf-8")))
    return used


def draw(repo: Path) -> dict[str, Any]:
    """The pool sizes and the first N_REPORTS of the seeded shuffle of fresh dev reports."""
    root = corpus_path(*ISW_DIR.split("/"))
    used = used_files(repo)
    files = sorted(p.name for p in root.glob("*.txt"))
    fresh = [n for n in files if n not in used]
    sized = [n for n in fresh if MIN_CHARS <= len((root / n).read_text(encoding="utf-8")) <= MAX_CHARS]
    dev = [n for n in sized if split_of(record_id(n)) == "dev"]
    random.Random(SEED).shuffle(dev)
    picked = [{"id": record_id(n), "path": f"{ISW_DIR}/{n}",
               "chars": len((root / n).read_text(encoding="utf-8"))} for n in dev[:N_REPORTS]]
    return {"seed": SEED, "reports": len(files), "unused": len(fresh), "sized": len(sized),
            "dev_pool": len(dev), "picked": picked}


def main() -> None:
    """Print the draw as JSON."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    print(json.dumps(draw(ap.parse_args().repo), indent=1))


if __name__ == "__main__":
    main()
