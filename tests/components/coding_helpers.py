"""What the whole pipeline codes for a text: (sub-event type, place name) pairs of its violent events."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract


def coded(text: str, published: date) -> set[tuple[str | None, str | None]]:
    """The violent events `extract` gives for `text`, as (sub-event type, place name) pairs."""
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=published) if e.event_type is not None}
