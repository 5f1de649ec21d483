"""Rows for `eventwire places`: found mentions or resolved given spans."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from eventwire.errors import ReaderError

# The same keys as a plain `places` row (DESIGN's place mention), so one reader handles both outputs.
PLACE_FIELDS = ("article_id", "start", "end", "text", "geonameid", "name", "lat", "lon", "country_code",
                "admin1", "feature_class", "feature_code", "population", "score", "role")


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


def given_mentions_rows(paths: Sequence[str]) -> Iterator[dict[str, Any]]:
    """One row per supplied mention, in order, with nulls where it cannot be resolved."""
    from eventwire.geoparsing import default_geoparser

    gp = default_geoparser()
    for path in paths:
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            yield {"source": path, "error": f"cannot read: {exc.strerror or exc}"}
            continue
        with stream:
            for n, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                try:
                    item = json.loads(raw.decode("utf-8"))
                    text, spans = item["text"], given_spans(item)
                except (ValueError, KeyError, TypeError) as exc:  # UnicodeDecodeError is a ValueError
                    why = f"no {exc}" if isinstance(exc, KeyError) else str(exc)
                    yield {"source": f"{path}#line={n}", "error": f"bad input line: {why}"}
                    continue
                article_id = str(item.get("id", ""))
                for (start, end), m in zip(spans, gp.resolve_given(text, spans, article_id=article_id), strict=True):
                    if m is None:
                        row: dict[str, Any] = dict.fromkeys(PLACE_FIELDS)
                        row.update(article_id=article_id, start=start, end=end, text=text[start:end])
                        yield row
                    else:
                        yield {k: v for k, v in m.model_dump(mode="json").items() if k in PLACE_FIELDS}


def given_spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    """The (start, end) of each supplied mention; a span outside the text is an error, not a clipped row."""
    if not isinstance(item.get("mentions"), list):
        raise ValueError("no 'mentions' list ([] for none)")  # a misnamed key read as "no places"
    size = len(item["text"])
    spans = []
    for i, m in enumerate(item["mentions"], 1):
        if not isinstance(m, dict) or "start" not in m or "end" not in m:
            raise ValueError(f"mention {i} needs 'start' and 'end'")
        start, end = int(m["start"]), int(m["end"])
        if not 0 <= start < end <= size:
            raise ValueError(f"mention {i} ({start}-{end}) is not a span of the text ({size} characters)")
        spans.append((start, end))
    return spans
