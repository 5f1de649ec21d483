"""A list item cued by the list's first read place, across items the reading left out ("Topolske, Kamyanka, and
Sukha Kamyanka": Kamyanka unread, Topolske read). docs/benchmarks.md, geoparsing round 52."""

from __future__ import annotations

import re

_S = r"[ \u00a0\u2002]"
# One earlier list item and the separator before it, read backwards from a separator: "Kamyanka, " before "and".
_ITEM = re.compile(rf"(?:,|{_S}and|{_S}or){_S}*[A-Z][a-z'’]+(?:[ \u00a0\u2002-][A-Z][a-z'’]+){{0,2}},?{_S}*$")
MAX_SKIP = 3  # unread items a chain may cross: a longer run of unread names is no list of places


def anchored(text: str, sep: int, ends: set[int]) -> bool:
    """Whether the list separator at `sep` ("and", ",") follows up to MAX_SKIP unread items whose list opens at a
    read place (`ends`: where the places read so far end)."""
    pos = sep
    for _ in range(MAX_SKIP):
        m = _ITEM.search(text, max(0, pos - 60), pos)
        if m is None:
            return False
        pos = m.start() + (0 if text[m.start()] == "," else 1)  # the separator before the item
        if any(pos - d in ends for d in range(4)):
            return True
    return False
