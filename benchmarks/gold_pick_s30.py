"""Reproducible draw of the session-30 blind held-aside event gold batch (gold_held30.jsonl): four ISW reports.

Four ISW daily reports from the held-aside hash that no gold file names. gold_held22 used up s12's band (6-18k
characters), so gold_pick_s17 widens to s13's band (5-20k), which holds exactly four unused held-hash reports; this
batch's seed orders them and part A is the first two, part B the last two. No rule round reads held-hash texts, so the
batch is blind: it judges the session's rounds once, at their start and end, and then joins the held-aside figure
(the issue asks a third of the gold aside; the held split was about a fifth of the labelled events).
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s30.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s17 as s17
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s30"
BATCH_FILE = "gold_held30.jsonl"
N_REPORTS = 4


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=30)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": s17.draw_reports(shadow, SEED, N_REPORTS)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
