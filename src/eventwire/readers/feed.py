"""RSS and Atom feeds with feedparser: one Article per entry."""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from xml.sax import SAXException, SAXParseException

import lxml.html
from lxml import etree

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import make_article
from eventwire.readers.options import ReadOptions

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "section", "article", "tr", "table", "pre", "figure", "figcaption", "hr"}
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200a\u202f]+")
_MARKUP = re.compile(r"<[a-zA-Z][^>]*>|&[#a-zA-Z0-9]+;")
_ENTRY_OPEN = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
_ENTRY_CLOSE = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_CUT_OFF = re.compile(r"no element found|unclosed (?:token|CDATA section)")


def _last_entry_cut(data: bytes, parsed: Any) -> bool:
    """Whether the feed ends inside its last entry (a cut-off file): that entry's text is incomplete."""
    # expat's words for a file that stops mid-document: in text ("no element found"), inside a tag or an attribute
    # ("unclosed token"), inside a CDATA section ("unclosed CDATA section").
    if not _CUT_OFF.search(str(parsed.get("bozo_exception") or "")):
        return False
    opened = [m.start() for m in _ENTRY_OPEN.finditer(data)]
    closed = [m.start() for m in _ENTRY_CLOSE.finditer(data)]
    return bool(opened) and (not closed or opened[-1] > closed[-1])


def _xml_error(parsed: Any) -> SAXException | None:
    """The XML parse error that made feedparser read the feed loosely; None for its other notes (a charset mislabel)."""
    exc = parsed.get("bozo_exception")
    return exc if parsed.get("bozo") and isinstance(exc, SAXException) else None


def _parser_words(exc: SAXException) -> str:
    """The XML parser's complaint with its line ("mismatched tag at line 3"), not "<unknown>:3:41: ..."."""
    if isinstance(exc, SAXParseException):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}"
    return str(exc)


def html_to_text(fragment: str) -> str:
    """Plain text from an HTML fragment, one paragraph per block element."""
    if not _MARKUP.search(fragment):
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for el in list(root.iter("script", "style")):
        el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _entry_html(entry: Any) -> tuple[str, str]:
    """The richest body an entry has, and where it came from (content or summary)."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], "content"
    if entry.get("summary"):
        return entry["summary"], "summary"
    return "", "none"


def _entry_date(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    if not parsed:
        return None
    # feedparser normalises to UTC struct_time.
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)


def read_feed_bytes(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from a feed's entries; a malformed feed with no entries yields one ReaderError."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_json_feed(data, path, options)
        return
    import feedparser  # imported on first use (slow to import)

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        if _xml_error(parsed):
            yield ReaderError(path, f"malformed feed: {parsed.get('bozo_exception')}")
        elif not parsed.get("version"):
            yield ReaderError(path, "not an RSS or Atom feed")
        else:
            yield ReaderError(path, "feed has no entries")
        return
    channel = parsed.feed
    outlet = channel.get("title")
    language = channel.get("language") or parsed.get("headers", {}).get("content-language")
    extra_base: dict[str, Any] = {"format": "feed", "feed_version": parsed.get("version") or None}
    if parsed.get("bozo"):
        extra_base["feed_warning"] = str(parsed.get("bozo_exception"))
    cut = _last_entry_cut(data, parsed)
    for n, entry in enumerate(parsed.entries):
        where = f"{path}#entry={n}"
        if cut and n == len(parsed.entries) - 1:
            yield ReaderError(where, "malformed feed: the file ends inside this entry, so its text is incomplete")
            continue
        body, origin = _entry_html(entry)
        text = html_to_text(body)
        title = html_to_text(entry.get("title") or "") or None
        extra = dict(extra_base, text_from=origin)
        if not text and title:
            # Headline-only items still report events; keep them, marked as such.
            text, extra["text_from"] = title, "title"
        if not text:
            # In a broken feed the entry is usually empty because the parser lost it: say so, not just "no text".
            # Only an XML error breaks it: feedparser also flags a well-formed feed whose charset is mislabelled.
            broken = f" (the feed is malformed: {_parser_words(xml)})" if (xml := _xml_error(parsed)) else ""
            yield ReaderError(where, f"feed entry has no text{broken}")
            continue
        when = _entry_date(entry)
        # Atom dates an entry by <updated> when it has no <published>: an unreadable one is kept as JSONL's is.
        raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
        if when is None and raw_date:
            extra["published_invalid"] = raw_date
        yield make_article(
            text, where, options, id=None, title=title, url=entry.get("link"), source=outlet,
            published=when, language=entry.get("language") or language, meta=extra,
        )


def read_json_feed(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from a JSON Feed (jsonfeed.org) document's items."""
    try:
        doc = json.loads(data.decode("utf-8-sig", errors="replace"))
    except ValueError as e:
        yield ReaderError(path, f"malformed JSON feed: {e}")
        return
    items = doc.get("items") if isinstance(doc, dict) else None
    if not items:
        yield ReaderError(path, "feed has no entries")
        return
    base = {"format": "feed", "feed_version": "json"}
    for n, item in enumerate(items):
        where = f"{path}#entry={n}"
        if not isinstance(item, dict):
            yield ReaderError(where, "feed entry is not an object")
            continue
        title = html_to_text(item.get("title") or "") or None
        text = (item.get("content_text") or html_to_text(item.get("content_html") or "")
                or html_to_text(item.get("summary") or "")).strip()
        extra = dict(base, text_from="content" if text else "title")
        text = text or (title or "")
        if not text:
            yield ReaderError(where, "feed entry has no text")
            continue
        yield make_article(
            text, where, options, title=title, url=item.get("url"), source=doc.get("title"),
            published=item.get("date_published") or item.get("date_modified"),
            language=item.get("language") or doc.get("language"), meta=extra,
        )
