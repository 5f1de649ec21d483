"""Loaders for the news corpora in ../shared/data used by the speed benchmarks."""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from eventwire.evaluate.common import data_dir

SHARED = data_dir()  # ../shared/data, or $EVENTWIRE_DATA
NEWS = SHARED / "news"


_GOLD_ID = re.compile(r'\s*\{\s*"id"\s*:\s*"([^"]+)"')


def labelled_ids() -> set[str]:
    """Ids of every record in the non-held event gold files; held files are never opened, and of the others only each
    line's leading "id" is read (census pools leave these out to count on unlabelled text)."""
    ids: set[str] = set()
    for f in sorted((Path(__file__).resolve().parent / "gold" / "events").glob("*.jsonl")):
        if not f.name.startswith("gold_held"):
            ids.update(m.group(1) for line in f.read_text(encoding="utf-8").splitlines() if (m := _GOLD_ID.match(line)))
    return ids


def require(path: Path) -> Path:
    """Exit with a clear message when a data folder is missing."""
    if not path.exists():
        sys.exit(f"missing data: {path} (see ../shared/data/README.md)")
    return path


def isw_date(name: str) -> date | None:
    """ISW file names are like April_01_2022.txt."""
    try:
        return datetime.strptime(Path(name).stem, "%B_%d_%Y").date()
    except ValueError:
        return None


def isw(limit: int | None = None) -> Iterator[tuple[str, str, date | None]]:
    """(id, text, published) for the ISW daily reports."""
    files = sorted(require(NEWS / "isw_2022" / "txt").glob("*.txt"))[:limit]
    for f in files:
        yield f.name, f.read_text("utf-8", errors="replace"), isw_date(f.name)


def bbc(limit: int | None = None) -> Iterator[tuple[str, str, date | None]]:
    """(id, text, None) for the BBC full-text corpus (first line is the headline)."""
    files = sorted(require(NEWS / "bbc_fulltext").glob("*/*.txt"))[:limit]
    for f in files:
        yield f"{f.parent.name}/{f.name}", f.read_text("utf-8", errors="replace"), None


_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def reuters(limit: int | None = None) -> Iterator[tuple[str, str, date | None]]:
    """(id, body, None) for Reuters-21578 stories that have a body."""
    n = 0
    for f in sorted(require(NEWS / "reuters21578").glob("reut2-*.sgm")):
        for i, m in enumerate(_BODY.finditer(f.read_text("latin-1"))):
            if limit is not None and n >= limit:
                return
            yield f"{f.name}#{i}", html.unescape(m.group(1)).replace("\x03", "").strip(), None
            n += 1


CORPORA = {"isw": isw, "reuters": reuters, "bbc": bbc}
