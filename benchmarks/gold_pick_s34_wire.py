"""Reproducible draw of session 34's blind dev wire batch (gold_dev34.jsonl): Reuters-21578 stories.

Sixteen 1987 Reuters-21578 stories whose ids hash to the dev split (gold_pick_s14's candidate filter and pointers),
walked in this batch's seeded shuffle past the stories rejected by reading their titles only (`REJECTED`, decided
before any story text was read; s14's categories: business, politics, accident, labour, posture), skipping unread the
titles the earlier dev walk of session 17 read (gold_pick_s18). A title that names or may tell an attack, a fight, a
bombing, a raid or a retaliation is kept, so the batch may hold negatives. The stories are labelled blind (no
extractor run on them) and scored with `fresh_gold.py gold_dev34.jsonl`.
Run from the repository root: `PYTHONPATH=src:benchmarks python benchmarks/gold_pick_s34_wire.py`.
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s14 as s14
import gold_pick_s18 as s18
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s34-wire"
BATCH_FILE = "gold_dev34.jsonl"
# The draw prints sixteen ids, but gold_dev34.jsonl holds fifteen: reuters-9179 was drawn, then dropped, because it
# is dev18's reuters-9221 under another id (the same story twice in the corpus; see the events README).
N_STORIES = 16
# Rejected on the title alone, in the shuffled order, until sixteen were kept.
REJECTED: dict[int, str] = {
    19882: "posture", 13963: "posture", 11459: "business", 7403: "business", 20555: "business", 3391: "business",
    2734: "politics", 6189: "business", 9979: "business", 12641: "accident", 2879: "business", 15988: "accident",
    7661: "labour", 12584: "politics", 10004: "business", 2842: "politics", 8749: "posture", 17279: "politics",
    10189: "accident", 1416: "politics", 15943: "business", 8557: "politics", 15947: "business", 2910: "business",
    13248: "accident", 2036: "business", 2730: "politics", 255: "politics", 18231: "posture", 10554: "business",
    13320: "posture", 17514: "business", 10607: "accident", 20909: "politics", 11426: "business", 7535: "politics",
    5963: "politics", 286: "politics", 12618: "business", 1254: "business", 5268: "business", 17190: "business",
    16550: "politics", 5157: "politics", 13048: "business", 5871: "politics", 20305: "business", 4975: "business",
    17436: "posture", 12700: "accident", 21279: "business", 6397: "accident", 17879: "accident", 4110: "accident",
    13003: "business", 2359: "politics", 17509: "posture", 12836: "labour",
}


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=34)
        return {"seed": SEED, "batch_file": BATCH_FILE,
                "stories": s14.draw_stories(shadow, SEED, N_STORIES, REJECTED, frozenset(s18.REJECTED), split="dev")}


if __name__ == "__main__":
    print_draw(draw, __doc__)
