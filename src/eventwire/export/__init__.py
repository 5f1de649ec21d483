"""Export events: table, JSON Lines, flat CSV, ACLED CSV, PLOVER JSON Lines, GeoJSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from eventwire.errors import UsageError
from eventwire.export.acled import write_acled
from eventwire.export.common import ExportResult
from eventwire.export.csv import write_csv
from eventwire.export.geojson import write_geojson
from eventwire.export.jsonl import read_jsonl, write_jsonl
from eventwire.export.plover import write_plover
from eventwire.export.table import write_table
from eventwire.model import Event

Writer = Callable[[Iterable[Event], TextIO], ExportResult]

WRITERS: dict[str, Writer] = {
    "table": write_table,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "acled": write_acled,
    "plover": write_plover,
    "geojson": write_geojson,
}
FORMATS = tuple(WRITERS)

__all__ = ["FORMATS", "WRITERS", "ExportResult", "read_jsonl", "write"]


def write(events: Iterable[Event], fmt: str, stream: TextIO) -> ExportResult:
    """Write events to a text stream in one of FORMATS; returns how many were written and skipped."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(events, stream)
