"""Options shared by every reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

FORMATS = ("text", "html", "jsonl", "csv", "feed")


@dataclass
class ReadOptions:
    """How to read sources: fallback date, outlet override, limits and a forced format."""

    published: date | None = None  # used when the source has no date
    source: str | None = None  # outlet name override
    max_bytes: int = 10_000_000  # per document (after decompression)
    allow_private: bool = False  # URLs: refuse loopback/private/link-local addresses unless True
    timeout: float = 20.0
    fmt: str | None = None  # force a format: text|html|jsonl|csv|feed
    # JSONL/CSV: which record key holds each Article field ({"text": "doc_text"}), over the built-in aliases
    fields: dict[str, str] = field(default_factory=dict)
    # Read a document's title as the first line of its text: headlines name the place and the event that bodies
    # often leave implicit ("here Saturday"); evidence offsets then refer to the text with its headline.
    headline: bool = True
