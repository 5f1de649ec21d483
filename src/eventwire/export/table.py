"""A fixed-width table of events for a terminal."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TextIO

from eventwire.export.common import ExportResult, count_cell, date_label, one_line
from eventwire.model import Event

# (header, width); the last column (id) is never truncated so it can be copied.
ID_WIDTH = len("ev_") + 16  # event ids are "ev_" and 16 hex digits
COLUMNS = (("DATE", 10), ("TYPE", 34), ("LOCATION", 22), ("CC", 2), ("KILLED", 6), ("INJURED", 7), ("ID", 0))


# A span of days, the widest date: "2021-12-30…2022-01-02"; the terminal's columns spare the spaces around "…".
SPAN_WIDTH = 21


def _date(event: Event) -> str:
    return date_label(event.date, sep="…") or "?"


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
        _date(event),  # as precisely as known: "2021", "2021-09", "2022-06-27…2022-06-29"
        one_line(_type(event)),
        one_line(loc.name) if loc else "",
        (loc.country_code or "") if loc else "",
        count_cell(event.fatalities),
        count_cell(event.injured),
        event.id,
    ]


def _line(values: list[str], widths: list[int]) -> str:
    return "  ".join(_fit(v, w) for v, w in zip(values, widths, strict=False)).rstrip()


def write_table(events: Iterable[Event], stream: TextIO) -> ExportResult:
    """Header, a rule, one line per event, and a count line."""
    result = ExportResult()
    # The DATE column fits the widest date of a list; a stream (`--all`) cannot be read ahead: room for any span.
    date_width = max([10, *(len(_date(e)) for e in events)]) if isinstance(events, Sequence) else SPAN_WIDTH
    rows = iter(events)
    first = next(rows, None)
    # The rule under ID spans the ids shown: "ev_…" (19 characters) or a merged event's "cev_…" (20).
    id_width = len(first.id) if first is not None else ID_WIDTH
    widths = [date_width, *(w for _, w in COLUMNS[1:])]
    stream.write(_line([h for h, _ in COLUMNS], widths) + "\n")
    stream.write(_line(["-" * (w or id_width) for w in widths], widths) + "\n")
    for event in itertools.chain([first] if first is not None else [], rows):
        stream.write(_line(cells(event), widths) + "\n")
        result.written += 1
    stream.write(f"({result.written} event{'s' if result.written != 1 else ''})\n")
    return result
