"""Plain text documents, with an optional `<name>.json` sidecar of metadata."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import make_article
from eventwire.readers.decode import decode_bytes
from eventwire.readers.options import ReadOptions

_SIDECAR_KEYS = ("id", "title", "url", "published", "source", "language")
_MAX_TITLE = 200
# A line that is only a date or a dateline ("April 1, 7:00 pm ET", "Monday, June 6, 2025"): not a title.
# A month's stem and any ending ("Sept.", "June"); readers import no pipeline component, so not lexicon.MONTH_STEMS.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ZONE = r"(?-i:[ECMP][SD]?T|UTC|GMT|MSK|EES?T|CES?T|BST)"  # upper case only: "May 9, 10 dead" is a headline
_DATELINE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?"
    rf"(?:,? (?:at )?\d{{1,2}}(?::\d{{2}})? ?(?:[ap]\.?m\.?)?)?(?: ?{_ZONE})?$", re.IGNORECASE)
# A byline: one or more names of two to four capitalised words ("A B, C D, and E F. G"). Without "By" it
# counts only before a dateline, as in ISW's reports: "Russian Forces and Ukrainian Troops Clash" is a headline.
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
_BYLINE = re.compile(rf"^(By )?{_NAME}(?:, {_NAME})*(?:,? and {_NAME})?$")


def sidecar_paths(path: Path) -> list[Path]:
    """Where a text file's metadata may live: `story.json` or `story.txt.json`."""
    return [path.with_suffix(".json"), path.with_name(path.name + ".json")]


def load_sidecar(path: Path) -> dict[str, Any]:
    """Metadata from the sidecar next to `path` ({} when there is none)."""
    for side in sidecar_paths(path):
        if side != path and side.is_file():
            try:
                data = json.loads(side.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError) as e:
                raise ReaderError(str(side), f"unreadable sidecar metadata: {e}") from e
            if not isinstance(data, dict):
                raise ReaderError(str(side), "sidecar metadata is not a JSON object")
            return {k: data[k] for k in _SIDECAR_KEYS if data.get(k) not in (None, "")}
    return {}


def normalize_newlines(text: str) -> str:
    """CRLF and CR to LF, so offsets do not depend on the platform that wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_line(text: str) -> tuple[str, str]:
    """The first non-blank line (spaces collapsed) and the text after it."""
    first, _, rest = text.lstrip().partition("\n")
    return " ".join(first.split()), rest


def headline(text: str) -> str | None:
    """The first line when it looks like a headline: short, followed by more text, no final period.

    A dateline or byline before it is passed over: ISW reports open with "April 1, 7:00 pm ET" or
    "Kateryna Stepanenko, ..., and Frederick W. Kagan", and neither is the report's title.
    """
    first, rest = _first_line(text)
    byline = _BYLINE.match(first)
    if byline:
        after, after_rest = _first_line(rest)
        if byline.group(1) or _DATELINE.match(after):
            first, rest = after, after_rest
    if _DATELINE.match(first):
        first, rest = _first_line(rest)
    if not rest.strip() or not first or len(first) > _MAX_TITLE or len(first.split()) > 30:
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return None
    if not re.search(r"[^\W\d_]", first):
        return None  # a row of digits or punctuation is not a title
    return first


def read_text_bytes(
    data: bytes, path: str, options: ReadOptions, meta: dict[str, Any] | None = None,
    declared_encoding: str | None = None,
) -> Article:
    """One Article from text bytes; `meta` (sidecar fields) overrides what the text suggests."""
    decoded = decode_bytes(data, path, declared_encoding)
    text = normalize_newlines(decoded.text)
    if not text.strip():
        raise ReaderError(path, "empty document")
    meta = dict(meta or {})
    extra: dict[str, Any] = {"format": "text", "encoding": decoded.encoding, **decoded.meta}
    title = meta.get("title")
    if not title:
        title = headline(text)
        if title:
            extra["title_from"] = "first_line"
            # A title read from the text is in it already, after a dateline perhaps: not to be put on top again.
            options = replace(options, headline=False)
    return make_article(
        text, path, options, id=meta.get("id"), title=title, url=meta.get("url"),
        source=meta.get("source"), published=meta.get("published"), language=meta.get("language"),
        meta=extra,
    )
