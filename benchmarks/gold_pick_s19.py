"""Reproducible draw of the session-18 blind held-aside event gold batch (gold_held19.jsonl): ISW reports and wire stories.

Two ISW daily reports of 2022 from the held-aside hash (gold_pick_s17's pool and band, this batch's seed, the first
two of the shuffle) and ten 1987 Reuters-21578 stories whose ids hash to the held-aside split (gold_pick_s14's
candidate filter and pointers), walked in a seeded shuffle past the stories rejected by reading their titles only
(`REJECTED`, decided before any story text was read), skipping unread the titles session 17's held walk read. No rule
round reads held-hash texts, so the batch is blind; it joins the held-aside figure.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s19.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s14 as s14
import gold_pick_s17 as s17
import gold_pick_s18 as s18
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s19"
BATCH_FILE = "gold_held19.jsonl"
N_REPORTS, N_STORIES = 2, 10
# Rejected on the title alone, in the shuffled order, until ten were kept (s14's categories, plus "science"); a title
# that names or may tell an attack, a fight or a retaliation is kept, so the batch may hold negatives.
REJECTED: dict[int, str] = {
    20928: "business", 8019: "business", 6829: "politics", 21002: "posture", 8076: "business", 14763: "politics",
    5772: "politics", 18000: "politics", 20719: "politics", 18827: "business", 9125: "accident", 10244: "politics",
    2073: "accident", 3289: "politics", 16366: "posture", 8246: "accident", 218: "science", 4020: "politics",
    5154: "posture", 17495: "business",
}


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=19)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": s17.draw_reports(shadow, SEED, N_REPORTS),
                "stories": s14.draw_stories(shadow, SEED, N_STORIES, REJECTED, frozenset(s18.REJECTED),
                                            split="heldout")}


if __name__ == "__main__":
    print_draw(draw, __doc__)
