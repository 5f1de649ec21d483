"""Events as JSON Lines: one full schema-version-1 record per line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from eventwire.export.common import ExportResult
from eventwire.model import Event


def write_jsonl(events: Iterable[Event], stream: TextIO) -> ExportResult:
    """Write each event's `model_dump(mode="json")` as one line (UTF-8, not ASCII-escaped)."""
    result = ExportResult()
    for event in events:
        stream.write(event.model_dump_json())
        stream.write("\n")
        result.written += 1
    return result


def read_jsonl(stream: Iterable[str]) -> list[Event]:
    """Events back from JSON Lines (blank lines ignored)."""
    return [Event.model_validate_json(line) for line in stream if line.strip()]
