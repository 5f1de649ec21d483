"""Reproducible draw of the session-12 dev event gold batch (gold_dev12.jsonl): ISW reports and non-ISW articles.

Five ISW daily reports of 2022 (6-18k characters: the s9 and s11 size pools together) and four fundus, Wikinews-source
or BBC politics articles (plus the rest of their capped order, read after them where a drawn one has no event), each
a seeded shuffle of the fresh dev items, as gold_pick_s11.py's batch 2.
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s12.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import hashlib
import random
import tempfile
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import source_text, split_of
from gold_pick_s6 import WIKINEWS, fundus_candidates, pointer, print_draw, wikinews_candidates
from gold_pick_s9 import ISW_DIR, record_id

SEED = "eventwire-gold-s12"
BATCH_FILE = "gold_dev12.jsonl"
N_REPORTS, N_ARTICLES = 5, 4
# Only BBC politics stories are left fresh in dev (every fresh fundus page and Wikinews source is used or read), so
# s11's cap of three per outlet would stop the draw at three: no cap. Where a drawn story has no codable event,
# labelling goes on down the same order, at most to item 12 (fixed before reading any of them).
MAX_READ = 12
MIN_CHARS, MAX_CHARS = 6_000, 18_000
# Gold written after this draw (23:00 UTC, 26 Nov 2026) and skipped so it reruns the same; add later batches here.
LATER_FILES: set[str] = set()
LATER_SPLITS: set[str] = set()


def draw_reports(repo: Path, seed: str = SEED, wide: tuple[int, int] | None = None) -> dict[str, Any]:
    """Fresh dev ISW reports of 6-18k characters, seeded shuffle, the first five; with `wide`, that band when fewer
    than five fit (session 13's draw)."""
    root = corpus_path(*ISW_DIR.split("/"))
    used = s11.used_reports(repo)
    fresh = [p.name for p in sorted(root.glob("*.txt")) if p.name not in used]
    chars = {n: len((root / n).read_text(encoding="utf-8")) for n in fresh}
    dev = [n for n in fresh if split_of(record_id(n)) == "dev"]
    pool = [n for n in dev if MIN_CHARS <= chars[n] <= MAX_CHARS]
    widened = wide is not None and len(pool) < N_REPORTS
    if wide is not None and widened:
        lo, hi = wide
        pool = [n for n in dev if lo <= chars[n] <= hi]
    random.Random(seed).shuffle(pool)
    picked = [{"id": record_id(n), "path": f"{ISW_DIR}/{n}", "chars": chars[n]} for n in pool[:N_REPORTS]]
    out: dict[str, Any] = {"unused": len(fresh), "dev_pool": len(pool)}
    if wide is not None:
        out["widened"] = widened
    return {**out, "picked": picked}


def read_s11(repo: Path) -> set[str]:
    """Ids of session 11's batch-2 article order: all read and found negative, so not fresh (README lists them)."""
    with tempfile.TemporaryDirectory() as tmp:
        own = frozenset({s11.BATCH_FILE_B, BATCH_FILE})
        shadow = s11._without_batch(repo, Path(tmp), own, s11.LATER_FILES_B, s11.LATER_SPLITS_B)
        arts = s11.draw_articles(shadow)
    return {c["id"] for c in arts["picked"] + arts["continuation"]}


def fresh_articles(repo: Path, read: set[str], seed: str, cands: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The candidates no gold names (fresh), their dev part in a seeded shuffle, and that order less known texts."""
    ids, ptrs = s11.used_ids(repo)
    rows = s11.used_rows(repo)
    fresh = [c for c in cands if c["id"] not in ids | read and pointer(c["source"]) not in ptrs
             and not (c["source"]["path"] == WIKINEWS and c["source"]["line"] in rows)]
    dev = sorted((c for c in fresh if split_of(c["id"]) == "dev"), key=lambda c: c["id"])
    random.Random(seed).shuffle(dev)
    seen = s11.gold_sha1s(repo)  # a text already in gold (or met earlier) under another pointer is not fresh
    order: list[dict[str, Any]] = []
    for c in dev:
        sha = hashlib.sha1(source_text(c["source"]).encode("utf-8")).hexdigest()
        if sha not in seen:
            seen.add(sha)
            order.append({"id": c["id"], "source": c["source"]})
    return fresh, dev, order


def draw_articles(repo: Path, read: set[str]) -> dict[str, Any]:
    """Fresh dev fundus, Wikinews-source and BBC politics articles, seeded shuffle, duplicate texts dropped."""
    cands = fundus_candidates() + wikinews_candidates() + s11.bbc_candidates()
    fresh, dev, order = fresh_articles(repo, read, SEED, cands)
    kinds = {k: sum(c["id"].startswith(k + "-") for c in dev) for k in ("fundus", "wikinews", "bbc")}
    return {"pool": len(fresh), "dev_pool": len(dev), "dev_pool_by_kind": kinds, "picked": order[:N_ARTICLES],
            "continuation": order[N_ARTICLES:MAX_READ]}


def draw(repo: Path) -> dict[str, Any]:
    """Both parts of the draw over a copy of the gold files less this batch and later ones."""
    read = read_s11(repo)
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), LATER_FILES, LATER_SPLITS)
        return {"seed": SEED, "batch_file": BATCH_FILE, "skipped_s11_reads": len(read),
                "reports": draw_reports(shadow), "articles": draw_articles(shadow, read)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
