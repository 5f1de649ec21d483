"""Reproducible draw of session 30's blind held-aside wire stories (gold_held30.jsonl's wire part): Reuters-21578.

Ten 1987 Reuters-21578 stories whose ids hash to the held-aside split (gold_pick_s14's candidate filter and pointers),
walked in this batch's seeded shuffle past the stories rejected by reading their titles only (`REJECTED`, decided
before any story text was read), skipping unread the titles the earlier held walks read (session 17's gold_held18 and
session 18's gold_held19; no later held pick script walks stories). No ISW reports: the batch's ISW part is
gold_pick_s30.py's. No rule round reads held-hash texts, so the batch is blind; it joins the held-aside figure.
Run from the repository root: `PYTHONPATH=src:benchmarks python gold_pick_s30_wire.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s14 as s14
import gold_pick_s18 as s18
import gold_pick_s19 as s19
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s30-wire"
BATCH_FILE = "gold_held30.jsonl"
N_STORIES = 10
# Rejected on the title alone, in the shuffled order, until ten were kept (s14's categories: business, politics,
# accident, labour, posture); a title that names or may tell an attack, a fight, a bombing, a raid or a retaliation is
# kept, so the batch may hold negatives.
REJECTED: dict[int, str] = {
    3014: "politics", 1250: "politics", 1888: "politics", 3643: "business", 12857: "accident", 4231: "business",
    4618: "politics", 17043: "politics", 18440: "business", 5790: "accident", 11249: "business", 10643: "politics",
    12926: "accident", 18271: "politics",
}


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=30)
        return {"seed": SEED, "batch_file": BATCH_FILE,
                "stories": s14.draw_stories(shadow, SEED, N_STORIES, REJECTED,
                                            frozenset(s18.REJECTED) | frozenset(s19.REJECTED), split="heldout")}


if __name__ == "__main__":
    print_draw(draw, __doc__)
