"""Reproducible draw of the session-14 blind dev event gold batch (gold_dev15.jsonl): ISW reports and Reuters stories.

Three ISW daily reports of 2022 (gold_pick_s13.py's band: 6-18k characters, widened to 5-20k if fewer than five
remain; the first three of the shuffle) and eight 1987 Reuters-21578 stories (gold_pick_s14.py's candidate filter and
pointers, dev ids only, walked in a seeded shuffle past the stories rejected by reading their titles only: s14's
`REJECTED` and this batch's own, decided before any story text was read).
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s15.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s12 as s12
import gold_pick_s13 as s13
import gold_pick_s14 as s14
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s15"
BATCH_FILE = "gold_dev15.jsonl"
N_REPORTS, N_STORIES = 3, 8
# Rejected on the title alone, in the shuffled order, until eight were kept (s14's categories: "business",
# "politics", "posture", "accident", and "labour" for a strike story whose title names no violence); a title that
# names or may tell an attack or riot is kept, so the batch may hold negatives.
REJECTED: dict[int, str] = {
    10346: "labour", 5224: "accident", 8675: "posture", 7535: "politics", 16660: "business", 9327: "accident",
    12651: "accident", 17462: "politics", 2910: "business", 13542: "politics", 15943: "business", 16165: "politics",
    8856: "politics", 10607: "accident",
}


def draw_reports(repo: Path) -> dict[str, Any]:
    """Fresh dev ISW reports in s13's size band, seeded shuffle, the first three."""
    out = s12.draw_reports(repo, SEED, wide=(s13.WIDE_MIN, s13.WIDE_MAX))
    return {**out, "picked": out["picked"][:N_REPORTS]}


def draw_stories(repo: Path) -> dict[str, Any]:
    """Fresh dev Reuters stories in a seeded shuffle, walked past the title rejections until eight are kept.

    Stories whose titles s14's walk read and rejected are passed over unread.
    """
    return s14.draw_stories(repo, SEED, N_STORIES, REJECTED, frozenset(s14.REJECTED))


def draw(repo: Path) -> dict[str, Any]:
    """Both parts of the draw over a copy of the gold files less this batch and later ones."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=15)
        return {"seed": SEED, "batch_file": BATCH_FILE, "reports": draw_reports(shadow),
                "stories": draw_stories(shadow)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
