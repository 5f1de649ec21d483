"""Micro-benchmark of the text primitives (language, sentences, numbers, dates) on real news.

Usage: PYTHONPATH=src python benchmarks/text_primitives.py [--limit N]

Prints JSON: articles/s per primitive (one core) on AG News items (short) and BBC articles
(~400 words), plus language-detection checks on MUC-3/4 dev (all English, mostly ALL CAPS) and
the fundus pages (English vs non-English by the publisher's country folder).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from eventwire.components.dates import find_dates
from eventwire.components.language import detect_language
from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.evaluate.common import data_dir

DATA = data_dir()  # ../shared/data, or $EVENTWIRE_DATA
EN_FOLDERS = {"us", "uk", "ca", "au", "ind", "za", "na", "ls", "gl", "my", "tw", "tz", "jp", "mx", "pt", "be"}


def _require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"missing data: {path} (see ../shared/data/README.md)")
    return path


def ag_news(limit: int) -> list[str]:
    """Short items: AG News test titles + descriptions."""
    with _require(DATA / "news/ag_news_test/test.csv").open(encoding="utf-8") as fh:
        return [f"{r[1]}\n\n{r[2]}" for r in itertools.islice(csv.reader(fh), limit)]


def bbc(limit: int) -> list[str]:
    """Full BBC articles."""
    files = sorted(_require(DATA / "news/bbc_fulltext").glob("*/*.txt"))[:limit]
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def rate(fn: Callable[[str], object], texts: list[str]) -> float:
    """Articles per second for fn over texts (best of 3 runs)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return round(len(texts) / best, 1)


def muc_language() -> dict[str, int]:
    """Detected languages over MUC-3/4 dev documents."""
    counts: dict[str, int] = {}
    for f in sorted(_require(DATA / "events/muc34/raw/CORPORA/dev").glob("dev-muc3-*")):
        for doc in re.split(r"\n(?=DEV-MUC3-\d+)", f.read_text(encoding="latin-1")):
            if doc.strip():
                lang = str(detect_language(doc))
                counts[lang] = counts.get(lang, 0) + 1
    return counts


def fundus_language() -> dict[str, int]:
    """English/non-English agreement on fundus bodies (country folder as the label)."""
    tally = {"en_as_en": 0, "en_rejected": 0, "foreign_rejected": 0, "foreign_passed": 0}
    for f in sorted(_require(DATA / "news/fundus_testdata").glob("*/*.json")):
        english = f.parent.name in EN_FOLDERS
        for entry in json.loads(f.read_text(encoding="utf-8")).values():
            body = entry.get("body") or {}
            text = " ".join(p for sec in body.get("sections", []) for p in sec.get("paragraphs", []))
            if not text:
                continue
            lang = detect_language(text)
            passed = lang in ("en", None)
            if english:
                tally["en_as_en" if passed else "en_rejected"] += 1
            else:
                tally["foreign_passed" if passed else "foreign_rejected"] += 1
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000)
    args = ap.parse_args()
    pub = date(2025, 6, 6)
    out: dict[str, object] = {}
    for name, texts in (("ag_news", ag_news(args.limit)), ("bbc", bbc(args.limit))):
        out[name] = {
            "articles": len(texts),
            "mean_chars": round(sum(map(len, texts)) / len(texts)),
            "language_per_s": rate(detect_language, texts),
            "sentences_per_s": rate(split_sentences, texts),
            "numbers_per_s": rate(find_numbers, texts),
            "dates_per_s": rate(lambda t: find_dates(t, pub), texts),
        }
    out["muc_dev_language"] = muc_language()
    out["fundus_language"] = fundus_language()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
