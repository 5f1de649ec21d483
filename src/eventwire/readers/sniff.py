"""Format detection by content first, file name second."""

from __future__ import annotations

import json
import re
import zlib

from eventwire.readers.common import GZIP_MAGIC
from eventwire.readers.decode import binary_kind, bom_encoding

_HEAD = 65536
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)\b", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAGS = re.compile(rb"</?(?:p|div|span|article|section|h[1-6]|a|br|ul|li|table|meta|title|script|img|em|strong|b|i|figure|blockquote)\b[^>]*>", re.I)
_PROLOG = re.compile(rb"^(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE(?!\s+html)[^>]*>|<\?xml-stylesheet[^>]*\?>)*", re.S | re.I)
_JSON_FEED = re.compile(r'^\s*\{.{0,2000}?"version"\s*:\s*"https?:\\?/\\?/jsonfeed\.org', re.S)
CSV_COLUMNS = {"text", "id", "title", "url", "source", "published", "date", "body", "content",
               "headline", "link", "outlet", "language"}
_SUFFIXES = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed",
    ".txt": "text", ".text": "text", ".md": "text",
}


def _head(data: bytes) -> bytes:
    """The first bytes of the (decompressed) content, for sniffing."""
    if data[:2] == GZIP_MAGIC:
        try:
            return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(data[: _HEAD * 4], _HEAD)
        except zlib.error:
            return data[:_HEAD]
    return data[:_HEAD]


def _suffix_format(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    return _SUFFIXES.get(lower[dot:]) if dot >= 0 else None


def _looks_like_csv_header(line: str) -> bool:
    cells = [c.strip().strip('"').strip().lower() for c in re.split(r"[,;\t|]", line)]
    return len(cells) >= 2 and "text" in cells or sum(c in CSV_COLUMNS for c in cells) >= 2


def _json_start(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            return isinstance(json.loads(first), dict)
        except ValueError:
            # A pretty-printed object or a bad first line: still JSON-ish if it opens an object.
            return first == "{" or first.startswith('{"')
    return text.lstrip().startswith("[{") or text.lstrip().startswith("[\n")


def sniff(data: bytes, name: str = "") -> str:
    """The format of `data`: text|html|jsonl|csv|feed, or binary|xml for what no reader takes.

    Content decides where it is clear (an HTML page named .txt, a feed named .xml, gzip of either);
    the file name breaks ties for plain text (.csv, .jsonl).
    """
    head = _head(data)
    if binary_kind(head):
        return "binary"
    enc = bom_encoding(head)
    if enc and enc != "utf-8":
        # The decoded mark (U+FEFF) is dropped too: left in, a UTF-16 feed or page did not start with "<".
        head = head.decode(enc, errors="replace").lstrip("\ufeff").encode("utf-8")
    elif enc:
        head = head[3:]
    body = head[_PROLOG.match(head).end():]  # type: ignore[union-attr]
    if body.startswith(b"<"):
        if _FEED_ROOT.match(body):
            return "feed"
        if _HTML_ROOT.match(body) or _HTML_TAGS.match(body):
            return "html"
        if head.lstrip().startswith(b"<?xml"):
            return "xml"
    if _HTML_ROOT.search(head[:4096]) and len(_HTML_TAGS.findall(head)) >= 3:
        return "html"  # markup after some leading junk text
    by_name = _suffix_format(name)
    text = head.decode("utf-8", errors="replace")
    if _JSON_FEED.match(text):
        return "feed"
    if by_name in ("jsonl", "csv"):
        return by_name
    if _json_start(text):
        return "jsonl"
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if _looks_like_csv_header(first):
        return "csv"
    if by_name == "feed" and body.startswith(b"<"):
        return "feed"  # let the feed parser say what is wrong with it
    return "text"
