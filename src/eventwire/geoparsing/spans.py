"""Spans taken in a text, for overlap tests that stay fast on long documents (issue #3)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable


class Spans:
    """Spans taken so far, sorted by start: an overlap test looks only at starts within the longest span's reach."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.longest = max((b - a for a, b in self.spans), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        """True when some span [a, b) has a < e and s < b (then a > s - longest)."""
        lo = bisect_right(self.spans, (s - self.longest, 1 << 62))
        hi = bisect_left(self.spans, (e, -(1 << 62)))
        return any(s < b for _, b in self.spans[lo:hi])

    def add(self, s: int, e: int) -> None:
        """Take one more span."""
        insort(self.spans, (s, e))
        self.longest = max(self.longest, e - s)
