"""A fixed-width table of events for a terminal."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from typing import TextIO

from eventwire.export.common import ExportResult, count_cell, one_line
from eventwire.model import Event

# (header, width); the last column (id) is never truncated so it can be copied.
ID_WIDTH = len("ev_") + 16  # event ids are "ev_" and 16 hex digits
COLUMNS = (("DATE", 10), ("TYPE", 34), ("LOCATION", 22), ("CC", 2), ("KILLED", 6), ("INJURED", 7), ("ID", 0))


def _width(text: str) -> int:
    # East Asian wide characters take two terminal cells; combining marks take none.
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


def _fit(text: str, width: int) -> str:
    if width == 0:
        return text
    if _width(text) > width:
        while text and _width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _width(text))


def _type(event: Event) -> str:
    if event.sub_event_type:
        return event.sub_event_type
    if event.plover:
        # Worded as the report and the map word it ("Political: Threaten"), not a bare code among sub-event types.
        return f"Political: {event.plover.event.title()}" + (f" ({event.plover.mode})" if event.plover.mode else "")
    return event.event_type or ""


def cells(event: Event) -> list[str]:
    """The table cells of one event, untruncated."""
    loc = event.location
    return [
        event.date.start.isoformat() if event.date.start else "?",
        one_line(_type(event)),
        one_line(loc.name) if loc else "",
        (loc.country_code or "") if loc else "",
        count_cell(event.fatalities),
        count_cell(event.injured),
        event.id,
    ]


def _line(values: list[str]) -> str:
    return "  ".join(_fit(v, w) for v, (_, w) in zip(values, COLUMNS, strict=False)).rstrip()


def write_table(events: Iterable[Event], stream: TextIO) -> ExportResult:
    """Header, a rule, one line per event, and a count line."""
    result = ExportResult()
    rows = iter(events)
    first = next(rows, None)
    # The rule under ID spans the ids shown: "ev_…" (19 characters) or a merged event's "cev_…" (20).
    id_width = len(first.id) if first is not None else ID_WIDTH
    stream.write(_line([h for h, _ in COLUMNS]) + "\n")
    stream.write(_line(["-" * (w or id_width) for _, w in COLUMNS]) + "\n")
    for event in itertools.chain([first] if first is not None else [], rows):
        stream.write(_line(cells(event)) + "\n")
        result.written += 1
    stream.write(f"({result.written} event{'s' if result.written != 1 else ''})\n")
    return result
