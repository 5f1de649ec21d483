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
    # Resolved paths a folder walk passes over: the output database's own files, when the folder holds it (each
    # run read them as binary documents and exited 3).
    skip: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # The CLI checks its flags; eventwire.ingest(max_bytes=0) refused every document "over the 0 bytes limit".
        from eventwire.errors import UsageError

        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise UsageError(f"max_bytes must be a whole number of bytes, 1 or more (got {self.max_bytes!r})")
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, int | float) or self.timeout <= 0:
            raise UsageError(f"timeout must be a number of seconds above 0 (got {self.timeout!r})")
        if isinstance(self.published, str):  # "2025-06-06" from Python callers
            try:
                self.published = date.fromisoformat(self.published)
            except ValueError:
                raise UsageError(f"published must be a date, e.g. 2025-06-06 (got {self.published!r})") from None
