"""Events as a flat CSV: one row per event, lists joined with '; '."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export.common import ExportResult, figure_columns, position, safe_cell, source_labels
from eventwire.model import Event

COLUMNS = (
    "id",
    "date",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "plover_event",
    "location",
    "admin1",
    "country",
    "geonameid",
    "lat",
    "lon",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "actors",
    "weapons",
    "sources",
    "article_ids",
    "flags",
    "confidence",
)
SEP = "; "


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return safe_cell(value)
    return str(value)


def _actor(a: Any) -> str:
    return f"{a.name} ({a.role})" if a.role else a.name


def _weapon(w: Any) -> str:
    return f"{w.kind}:{w.model}" if w.model else w.kind


def row(event: Event) -> dict[str, str]:
    """The flat CSV row of one event."""
    loc = event.location
    point = position(loc)  # finite WGS84 degrees or empty: "nan" is no coordinate
    values: dict[str, Any] = {
        "id": event.id,
        "date": event.date.start.isoformat() if event.date.start else None,
        "date_end": event.date.end.isoformat() if event.date.end else None,
        "date_precision": event.date.precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_event": event.plover.event if event.plover else None,
        "location": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "country": loc.country_code if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "lat": point[1] if point else None,
        "lon": point[0] if point else None,
        **figure_columns(event),
        "actors": SEP.join(_actor(a) for a in event.actors),
        "weapons": SEP.join(_weapon(w) for w in event.weapons),
        "sources": SEP.join(source_labels(event)),
        "article_ids": SEP.join(event.article_ids),
        "flags": SEP.join(f.code for f in event.flags),
        "confidence": round(event.confidence, 4),
    }
    return {k: _cell(values[k]) for k in COLUMNS}


def write_csv(events: Iterable[Event], stream: TextIO) -> ExportResult:
    """Write a header and one row per event (RFC 4180 quoting, '\\r\\n' line ends)."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS)
    writer.writeheader()
    result = ExportResult()
    for event in events:
        writer.writerow(row(event))
        result.written += 1
    return result
