"""Reproducible draw of the session-13 dev event gold batch of wire news (gold_dev14.jsonl): Reuters-21578 stories.

Fifteen 1987 Reuters stories whose title or body matches the violence filter below, of 150-3,000 characters as the
gold loader rebuilds them (title, blank line, dateline + body), whose id `split_of` puts in dev and that no gold file
names (by NEWID pointer, id or text sha1); a seeded shuffle, walked in order, skipping the stories rejected by
reading their titles only (`REJECTED`, decided before any story text was read).
Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s14.py` (or pass --repo).
Prints pool sizes and the drawn ids and pointers; prints no text.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import gold_pick_s11 as s11
from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import source_text, split_of
from gold_pick_s6 import print_draw

SEED = "eventwire-gold-s14"
BATCH_FILE = "gold_dev14.jsonl"
N_STORIES = 15
MIN_CHARS, MAX_CHARS = 150, 3_000
REUTERS_DIR = "news/reuters21578"
# Violent-conflict words; "shell" only as shelling/shelled (Shell the oil company), no "strike" or "raid" (labour
# strikes, share raids), which would fill the pool with business news.
VIOLENCE = re.compile(r"\b(attack(s|ed|ing)?|shell(s|ing|ed)|killed|killing|bomb(s|ed|ing|ings)?|guerrillas?|rebels?|"
                      r"clash(es|ed)?|missiles?|gunmen|gunboats?|artillery|air ?raids?|ambush(ed)?|insurgents?|"
                      r"mortars?|rockets?)\b", re.I)
# Rejected on the title alone (read in the shuffled order until fifteen were kept; a title that names or may tell an
# attack is kept): "business" = a company, market or trade story; "politics" = policy, inquiries, warnings, arms
# control; "posture" = deployments, escorts or alerts with no attack named; "accident" = an industrial accident, a
# natural disaster or a space launch.
REJECTED: dict[int, str] = {
    178: "politics", 207: "accident", 2359: "business", 3112: "politics", 4170: "business", 5514: "business",
    5868: "business", 6343: "accident", 6826: "politics", 8089: "accident", 8749: "politics", 9019: "business",
    9464: "business", 9703: "politics", 9979: "business", 10750: "business", 11459: "business", 12945: "business",
    13247: "posture", 16828: "business", 17514: "business", 17668: "politics", 17879: "accident", 18923: "business",
    19735: "business", 19797: "politics", 19882: "politics", 20464: "posture", 20756: "posture", 20890: "politics",
}
_STORY = re.compile(r'<REUTERS [^>]*NEWID="(\d+)">.*?<DATE>\s*([^<]+?)\s*</DATE>.*?</REUTERS>', re.S)


def record_id(newid: int) -> str:
    """The gold id of a Reuters story: reuters-<NEWID>."""
    return f"reuters-{newid}"


def published(stamp: str) -> str:
    """ISO day of a Reuters <DATE> ("26-FEB-1987 15:01:01.79")."""
    return datetime.strptime(stamp.split()[0].title(), "%d-%b-%Y").date().isoformat()


def used(repo: Path) -> tuple[set[str], set[tuple[str, int]], set[str]]:
    """Ids, Reuters (path, NEWID) pointers and text sha1s of every events gold record."""
    ids: set[str] = set()
    ptrs: set[tuple[str, int]] = set()
    shas: set[str] = set()
    for f in sorted((repo / "benchmarks/gold/events").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                ids.add(r["id"])
                shas.add(r["sha1"])
                if r["source"]["kind"] == "reuters":
                    ptrs.add((r["source"]["path"], int(r["source"]["newid"])))
    return ids, ptrs, shas


def candidates(repo: Path) -> list[dict[str, Any]]:
    """Fresh dev Reuters stories of 150-3,000 characters with a body that pass the violence filter, by NEWID."""
    ids, ptrs, shas = used(repo)
    out = []
    for f in sorted(corpus_path(*REUTERS_DIR.split("/")).glob("reut2-*.sgm")):
        path = f"{REUTERS_DIR}/{f.name}"
        for m in _STORY.finditer(f.read_text(encoding="latin-1")):
            newid = int(m.group(1))
            src = {"kind": "reuters", "path": path, "newid": newid}
            text = source_text(src)
            if "\n\n" not in text or not MIN_CHARS <= len(text) <= MAX_CHARS or not VIOLENCE.search(text):
                continue  # no body (title only), out of the size bounds, or no violence word
            sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if record_id(newid) in ids or (path, newid) in ptrs or sha in shas:
                continue
            out.append({"id": record_id(newid), "source": src, "sha1": sha, "published": published(m.group(2)),
                        "chars": len(text)})
    return out


def draw_stories(repo: Path, seed: str = SEED, n: int = N_STORIES, rejected_titles: dict[int, str] | None = None,
                 skip: frozenset[int] = frozenset(), split: str = "dev") -> dict[str, Any]:
    """One split's pool (dev by default), seeded shuffle, walked past the title rejections until `n` are kept.

    `skip` holds stories whose titles an earlier draw read and rejected: passed over unread (session 15's draw).
    """
    titles = REJECTED if rejected_titles is None else rejected_titles
    pool = candidates(repo)
    dev = [c for c in pool if split_of(c["id"]) == split]
    random.Random(seed).shuffle(dev)
    picked: list[dict[str, Any]] = []
    rejected: list[dict[str, str]] = []
    read = 0
    for c in dev:
        if len(picked) == n:
            break
        newid = c["source"]["newid"]
        if newid in skip:
            continue
        read += 1
        if newid in titles:
            rejected.append({"id": c["id"], "why": titles[newid]})
        else:
            picked.append(c)
    return {"pool": len(pool), f"{split}_pool": len(dev), "titles_read": read, "rejected": rejected, "picked": picked}


def draw(repo: Path) -> dict[str, Any]:
    """The draw over a copy of the gold files less this batch, so it reruns the same."""
    with tempfile.TemporaryDirectory() as tmp:
        shadow = s11._without_batch(repo, Path(tmp), frozenset({BATCH_FILE}), set(), set(), session=14)
        return {"seed": SEED, "batch_file": BATCH_FILE, "stories": draw_stories(shadow)}


if __name__ == "__main__":
    print_draw(draw, __doc__)
