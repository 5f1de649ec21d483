"""Time for one long document: the seed story repeated to 0.25-2 MB, through `eventwire.extract_many`.

Usage: PYTHONPATH=src python benchmarks/long_document.py [--sizes 0.25,0.5,1,2] [--stages 4]
Prints seconds and seconds per MB for each size, and the slowest stages; near-linear code keeps s/MB flat.
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from corpora import SHARED, require
from eventwire.api import extract_many
from eventwire.model import Article

SEED = SHARED / "seed" / "kyiv-airstrikes.txt"


def long_article(mb: float) -> Article:
    """The seed story repeated (paragraph-separated) until the text holds about `mb` megabytes."""
    story = require(SEED).read_text(encoding="utf-8")
    copies = int(mb * 1_000_000 / len(story.encode("utf-8"))) + 1
    return Article(id=f"seed-x{copies}", text="\n\n".join([story] * copies), published=date(2025, 6, 6))


def main() -> None:
    """Run each size once and print the timings."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.25,0.5,1,2", help="document sizes in MB, comma-separated")
    ap.add_argument("--stages", type=int, default=4, help="how many of the slowest stages to list")
    args = ap.parse_args()
    print(f"{'MB':>6} {'seconds':>8} {'s/MB':>6} {'events':>6}  slowest stages (s)")
    for mb in (float(x) for x in args.sizes.split(",")):
        art = long_article(mb)
        size = len(art.text.encode("utf-8")) / 1_000_000
        docs, stats = extract_many([art])
        t0 = time.perf_counter()
        events = sum(len(d.events) for d in docs)
        secs = time.perf_counter() - t0
        slow = sorted(stats.seconds.items(), key=lambda kv: -kv[1])[: args.stages]
        stages = ", ".join(f"{name} {s:.1f}" for name, s in slow)
        print(f"{size:6.2f} {secs:8.1f} {secs / size:6.1f} {events:6d}  {stages}", flush=True)


if __name__ == "__main__":
    main()
