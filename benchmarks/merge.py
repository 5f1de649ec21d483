"""Merge quality on Wikinews stories and the source articles they cite (same real-world event).

    python benchmarks/merge.py --build-gold     # (re)write benchmarks/gold/merge/wikinews.jsonl
    python benchmarks/merge.py                  # extract, dedup, merge the train documents; score them
    python benchmarks/merge.py --final          # all documents merged together; train and the held-aside split
                                                # (measure once, at the end)
    (the event-level ISW gold is scored by benchmarks/merge_isw.py)
Gold: one line per cited English source article that reports the story's event, with a pointer
(row, source index, url) and the sha1 of its text, never the text. Excluded sources (error pages,
reference pages, other events) are listed below with the reason. Stories are split by a seeded
shuffle: a third is held aside ('held'), fixed before any tuning; tune on 'train' only.
Scoring: each document's lead event (earliest evidence) stands for it; two documents are merged
when their lead events share a cluster. Pairwise and B-cubed over documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.evaluate.common import data_dir  # noqa: E402
from eventwire.merge import find_near_duplicates, merge_events  # noqa: E402
from eventwire.merge.score import bcubed, pairwise  # noqa: E402
from eventwire.model import Article, Event  # noqa: E402

DATA = data_dir() / "news" / "wikinewssum_en_sample" / "cleaned_endataset.jsonl"
GOLD = ROOT / "benchmarks" / "gold" / "merge" / "wikinews.jsonl"
SEED = 20251125
_DATE = re.compile(r"^(January|February|March|April|May|June|July|August|September|October|November|December)"
                   r" \d{1,2}, \d{4}$")

# (row, source index) -> why it is not a report of the story's event (judged from title and lead).
EXCLUDE: dict[tuple[int, int], str] = {
    (0, 3): "earlier story (May 2004)", (1, 1): "another event (candidacy)", (10, 0): "error page",
    (11, 1): "site home page", (16, 2): "earlier story (market share)", (16, 3): "earlier story (market share)",
    (25, 1): "another topic", (25, 5): "reference page", (30, 2): "conference page",
    (31, 2): "2001 press notes", (31, 4): "2001 press notes", (32, 1): "Portuguese reference page",
    (36, 0): "institution home page", (36, 1): "background feature", (38, 2): "later event",
    (38, 3): "earlier event", (38, 4): "reference page", (38, 5): "another event", (38, 6): "later event",
    (38, 7): "briefing on other topics", (43, 1): "campaign site", (52, 0): "reference page",
    (52, 1): "launch schedule", (52, 3): "reference page", (52, 5): "product page", (52, 6): "another event",
    (53, 0): "paywall page", (53, 2): "background analysis", (53, 3): "background essay",
    (55, 1): "campaign page", (60, 0): "error page", (63, 2): "security blog", (63, 3): "campaign under way",
    (63, 4): "security blog", (63, 5): "campaign under way", (63, 6): "security blog",
    (63, 7): "campaign under way", (63, 9): "security blog", (63, 10): "opinion", (63, 11): "another event",
    (64, 5): "another topic", (64, 6): "programme page", (65, 2): "announcement (October)",
    (65, 3): "biography", (65, 4): "announcement (October)", (71, 0): "login page", (74, 1): "data page",
    (74, 2): "reference page", (74, 3): "background", (76, 1): "programme page", (79, 1): "list page",
    (81, 1): "reference page", (82, 2): "another report", (82, 4): "statistics page", (83, 1): "another topic",
    (86, 1): "data page", (86, 2): "reference page", (87, 1): "committee home page", (87, 2): "2001 report",
    (90, 1): "another topic", (95, 0): "another topic (budget)", (97, 0): "hotline page",
    (97, 1): "a Wikinews copy", (99, 2): "review page", (99, 3): "filmography",
}
# Sources that report a different event than their story: the event they do report.
REASSIGN: dict[tuple[int, int], str] = {
    (43, 0): "ev63",  # the campaign's end, which is story 63's event
    (63, 0): "ev43",  # the campaign's launch, story 43's event
    (63, 1): "ev43",
    (54, 1): "ev54b",  # a car bomb the day after the twin bombings
}


def _story_dates(rows: list[dict]) -> list[date]:
    """The story date from its date category, else the nearest dated story (rows are in order)."""
    known = {}
    for i, r in enumerate(rows):
        for c in r["categories"]:
            if _DATE.match(c):
                known[i] = datetime.strptime(c, "%B %d, %Y").date()
                break
    out = []
    for i in range(len(rows)):
        nearest = min(known, key=lambda k: (abs(k - i), k))
        out.append(known[nearest])
    return out


def build_gold() -> None:
    """Write the gold file from the dataset and the judgments above."""
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    dates = _story_dates(rows)
    docs, seen = [], set()
    for i, r in enumerate(rows):
        for j, s in enumerate(r["sources"]):
            text = s.get("maintext") or ""
            if s.get("language") != "en" or len(text) < 300 or (i, j) in EXCLUDE:
                continue
            sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if sha in seen:
                continue  # the same page cited twice: one document
            seen.add(sha)
            docs.append({"doc": f"wn{i:03d}s{j:02d}", "row": i, "source": j, "event": REASSIGN.get((i, j), f"ev{i}"),
                         "published": dates[i].isoformat(), "url": s.get("url"), "sha1": sha})
    events = sorted({d["event"] for d in docs})
    random.Random(SEED).shuffle(events)
    held = set(events[: len(events) // 3])
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    with GOLD.open("w", encoding="utf-8") as f:
        for d in docs:
            d["split"] = "held" if d["event"] in held else "train"
            f.write(json.dumps(d) + "\n")
    print(f"{len(docs)} documents, {len(events)} events ({len(held)} held aside) -> {GOLD}")


def load_docs() -> tuple[list[dict], list[Article]]:
    """Gold lines and their articles, read from the shared data and checked against the sha1."""
    if not DATA.exists():
        sys.exit(f"missing data: {DATA} (see ../shared/data/README.md)")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    arts = []
    for g in gold:
        s = rows[g["row"]]["sources"][g["source"]]
        text = s["maintext"]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != g["sha1"]:
            sys.exit(f"{g['doc']}: text differs from the gold's sha1 (data changed?)")
        host = urlparse(g["url"] or "").netloc.removeprefix("www.") or None
        arts.append(Article(id=g["doc"], text=text, title=s.get("title"), url=g["url"], source=host,
                            published=date.fromisoformat(g["published"])))
    return gold, arts


def lead_event(events: list[Event]) -> Event | None:
    """The event reported first in the text (news leads with its main event)."""
    if not events:
        return None
    return min(events, key=lambda e: (min((v.start for v in e.evidence), default=10**9), -e.confidence, e.id))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-gold", action="store_true")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--final", action="store_true", help="also score the held-aside split")
    args = ap.parse_args()
    if args.build_gold:
        build_gold()
        return
    from eventwire.merge import MergeConfig
    from merge_outlets import extract_all

    gold, arts = load_docs()
    if not args.final:
        # A tuning run extracts and merges the train documents only: held-aside texts are read (sha1 check), never run.
        gold = [d for d in gold if d["split"] == "train"]
        train = {d["doc"] for d in gold}
        arts = [a for a in arts if a.id in train]
    t0 = time.perf_counter()
    per_doc = extract_all(arts, None)
    t_extract = time.perf_counter() - t0
    dups = find_near_duplicates(arts)
    cfg = MergeConfig() if args.threshold is None else MergeConfig(threshold=args.threshold)
    events = [e for evs in per_doc.values() for e in evs]
    clusters = merge_events(events, articles=arts, duplicates=dups, config=cfg)
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    pred: dict[str, str] = {}
    for doc, evs in per_doc.items():
        lead = lead_event(evs)
        pred[doc] = cluster_of[lead.id] if lead else f"none:{doc}"
    out: dict[str, object] = {"documents": len(arts), "events": len(events), "clusters": len(clusters),
                              "extract_seconds": round(t_extract, 1), "near_duplicates": len(dups)}
    # The held-aside split prints only with --final, so that tuning runs never show it.
    for split in ("train", "held") if args.final else ("train",):
        g = {d["doc"]: d["event"] for d in gold if d["split"] == split}
        covered = {k: v for k, v in g.items() if per_doc[k]}
        out[split] = {
            "documents": len(g), "with_events": len(covered),
            "pairwise_all": {k: round(v, 4) for k, v in pairwise(pred, g).items()},
            "bcubed_all": {k: round(v, 4) for k, v in bcubed(pred, g).items()},
            "pairwise_with_events": {k: round(v, 4) for k, v in pairwise(pred, covered).items()},
            "bcubed_with_events": {k: round(v, 4) for k, v in bcubed(pred, covered).items()},
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
