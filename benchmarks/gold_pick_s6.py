"""Reproducible draw of the session-6 held-aside event gold batch (non-ISW articles and Gaza headlines).

Run from the repository root: `PYTHONPATH=src python benchmarks/gold_pick_s6.py` (or pass --repo).
Prints pool sizes and the drawn ids; prints no article text.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import corpus_path
from eventwire.evaluate.gold import source_text, split_of

SEED = "eventwire-gold-s6"
BATCH_FILE = "gold_held6.jsonl"
N_ARTICLES, MAX_PER_OUTLET, N_HEADLINES = 8, 3, 12
VIOLENCE = re.compile(r"killed|strike|shelling|missile|drone|attack|bomb|clashes|troops|militants|gunmen|raid|"
                      r"explosion", re.I)
# Files of news/gaza_news_headlines with the gold.jsonl columns (date, publisher, title, url) -> id prefix.
# The CNN live-blog file has other columns and is left out.
HEADLINE_FILES = {"gaza-news.txt": "gaza", "googlenews-bbc-gaza.txt": "gaza-bbc", "wsj-news-middleeast.txt": "gaza-wsj"}
WIKINEWS = "news/wikinewssum_en_sample/cleaned_endataset.jsonl"
# Common English function words: a page is English when they make up a good share of its words.
EN_WORDS = frozenset("the and of to in a is was for that on with by at from as has have it said are were".split())


def is_english(text: str) -> bool:
    """True when common English function words are at least 20 % of the first 300 words."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:300]
    return bool(words) and sum(w in EN_WORDS for w in words) / len(words) >= 0.2


def violent(title: str, text: str) -> bool:
    """The keyword filter on the title and the first 600 characters."""
    return bool(VIOLENCE.search(title) or VIOLENCE.search(text[:600]))


def pointer(src: dict[str, Any]) -> tuple[Any, ...]:
    """A hashable form of a gold source pointer (kind, path, key/line/source)."""
    return (src["kind"], src["path"], src.get("key"), src.get("line"), src.get("source"))


def used_events(repo: Path) -> tuple[set[str], set[tuple[Any, ...]]]:
    """Ids and pointers of the events gold, the merge gold's Wikinews sources and the README's negatives."""
    ids: set[str] = set()
    ptrs: set[tuple[Any, ...]] = set()
    for f in sorted((repo / "benchmarks/gold/events").glob("*.jsonl")):
        if f.name == BATCH_FILE:  # this draw's own output: skipped so the draw stays reproducible
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                ids.add(r["id"])
                ptrs.add(pointer(r["source"]))
    # Wikinews sources in the merge gold were read by merge tuning: not fresh either.
    for f in sorted((repo / "benchmarks/gold/merge").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line) if line.strip() else {}
            if r.get("row") is not None and r.get("source") is not None:
                ptrs.add(("wikinews", WIKINEWS, None, int(r["row"]), int(r["source"])))
    # The README lists read-and-rejected conflict pages; they were looked at, so they are not fresh.
    for path, key in (("ca/CBCNews.json", "V1"), ("ind/TimesOfIndia.json", "V1"), ("za/DailyMaverick.json", "V1")):
        ptrs.add(("fundus", f"news/fundus_testdata/{path}", key, None, None))
    for row in (33, 56):
        ptrs.add(("wikinews", WIKINEWS, None, row, 0))
    return ids, ptrs


def used_headlines(repo: Path) -> tuple[set[tuple[str, int]], list[tuple[date, date]]]:
    """(file, line) pairs in the merge gold and its label tables, and the merge windows' day spans."""
    lines: set[tuple[str, int]] = set()
    for f in sorted((repo / "benchmarks/gold/merge").glob("*.jsonl")):
        for row in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(row) if row.strip() else {}
            if r.get("file") and r.get("line"):
                lines.add((r["file"], int(r["line"])))
    spans: list[tuple[date, date]] = []
    for f in sorted(repo.glob("benchmarks/merge_outlets_gold*.py")):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                    and isinstance(node.value, ast.Dict)):
                continue
            if node.target.id.startswith("WINDOWS"):
                for first, days in ast.literal_eval(node.value).values():
                    start = date.fromisoformat(first)
                    spans.append((start, start + timedelta(days=days - 1)))
            elif node.target.id in {"OVERRIDES", "LABELS2"}:
                # Only the keys ("file:line"); the values name module constants such as _NONE.
                for k in node.value.keys:
                    if isinstance(k, ast.Constant) and isinstance(k.value, str):
                        name, _, num = k.value.rpartition(":")
                        lines.add((name, int(num)))
    return lines, spans


