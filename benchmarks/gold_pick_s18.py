"""Reproducible draw of the session-17 blind held-aside event gold batch (gold_held18.jsonl): ISW reports and wire stories.

Two ISW daily reports of 2022 from the held-aside hash (gold_pick_s17's pool and band, this batch's seed, the first
two of the shuffle) and ten 1987 Reuters-21578 stories whose ids hash to the held-aside split (gold_pick_s14's
candidate filter and pointers), walked in a seeded shuffle past the stories rejected by reading their titles only
(`REJECTED`, decided before any story text was read). No rule round reads held-hash texts, so the batch is blind;
it joins the held-aside figure.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s18.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s14 as s14
import gold_pick_s17 as s17
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s18"
BATCH_FILE = "gold_held18.jsonl"
N_REPORTS, N_STORIES = 2, 10
# Rejected on the title alone, in the shuffled order, until ten were kept (s14's categories); a title that names or
# may tell an attack, a fight or a retaliation is kept, so the batch may hold negatives.
REJECTED: dict[int, str] = {
    17203: "business", 14611: "business", 3871: "politics", 4545: "politics", 11296: "business", 11453: "business",
    14698: "business", 6470: "politics", 8150: "accident", 8095: "politics", 20740: "business", 18344: "business",
    2848: "business", 15073: "accident", 4013: "politics", 18418: "politics", 18330: "politics", 5717: "business",
    1697: "business", 15166: "business", 6854: "business", 16212: "accident", 2271: "business", 4431: "business",
    11672: "business", 8688: "posture",
}


def draw(repo: Path) -> dict[str, Any]:
    """Both parts of the draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=18)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": s17.draw_reports(shadow, SEED, N_REPORTS),
                "stories": s14.draw_stories(shadow, SEED, N_STORIES, REJECTED, split="heldout")}


if __name__ == "__main__":
    print_draw(draw, __doc__)
