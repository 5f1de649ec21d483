"""Reproducible draw of the session-15 blind dev event gold batch (gold_dev16.jsonl): four ISW reports.

Four ISW daily reports of 2022 (gold_pick_s13.py's band: 6-18k characters, widened to 5-20k if fewer than five
remain; the first four of the shuffle), none named by an earlier gold file. ISW reports are 90 of the 114 held-aside
events, so this batch judges the session's rules on the kind of text the held-aside figure rests on.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s16.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s12 as s12
import gold_pick_s13 as s13
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s16"
BATCH_FILE = "gold_dev16.jsonl"
N_REPORTS = 4


def draw_reports(repo: Path) -> dict[str, Any]:
    """Fresh dev ISW reports in s13's size band, seeded shuffle, the first four."""
    out = s12.draw_reports(repo, SEED, wide=(s13.WIDE_MIN, s13.WIDE_MAX))
    return {**out, "picked": out["picked"][:N_REPORTS]}


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=16)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": draw_reports(shadow)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
