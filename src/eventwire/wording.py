"""Small wording helpers shared by the CLI and the report (no heavy imports: the CLI loads this at start-up)."""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """'1 event', '2 events'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