def fundus_candidates() -> list[dict[str, Any]]:
    """English fundus pages that pass the violence filter."""
    out = []
    root = corpus_path("news", "fundus_testdata")
    for f in sorted(root.glob("*/*.json")):
        for key, rec in json.loads(f.read_text(encoding="utf-8")).items():
            src = {"kind": "fundus", "path": f"news/fundus_testdata/{f.parent.name}/{f.name}", "key": key}
            text = source_text(src)
            if is_english(text) and violent(rec["title"], text[len(rec["title"]):].lstrip()):
                rid = f"fundus-{f.stem.lower()}-{key.lower().replace('_', '-')}"
                out.append({"id": rid, "outlet": f.stem, "source": src})
    return out


def wikinews_candidates() -> list[dict[str, Any]]:
    """English Wikinews cited sources that pass the violence filter."""
    out = []
    for row, line in enumerate(corpus_path(*WIKINEWS.split("/")).read_text(encoding="utf-8").splitlines()):
        for n, s in enumerate(json.loads(line)["sources"]):
            text = str(s.get("maintext") or "")
            if s.get("language") == "en" and text.strip() and violent(str(s.get("title") or ""), text):
                outlet = re.sub(r"^www\.", "", (s.get("url") or "").split("/")[2] if "//" in (s.get("url") or "") else "")
                src = {"kind": "wikinews", "path": WIKINEWS, "line": row, "source": n}
                out.append({"id": f"wikinews-{row:03d}-{n}", "outlet": outlet or "wikinews", "source": src})
    return out


def headline_candidates(repo: Path) -> list[dict[str, Any]]:
    """Gaza headlines that pass the violence filter, outside the merge gold and its windows."""
    taken, spans = used_headlines(repo)
    out = []
    for name, prefix in HEADLINE_FILES.items():
        path = f"news/gaza_news_headlines/{name}"
        for i, row in enumerate(corpus_path(*path.split("/")).read_text(encoding="utf-8").splitlines(), start=1):
            cols = row.split("\t")
            if len(cols) < 4 or (name, i) in taken:
                continue
            try:
                day = date.fromisoformat(cols[0])
            except ValueError:
                continue
            if any(a <= day <= b for a, b in spans):
                continue
            src = {"kind": "tsv_line", "path": path, "line": i, "column": 2}
            if violent(source_text(src), ""):
                out.append({"id": f"{prefix}-{i:05d}", "outlet": cols[1], "source": src})
    return out


def draw(repo: Path) -> dict[str, Any]:
    """Pools, held-aside pools and the drawn articles and headlines."""
    ids, ptrs = used_events(repo)
    fresh = [c for c in fundus_candidates() + wikinews_candidates() if c["id"] not in ids and pointer(c["source"]) not in ptrs]
    heads = [c for c in headline_candidates(repo) if c["id"] not in ids and pointer(c["source"]) not in ptrs]
    held_a = sorted((c for c in fresh if split_of(c["id"]) == "heldout"), key=lambda c: c["id"])
    held_h = sorted((c for c in heads if split_of(c["id"]) == "heldout"), key=lambda c: c["id"])
    random.Random(SEED).shuffle(held_a)
    random.Random(SEED).shuffle(held_h)
    picked: list[dict[str, Any]] = []
    per: dict[str, int] = {}
    for c in held_a:
        if len(picked) == N_ARTICLES:
            break
        if per.get(c["outlet"], 0) < MAX_PER_OUTLET:
            per[c["outlet"]] = per.get(c["outlet"], 0) + 1
            picked.append(c)
    return {"seed": SEED, "article_pool": len(fresh), "article_pool_heldout": len(held_a),
            "headline_pool": len(heads), "headline_pool_heldout": len(held_h),
            "articles": picked, "headlines": held_h[:N_HEADLINES]}


def print_draw(draw_of: Callable[[Path], dict[str, Any]], doc: str | None) -> None:
    """Print a draw over the repository (`--repo`, default this one) as JSON; the gold pickers' command line."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    print(json.dumps(draw_of(ap.parse_args().repo), indent=1))


if __name__ == "__main__":
    print_draw(draw, __doc__)
