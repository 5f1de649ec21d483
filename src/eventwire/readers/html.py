"""HTML pages: main text, title, date and outlet with trafilatura."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import make_article
from eventwire.readers.options import ReadOptions
from eventwire.readers.text import normalize_newlines

_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
# Below this many words what trafilatura finds is navigation or boilerplate, not a report.
MIN_WORDS = 12
# Scripts written without spaces (Chinese, Japanese, Thai...): count two characters as a word.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def word_count(text: str) -> int:
    """Words in `text`, with unspaced scripts counted by characters."""
    return len(text.split()) + len(_UNSPACED.findall(text)) // 2


# A menu item ("World", "Section 12") is a short line that ends no sentence; prose has long or closed lines.
# Sentence marks of other scripts too (Arabic ؟ ؛ ۔, Devanagari । ॥, CJK full-width 。！？, Armenian, Ethiopic,
# Myanmar, Tibetan, Greek ;): a short Arabic or Hindi brief was refused as menu links. Not "…": menu and link text
# ends in it ("Read more…", "Loading…").
_CLOSED = re.compile(r"[.!?;:\"”。！？．｡؟؛۔।॥။።፧։།\u037e]\W*$")


def prose_words(text: str) -> int:
    """Words in the lines of `text` that read as prose: 6 words or more, or closed like a sentence."""
    return sum(n for line in text.splitlines() if (n := word_count(line)) >= 6 or (n and _CLOSED.search(line)))


def html_language(data: bytes) -> str | None:
    """The language declared on the <html> element, if any."""
    m = _LANG.search(data[:8192])
    return m.group(1).decode("ascii") if m else None


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_SEPARATORS = (" | ", " – ", " — ", " · ", " - ", " :: ")


def page_title(data: bytes, title: str | None, site: str | None) -> str | None:
    """The page's own headline when the extracted title is only the outlet's name (og:title set to the site).

    "<title>Russia-Ukraine Warning Update: ... | Institute for the Study of War</title>" gives the part before " | ".
    """
    key = (site or "").strip().casefold()
    if not title or not key or title.strip().casefold() != key:
        return title
    m = _TITLE.search(data[:262144])
    whole = " ".join(html.unescape(m.group(1).decode("utf-8", errors="replace")).split()) if m else ""
    for sep in _SEPARATORS:
        head, found, tail = whole.rpartition(sep)
        if found and tail.strip().casefold() == key and head.strip():
            return head.strip()
        head, found, tail = whole.partition(sep)
        if found and head.strip().casefold() == key and tail.strip():
            return tail.strip()
    return title


def extract_html(data: bytes | str, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's JSON result for a page (None when it finds nothing)."""
    import trafilatura  # imported on first use: it takes a few hundred ms

    out = trafilatura.extract(
        data, url=url, output_format="json", with_metadata=True, include_comments=False,
        include_tables=False, deduplicate=False,
    )
    return json.loads(out) if out else None


# Labels that browsers read as windows-1252 (WHATWG Encoding Standard). Python's latin-1 turns the curly quotes and
# dashes such pages hold (bytes 0x80-0x9F) into control characters, which trafilatura then drops.
_LATIN1_LABEL = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*(?:iso[-_]?8859[-_]1|latin[-_]?1|l1|"
                           rb"us-ascii|ascii|iso-ir-100|cp819|ibm819)\b", re.I)
_C1 = re.compile(rb"[\x80-\x9f]")


def as_windows_1252(data: bytes) -> bytes | str:
    """The page as text when it declares Latin-1 (or ASCII) but holds windows-1252 punctuation; else the bytes."""
    if not _C1.search(data) or not _LATIN1_LABEL.search(data[:8192]):
        return data
    try:
        data.decode("utf-8")
        return data  # mislabelled UTF-8: trafilatura's own detection reads it
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_html_bytes(
    data: bytes, path: str, options: ReadOptions, url: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Article:
    """One Article from an HTML page; ReaderError when the page holds no article text."""
    try:
        doc = extract_html(as_windows_1252(data), url)
    except (ValueError, TypeError) as e:  # lxml parser failures surface as these
        raise ReaderError(path, f"unparseable HTML: {e}") from e
    text = normalize_newlines((doc or {}).get("text") or "").strip()
    if not doc or word_count(text) < MIN_WORDS:
        raise ReaderError(path, "no article text found in HTML page")
    if prose_words(text) < MIN_WORDS:  # menus and link lists: it failed later as "unsupported language: und"
        raise ReaderError(path, "no article text found in HTML page: only short lines such as menu links")
    meta = dict(meta or {})
    extra: dict[str, Any] = {"format": "html"}
    if doc.get("author"):
        extra["author"] = doc["author"]
    if doc.get("hostname"):
        extra["hostname"] = doc["hostname"]
    return make_article(
        text, path, options,
        title=meta.get("title") or page_title(data, doc.get("title"), doc.get("sitename") or doc.get("source-hostname")),
        url=meta.get("url") or url or doc.get("source"),
        source=meta.get("source") or doc.get("source-hostname") or doc.get("hostname"),
        published=meta.get("published") or doc.get("date"),
        language=meta.get("language") or doc.get("language") or html_language(data),
        meta=extra,
    )
