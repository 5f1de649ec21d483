"""Reproducible draw of the session-13 dev event gold batch (gold_dev13.jsonl): ISW reports and non-ISW articles.

Five ISW daily reports of 2022 (6-18k characters, widened to 5-20k if fewer than five remain) and up to three fundus
pages or Wikinews sources, each a seeded shuffle of the fresh dev items, as gold_pick_s12.py.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s13.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text. The keyword-filtered article pool is empty, so
`title_pool` lists the fresh English dev pages and sources without the filter: their titles (read by hand, titles
only) name no conflict event, so no article was drawn (see the gold README).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
import gold_pick_s12 as s12
from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import source_text, split_of
from gold_pick_s6 import WIKINEWS, fundus_candidates, is_english, pointer, print_draw, wikinews_candidates

SEED = "eventwire-gold-s13"
BATCH_FILE = "gold_dev13.jsonl"
N_REPORTS, N_ARTICLES = 5, 3
WIDE_MIN, WIDE_MAX = 5_000, 20_000
# Gold written after this draw (00:40 UTC, 27 Nov 2026) and skipped so it reruns the same; add later batches here.
LATER_FILES: set[str] = set()
LATER_SPLITS: set[str] = set()


def draw_reports(repo: Path) -> dict[str, Any]:
    """Fresh dev ISW reports of 6-18k characters (5-20k if too few), seeded shuffle, the first five."""
    return s12.draw_reports(repo, SEED, wide=(WIDE_MIN, WIDE_MAX))


def draw_articles(repo: Path, read: set[str]) -> dict[str, Any]:
    """Fresh dev fundus pages and Wikinews sources past the violence filter, seeded shuffle, duplicate texts dropped."""
    fresh, dev, order = s12.fresh_articles(repo, read, SEED, fundus_candidates() + wikinews_candidates())
    kinds = {k: sum(c["id"].startswith(k + "-") for c in dev) for k in ("fundus", "wikinews")}
    return {"pool": len(fresh), "dev_pool": len(dev), "dev_pool_by_kind": kinds, "fresh_texts": len(order),
            "picked": order[:N_ARTICLES]}


def title_pool(repo: Path, read: set[str]) -> list[str]:
    """Ids of the fresh English dev fundus pages and Wikinews sources with no keyword filter (read by title only)."""
    ids, ptrs = s11.used_ids(repo)
    rows, seen = s11.used_rows(repo), s11.gold_sha1s(repo)
    srcs = [(f"fundus-{f.stem.lower()}-{key.lower().replace('_', '-')}",
             {"kind": "fundus", "path": f"news/fundus_testdata/{f.parent.name}/{f.name}", "key": key})
            for f in sorted(corpus_path("news", "fundus_testdata").glob("*/*.json"))
            for key in json.loads(f.read_text(encoding="utf-8"))]
    for row, line in enumerate(corpus_path(*WIKINEWS.split("/")).read_text(encoding="utf-8").splitlines()):
        for n, s in enumerate(json.loads(line)["sources"]):
            if s.get("language") == "en" and row not in rows:
                srcs.append((f"wikinews-{row:03d}-{n}", {"kind": "wikinews", "path": WIKINEWS, "line": row, "source": n}))
    out = []
    for rid, src in srcs:
        if rid in ids | read or pointer(src) in ptrs or split_of(rid) != "dev":
            continue
        text = source_text(src)
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if text.strip() and is_english(text) and sha not in seen:  # a text met before (or already gold) counts once
            seen.add(sha)
            out.append(rid)
    return out


def draw(repo: Path) -> dict[str, Any]:
    """Both parts of the draw over a copy of the gold files less this batch and later ones."""
    read = s12.read_s11(repo)  # the same batch-2 reads: its skip set already names dev13
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), LATER_FILES, LATER_SPLITS, session=13)
        return {"seed": SEED, "batch_file": BATCH_FILE, "skipped_s11_reads": len(read),
                "reports": draw_reports(shadow), "articles": draw_articles(shadow, read),
                "title_pool": title_pool(shadow, read)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
