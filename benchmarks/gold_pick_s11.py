"""Reproducible draws of the session-11 dev event gold batches (ISW reports, Gaza headlines, non-ISW articles).

Batch 1 (gold_dev11.jsonl): 3 ISW daily reports of 2022 and 30 Gaza headlines. Batch 2 (gold_dev11b.jsonl, key
"batch2"): 6 more ISW reports of the same pool and 6 fundus, Wikinews-source and BBC articles (plus the rest of their
capped order, read after them).
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s11.py` (or pass --repo).
Prints pool sizes and the drawn ids; prints no text.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import source_text, split_of
from gold_pick_s6 import BATCH_FILE as BATCH_FILE_S6
from gold_pick_s6 import (
    HEADLINE_FILES,
    WIKINEWS,
    fundus_candidates,
    headline_candidates,
    pointer,
    print_draw,
    used_events,
    violent,
    wikinews_candidates,
)
from gold_pick_s9 import ISW_DIR, ISW_NAME, record_id

SEED = "eventwire-gold-s11"
BATCH_FILE = "gold_dev11.jsonl"
N_REPORTS, N_HEADLINES, MAX_PER_FILE = 3, 30, 10
# Longer reports than the earlier batches (6-12k): the short ones are used up. Widened only if too few pass.
MIN_CHARS, MAX_CHARS, WIDE_MAX = 12_000, 18_000, 20_000
# Gold made after this draw (19:44 UTC, 26 Nov 2026) and skipped so the draw reruns the same: the session-11 merge
# judge (windows nov30, may01, mar06; split "fresh2"), whose may01 window took gaza-bbc-00017 after it was drawn.
# Session 12's merge judge (split "fresh3", merge_outlets_gold5.py) and session 34's (split "fresh4",
# merge_outlets_gold6.py) are skipped too. A later batch that reads the same corpora must be added here.
LATER_FILES = {"merge_outlets_gold4.py", "merge_outlets_gold5.py", "merge_outlets_gold6.py"}
LATER_SPLITS = {"fresh2", "fresh3", "fresh4"}

# Batch 2, drawn at 19:55 UTC the same day over every gold file then present (the merge judge above included).
SEED_B = "eventwire-gold-s11b"
BATCH_FILE_B = "gold_dev11b.jsonl"
# Six reports, not three: none of the drawn articles has a codable event, so the ISW part took items 4-6 of the
# same shuffle as well (decided from the article texts alone, before any eventwire run on the batch).
N_REPORTS_B, N_ARTICLES_B, MAX_PER_OUTLET = 6, 6, 3
# The BBC politics folder only: the other four (business, entertainment, sport, tech) match the keywords on
# sporting "attacks" and labour "strikes", not conflict; the earlier BBC gold records are politics stories too.
BBC_DIR = "news/bbc_fulltext/politics"
# Gold written after batch 2's draw and skipped so it reruns the same: session 12's merge judge (split "fresh3")
# and session 34's (split "fresh4"); add later batches here.
LATER_FILES_B: set[str] = {"merge_outlets_gold5.py", "merge_outlets_gold6.py"}
LATER_SPLITS_B: set[str] = {"fresh3", "fresh4"}
# Event gold batches of later sessions ("gold_dev12.jsonl", ...) are skipped by a draw, like its own files.
_DEV_BATCH = re.compile(r"gold_(?:dev|held)(\d+)")


def _kept_rows(text: str, later_splits: set[str] = LATER_SPLITS) -> str:
    """JSON Lines text without the rows of merge splits labelled after a draw."""
    return "".join(row for row in text.splitlines(keepends=True)
                   if not (row.strip() and json.loads(row).get("split") in later_splits))


def later_event_files(repo: Path, session: int) -> frozenset[str]:
    """Event gold batches labelled in sessions after `session` (`gold_devN*.jsonl` or `gold_heldN*.jsonl`, N > session)."""
    return frozenset(f.name for f in (repo / "benchmarks/gold/events").glob("gold_*.jsonl")
                     if (m := _DEV_BATCH.match(f.name)) and int(m.group(1)) > session)


def _without_batch(repo: Path, tmp: Path, own: frozenset[str] = frozenset({BATCH_FILE, BATCH_FILE_B}),
                   later_files: set[str] = LATER_FILES, later_splits: set[str] = LATER_SPLITS, session: int = 11) -> Path:
    """A shadow of the repository's gold folders without a draw's own files or later batches, so it reruns the same."""
    own = own | later_event_files(repo, session)
    for sub in ("events", "merge"):
        d = tmp / "benchmarks/gold" / sub
        d.mkdir(parents=True, exist_ok=True)
        for f in sorted((repo / "benchmarks/gold" / sub).glob("*.jsonl")):
            if f.name not in own:
                (d / f.name).write_text(_kept_rows(f.read_text(encoding="utf-8"), later_splits), encoding="utf-8")
    for f in sorted(repo.glob("benchmarks/merge_outlets_gold*.py")):
        if f.name not in later_files:
            (tmp / "benchmarks" / f.name).write_bytes(f.read_bytes())
    return tmp


def used_reports(repo: Path) -> set[str]:
    """ISW file names that any gold file points to (gold_pick_s9.used_files skips its own batch files)."""
    return {n for f in sorted((repo / "benchmarks/gold").rglob("*.jsonl"))
            for n in ISW_NAME.findall(f.read_text(encoding="utf-8"))}


def used_ids(repo: Path) -> tuple[set[str], set[tuple[Any, ...]]]:
    """Ids and pointers of every events gold record (gold_pick_s6.used_events skips gold_held6.jsonl)."""
    ids, ptrs = used_events(repo)
    held6 = repo / "benchmarks/gold/events" / BATCH_FILE_S6
    for line in held6.read_text(encoding="utf-8").splitlines() if held6.exists() else []:
        if line.strip():
            r = json.loads(line)
            ids.add(r["id"])
            ptrs.add(pointer(r["source"]))
    return ids, ptrs


def draw_reports(repo: Path, seed: str = SEED, count: int = N_REPORTS) -> dict[str, Any]:
    """Fresh dev ISW reports of 12-18k characters (20k if too few), seeded shuffle, the first `count`."""
    root = corpus_path(*ISW_DIR.split("/"))
    used = used_reports(repo)
    fresh = [p.name for p in sorted(root.glob("*.txt")) if p.name not in used]
    chars = {n: len((root / n).read_text(encoding="utf-8")) for n in fresh}
    dev = [n for n in fresh if split_of(record_id(n)) == "dev"]
    pool = [n for n in dev if MIN_CHARS <= chars[n] <= MAX_CHARS]
    widened = len(pool) < count
    if widened:
        pool = [n for n in dev if MIN_CHARS <= chars[n] <= WIDE_MAX]
    random.Random(seed).shuffle(pool)
    picked = [{"id": record_id(n), "path": f"{ISW_DIR}/{n}", "chars": chars[n]} for n in pool[:count]]
    return {"unused": len(fresh), "dev_pool": len(pool), "widened": widened, "picked": picked}


def draw_headlines(repo: Path) -> dict[str, Any]:
    """Fresh dev Gaza headlines passing the violence filter, seeded shuffle, at most ten per file."""
    ids, ptrs = used_ids(repo)
    heads = [c for c in headline_candidates(repo) if c["id"] not in ids and pointer(c["source"]) not in ptrs]
    dev = sorted((c for c in heads if split_of(c["id"]) == "dev"), key=lambda c: c["id"])
    random.Random(SEED).shuffle(dev)
    picked: list[dict[str, Any]] = []
    per: dict[str, int] = {}
    for c in dev:
        name = c["source"]["path"].rsplit("/", 1)[1]
        if len(picked) == N_HEADLINES:
            break
        if per.get(name, 0) < MAX_PER_FILE:
            per[name] = per.get(name, 0) + 1
            picked.append({"id": c["id"], "source": c["source"]})
    pools = {name: sum(c["source"]["path"].endswith(name) for c in dev) for name in HEADLINE_FILES}
    return {"pool": len(heads), "dev_pool": len(dev), "dev_pool_by_file": pools, "picked": picked}


def bbc_candidates() -> list[dict[str, Any]]:
    """BBC politics stories (English) whose headline or opening passes the violence filter."""
    out = []
    for p in sorted(corpus_path(*BBC_DIR.split("/")).glob("*.txt")):
        title, _, body = p.read_text(encoding="utf-8").partition("\n")
        if violent(title, body.lstrip()):
            src = {"kind": "file", "path": f"{BBC_DIR}/{p.name}"}
            out.append({"id": f"bbc-politics-{p.stem}", "outlet": "BBC", "source": src})
    return out


def used_rows(repo: Path) -> set[int]:
    """Wikinews rows that merge gold reads as a whole (source null): none of their sources is fresh."""
    rows: set[int] = set()
    for f in sorted((repo / "benchmarks/gold/merge").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line) if line.strip() else {}
            if r.get("row") is not None and "source" in r and r["source"] is None:
                rows.add(int(r["row"]))
    return rows


def gold_sha1s(repo: Path) -> set[str]:
    """The text sha1 of every events gold record."""
    return {json.loads(line)["sha1"] for f in sorted((repo / "benchmarks/gold/events").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw_articles(repo: Path) -> dict[str, Any]:
    """Fresh dev fundus, Wikinews-source and BBC articles, seeded shuffle, at most three per outlet (as s6)."""
    ids, ptrs = used_ids(repo)
    rows = used_rows(repo)
    cands = fundus_candidates() + wikinews_candidates() + bbc_candidates()
    fresh = [c for c in cands if c["id"] not in ids and pointer(c["source"]) not in ptrs
             and not (c["source"]["path"] == WIKINEWS and c["source"]["line"] in rows)]
    dev = sorted((c for c in fresh if split_of(c["id"]) == "dev"), key=lambda c: c["id"])
    random.Random(SEED_B).shuffle(dev)
    # A source whose text is that of a gold record (or of an earlier candidate) under another pointer is not fresh:
    # wikinews-031-4 is the text of the held-aside wikinews-031-2. Dropped after the shuffle, so the order stays.
    seen = gold_sha1s(repo)
    capped: list[dict[str, Any]] = []
    per: dict[str, int] = {}
    for c in dev:
        sha = hashlib.sha1(source_text(c["source"]).encode("utf-8")).hexdigest()
        if sha in seen:
            continue
        seen.add(sha)
        if per.get(c["outlet"], 0) < MAX_PER_OUTLET:
            per[c["outlet"]] = per.get(c["outlet"], 0) + 1
            capped.append(c)
    picked, rest = capped[:N_ARTICLES_B], capped[N_ARTICLES_B:]
    # None of the six drawn has a codable event (the keywords matched a bill "killed", a labour "strike" and such),
    # so labelling went on down the same capped order until six had events or the order ended.
    kinds = {k: sum(c["id"].startswith(k + "-") for c in dev) for k in ("fundus", "wikinews", "bbc")}
    return {"pool": len(fresh), "dev_pool": len(dev), "dev_pool_by_kind": kinds, "picked": picked,
            "continuation": rest}


def draw(repo: Path) -> dict[str, Any]:
    """Both session-11 draws, each over a copy of the repository's gold files less its own and later batches."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        shadow = _without_batch(repo, Path(tmp))
        out = {"seed": SEED, "batch_file": BATCH_FILE, "reports": draw_reports(shadow),
               "headlines": draw_headlines(shadow)}
    with tempfile.TemporaryDirectory() as tmp:
        shadow = _without_batch(repo, Path(tmp), frozenset({BATCH_FILE_B}), LATER_FILES_B, LATER_SPLITS_B)
        out["batch2"] = {"seed": SEED_B, "batch_file": BATCH_FILE_B, "reports": draw_reports(shadow, SEED_B, N_REPORTS_B),
                         "articles": draw_articles(shadow)}
    return out


if __name__ == "__main__":
    print_draw(draw, __doc__)
