"""Rows for `eventwire places`: found mentions or resolved given spans."""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from eventwire.errors import ReaderError
from eventwire.model import PlaceMention

# The same keys as a plain `places` row (DESIGN's place mention), so one reader handles both outputs. Read from the
# model: a hand-kept list fell behind when the model gained `radius_km`, and the two outputs differed.
PLACE_FIELDS = tuple(k for k, f in PlaceMention.model_fields.items() if not f.exclude)


def place_rows(paths: Sequence[str], options: Any) -> Iterator[dict[str, Any]]:
    """Every place mention in the documents read from `paths`."""
    from eventwire.geoparsing import default_geoparser
    from eventwire.readers import read_sources

    gp = default_geoparser()
    for item in read_sources(paths, options):
        if isinstance(item, ReaderError):
            yield {"source": item.source, "error": item.reason}
            continue
        for m in gp.parse(item.text, article_id=item.id, published=item.published_date):
            yield m.model_dump(mode="json")


def given_mentions_rows(paths: Sequence[str], guesses: bool = False) -> Iterator[dict[str, Any]]:
    """One row per supplied mention, in order, with nulls where it cannot be resolved (or guesses, if asked)."""
    from eventwire.geoparsing import default_geoparser

    gp = default_geoparser()
    for path in paths:
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            yield {"source": path, "error": f"cannot read: {exc.strerror or exc}"}
            continue
        with stream:
            for n, line in enumerate(_lines(stream), 1):
                if isinstance(line, str) and not line.strip():
                    continue
                try:
                    if isinstance(line, UnicodeDecodeError):
                        raise line
                    item = json.loads(line)
                    if not isinstance(item, dict):
                        raise ValueError(f"a line must be one JSON object with 'text' and 'mentions', not a "
                                         f"{type(item).__name__}")
                    text, spans = item["text"], given_spans(item)
                except (ValueError, KeyError, TypeError) as exc:  # UnicodeDecodeError is a ValueError
                    why = f"no {exc}" if isinstance(exc, KeyError) else str(exc)
                    yield {"source": f"{path}#line={n}", "error": f"bad input line: {why}"}
                    continue
                article_id = str(item.get("id", ""))
                found = gp.resolve_given(text, spans, article_id=article_id, guesses=guesses)
                for (start, end), m in zip(spans, found, strict=True):
                    if m is None:
                        row: dict[str, Any] = dict.fromkeys(PLACE_FIELDS)
                        row.update(article_id=article_id, start=start, end=end, text=text[start:end])
                        yield row
                    else:
                        yield {k: v for k, v in m.model_dump(mode="json").items() if k in PLACE_FIELDS}


def _lines(stream: IO[bytes]) -> Iterator[str | UnicodeDecodeError]:
    """Text lines of a JSON Lines stream (a bad line yields its error); a byte-order mark sets the encoding."""
    from eventwire.readers.decode import bom_encoding

    first = stream.readline()
    enc = bom_encoding(first[:4])
    looks_json = enc and first[:64].decode(enc, errors="ignore").lstrip("\ufeff \t\r\n").startswith(("{", "["))
    if enc and not enc.startswith("utf-8") and looks_json:
        # UTF-16/32 from Windows tools: its newlines are not b"\n" alone, so decode the stream as a whole.
        from eventwire.readers.dispatch import ChainedStream

        whole = io.BufferedReader(ChainedStream(first, stream))  # type: ignore[arg-type]
        yield from io.TextIOWrapper(whole, encoding=enc[:6], errors="replace")
        return
    for n, raw in enumerate(itertools.chain([first], stream)):
        try:
            yield raw.decode("utf-8-sig" if n == 0 else "utf-8")
        except UnicodeDecodeError as exc:  # one bad line, not the whole file
            yield exc


def given_spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    """The (start, end) of each supplied mention; a span outside the text is an error, not a clipped row."""
    if not isinstance(item.get("mentions"), list):
        raise ValueError("no 'mentions' list ([] for none)")  # a misnamed key read as "no places"
    size = len(item["text"])
    spans = []
    for i, m in enumerate(item["mentions"], 1):
        if not isinstance(m, dict) or "start" not in m or "end" not in m:
            raise ValueError(f"mention {i} needs 'start' and 'end'")
        start, end = _offset(m["start"], i), _offset(m["end"], i)
        if not 0 <= start < end <= size:
            raise ValueError(f"mention {i} ({start}-{end}) is not a span of the text ({size} characters)")
        spans.append((start, end))
    return spans


def _offset(value: Any, i: int) -> int:
    """A character offset: a whole number (or its digits as a string); 20.9 or true is an error, not 20 or 1."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise ValueError(f"mention {i}: start and end must be whole character offsets (got {value!r})")
