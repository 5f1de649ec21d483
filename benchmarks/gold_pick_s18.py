"""Reproducible draw of the session-17 blind held-aside event gold batch (gold_held18.jsonl): ISW reports and wire stories.

Two ISW daily reports of 2022 from the held-aside hash (gold_pick_s17's pool and band, this batch's seed, the first
two of the shuffle) and ten 1987 Reuters-21578 stories whose ids hash to the held-aside split (gold_pick_s14's
candidate filter and pointers), walked in a seeded shuffle past the stories rejected by reading their titles only
(`REJECTED`, decided before any story text was read). No rule round reads held-hash texts, so the batch is blind;
it joins the held-aside figure. A second part, gold_dev18.jsonl, is finding material for the session's wire-story
round: fifteen dev-hash Reuters stories walked the same way with their own seed, skipping stories whose titles s14's or
s15's walks read.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s18.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s14 as s14
import gold_pick_s15 as s15
import gold_pick_s17 as s17
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s18"
BATCH_FILE = "gold_held18.jsonl"
N_REPORTS, N_STORIES = 2, 10
SEED_DEV, BATCH_FILE_DEV, N_STORIES_DEV = "eventwire-gold-s18-dev", "gold_dev18.jsonl", 15
# Rejected on the title alone, in the shuffled order, until ten were kept (s14's categories); a title that names or
# may tell an attack, a fight or a retaliation is kept, so the batch may hold negatives.
REJECTED: dict[int, str] = {
    17203: "business", 14611: "business", 3871: "politics", 4545: "politics", 11296: "business", 11453: "business",
    14698: "business", 6470: "politics", 8150: "accident", 8095: "politics", 20740: "business", 18344: "business",
    2848: "business", 15073: "accident", 4013: "politics", 18418: "politics", 18330: "politics", 5717: "business",
    1697: "business", 15166: "business", 6854: "business", 16212: "accident", 2271: "business", 4431: "business",
    11672: "business", 8688: "posture",
}
# The dev part's title rejections, in its own walk (a threat or a reaction that names an attack is kept).
REJECTED_DEV: dict[int, str] = {
    11592: "business", 17190: "business", 11467: "politics", 20555: "business", 18231: "posture", 3590: "politics",
    2759: "politics", 19491: "politics", 2310: "business", 5275: "accident", 16827: "labour", 13003: "business",
    14754: "politics", 6189: "business", 7885: "business", 19884: "business", 4975: "business", 3829: "politics",
    4110: "accident", 21279: "business", 12291: "business", 12396: "business", 5871: "politics", 17962: "business",
    12618: "business", 12725: "accident", 10630: "politics", 17750: "posture", 15932: "accident", 15239: "business",
    13320: "posture", 21576: "accident", 20305: "business", 18442: "politics", 7525: "politics", 13248: "accident",
    4752: "politics", 16032: "business", 19756: "politics", 14283: "business", 9708: "business", 19243: "business",
    9801: "posture", 12584: "business", 13541: "accident", 5262: "accident", 19403: "business", 6645: "politics",
    6546: "business", 1254: "business", 16089: "business",
}


def draw(repo: Path) -> dict[str, Any]:
    """Both parts of the draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE, BATCH_FILE_DEV}), set(), set(), session=18)
        seen = frozenset(s14.REJECTED) | frozenset(s15.REJECTED)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": s17.draw_reports(shadow, SEED, N_REPORTS),
                "stories": s14.draw_stories(shadow, SEED, N_STORIES, REJECTED, split="heldout"),
                "dev": {"seed": SEED_DEV, "batch_file": BATCH_FILE_DEV,
                        "stories": s14.draw_stories(shadow, SEED_DEV, N_STORIES_DEV, REJECTED_DEV, seen)}}


if __name__ == "__main__":
    print_draw(draw, __doc__)
