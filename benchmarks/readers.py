"""HTML reading quality and speed: body-text token P/R/F1 against gold bodies.

    python benchmarks/readers.py            # Scrapinghub article-extraction benchmark + fundus pages
Token overlap uses a \\w+ tokeniser, close to (not identical with) the AEB leaderboard's scorer.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eventwire.model import Article
from eventwire.readers import ReadOptions, read_sources

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS, require  # noqa: E402


def tokens(text: str) -> Counter[str]:
    """Bag of lower-cased word tokens."""
    return Counter(re.findall(r"\w+", text.lower()))


def prf(gold: Counter[str], out: Counter[str]) -> tuple[float, float]:
    """Token precision and recall of `out` against `gold`."""
    inter = sum((gold & out).values())
    return inter / max(1, sum(out.values())), inter / max(1, sum(gold.values()))


def aeb_pages() -> Iterator[tuple[Path, str]]:
    """(page, gold body) from the Scrapinghub article-extraction benchmark."""
    root = require(NEWS / "scrapinghub_aeb")
    for key, gold in sorted(json.loads((root / "ground-truth.json").read_text("utf-8")).items()):
        yield root / "html" / f"{key}.html.gz", gold["articleBody"]


def fundus_pages() -> Iterator[tuple[Path, str]]:
    """(page, gold body) for fundus pages whose expected parse maps to exactly one file."""
    root = require(NEWS / "fundus_testdata")
    pages = sorted(root.glob("*/*.html.gz"))
    publisher = {p: p.name.rsplit("_", 3)[0] for p in pages}
    counts = Counter(publisher.values())
    for page in pages:
        expected = page.parent / f"{publisher[page]}.json"
        if counts[publisher[page]] != 1 or not expected.exists():
            continue  # the version key ↔ file mapping is ambiguous
        versions = json.loads(expected.read_text("utf-8"))
        if len(versions) != 1:
            continue
        body = next(iter(versions.values())).get("body") or {}
        body = ast.literal_eval(body) if isinstance(body, str) else body
        yield page, " ".join(par for s in body.get("sections", []) for par in s.get("paragraphs", []))


def score(name: str, pages: Iterator[tuple[Path, str]]) -> None:
    """Read every page, print mean token P/R/F1, errors and pages per second."""
    ps, rs, errors, n = [], [], 0, 0
    t0 = time.perf_counter()
    for page, gold in pages:
        n += 1
        # headline=False: the gold is the body alone, and this measures the body extractor.
        [item] = list(read_sources([str(page)], ReadOptions(headline=False)))
        if not isinstance(item, Article):
            errors += 1
            continue
        if gold.strip():
            p, r = prf(tokens(gold), tokens(item.text))
            ps.append(p)
            rs.append(r)
    secs = time.perf_counter() - t0
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    print(f"{name}: {n} pages, {errors} unreadable, body P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}, "
          f"{n / secs:.1f} pages/s")


if __name__ == "__main__":
    score("scrapinghub_aeb", aeb_pages())
    score("fundus", fundus_pages())
