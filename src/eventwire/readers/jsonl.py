"""JSON Lines (one article object a line) and JSON arrays of the same objects."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import make_article
from eventwire.readers.decode import decode_bytes
from eventwire.readers.fields import map_record
from eventwire.readers.options import ReadOptions
from eventwire.readers.text import normalize_newlines


def record_to_article(rec: Any, where: str, options: ReadOptions, fmt: str) -> Article:
    """An Article from one record {"id","text","title","url","source","published",...}."""
    if not isinstance(rec, dict):
        raise ReaderError(where, f"expected a JSON object, got {type(rec).__name__}")
    rec = map_record(rec, options.fields)
    text = rec.get("text")
    if text is None:
        wanted = options.fields.get("text")
        raise ReaderError(where, f"missing {wanted!r} field" if wanted else
                          "missing 'text' field (or body/content/doc_text/...; name another with --field text=KEY)")
    if not isinstance(text, str):
        raise ReaderError(where, f"'text' must be a string, got {type(text).__name__}")
    text = normalize_newlines(text)
    if not text.strip():
        raise ReaderError(where, "empty document")
    extra = {"format": fmt}
    if isinstance(rec.get("meta"), dict):
        extra.update(rec["meta"])

    def field(name: str) -> str | None:
        value = rec.get(name)
        if isinstance(value, dict):  # NewsAPI's "source": {"id": "bbc-news", "name": "BBC News"}
            value = value.get("name") or value.get("id")
        return str(value) if value not in (None, "") else None

    return make_article(
        text, where, options, id=field("id"), title=field("title"), url=field("url"),
        source=field("source"), published=field("published"), language=field("language"), meta=extra,
    )


def read_jsonl_bytes(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from JSON Lines (or a JSON array); a bad line yields a ReaderError and reading goes on."""
    text = decode_bytes(data, path).text  # an undecodable document raises: read_bytes reports it
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _read_array(stripped, path, options)
        return
    if stripped.startswith("{") and "\n" in stripped.strip() and not _first_line_parses(stripped):
        # One pretty-printed object rather than JSON Lines.
        try:
            obj = json.loads(stripped)
        except ValueError:
            obj = None
        if obj is not None:
            wrapped = wrapped_records(obj, options)
            if wrapped is not None:
                yield from _read_items(wrapped[1], f"{path}#{wrapped[0]}=", options)
                return
            try:
                yield record_to_article(obj, path, options, "json")
                return
            except ValueError:
                pass  # not one record after all: read it line by line below, as before
            except ReaderError as e:
                yield e
                return
    found = False
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            found = True
            yield from line_records(line, f"{path}#line={n}", options)
    if not found:
        yield ReaderError(path, "empty document")


def line_records(line: str, where: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """The Articles of one JSON Lines line (one record, or an API dump's list of them), or the ReaderError that says
    what is wrong with it. Files read whole and files streamed past --max-bytes (`readers.large`) both read lines here."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        yield ReaderError(where, f"invalid JSON: {_json_msg(e)} at column {e.colno}")
        return
    wrapped = wrapped_records(rec, options)
    if wrapped is not None:
        yield from _read_items(wrapped[1], f"{where}&{wrapped[0]}=", options)
        return
    try:
        yield record_to_article(rec, where, options, "jsonl")
    except ReaderError as e:
        yield e


def _first_line_parses(text: str) -> bool:
    try:
        json.loads(text.split("\n", 1)[0])
    except ValueError:
        return False
    return True


def _read_array(text: str, path: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as e:
        yield ReaderError(path, f"invalid JSON: {_json_msg(e)} at line {e.lineno} column {e.colno}")
        return
    yield from _read_items(items, f"{path}#item=", options)


def _read_items(items: list[Any], where: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """One Article (or ReaderError) per record of a JSON list; `where` gets each record's index."""
    if not items:
        yield ReaderError(where.rsplit("#", 1)[0], "empty document")
    for n, rec in enumerate(items):
        try:
            yield record_to_article(rec, f"{where}{n}", options, "json")
        except ReaderError as e:
            yield e


# Keys under which API dumps hold their records: {"status": "ok", "articles": [...]} (NewsAPI, GDELT DOC).
_WRAPPER_KEYS = ("articles", "data", "items", "results", "records", "documents", "docs", "entries", "stories")


def wrapped_records(obj: Any, options: ReadOptions) -> tuple[str, list[Any]] | None:
    """(key, records) when `obj` is not itself an article but holds a list of them under a known key."""
    if not isinstance(obj, dict) or "text" in map_record(obj, options.fields):
        return None
    for key in _WRAPPER_KEYS:
        value = obj.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return key, value
    return None


def _json_msg(e: json.JSONDecodeError) -> str:
    # json's "Unterminated string starting at" already ends in "at": no "starting at at column 10".
    return e.msg.removesuffix(" at")
