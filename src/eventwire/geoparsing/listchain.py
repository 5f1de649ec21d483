"""List items read with the list's read places (villages.add_villages calls it): a register name across items the
reading left out ("Topolske, Kamyanka, and Sukha Kamyanka": Kamyanka unread, Topolske read), and a name the gazetteer
holds only as namesakes that resolution dropped, right after a read place. docs/benchmarks.md, geoparsing round 52."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import common_set
from eventwire.geoparsing.spans import Spans
from eventwire.model import PlaceMention

_S = r"[ \u00a0\u2002]"
# One earlier list item and the separator before it, read backwards from a separator: "Kamyanka, " before "and".
_ITEM = re.compile(rf"(?:,|{_S}and|{_S}or){_S}*[A-Z][a-z'’]+(?:[ \u00a0\u2002-][A-Z][a-z'’]+){{0,2}},?{_S}*$")
_SEP = re.compile(rf"(?:,|,?{_S}+(?:and|or)){_S}+$")
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


@lru_cache(maxsize=1 << 16)
def held(gz: Gazetteer, run: str) -> tuple[int, ...]:
    """The register rows of a one-span run that the gazetteer also holds (resolution may have dropped it as a far
    namesake: "Topolske, Kamyanka, and ..."), or ()."""
    from eventwire.geoparsing.villages import table  # villages calls this module

    k = name_key(run)
    if len(k) < 5 or k in common_set() or not gz.candidates(run):
        return ()
    return table()[0].get(k, ())


def listed(text: str, s: int, ends: set[int]) -> bool:
    """Whether the name at `s` follows a list separator right after a read place ("Topolske, Kamyanka")."""
    m = _SEP.search(text, max(0, s - 8), s)
    return m is not None and any(m.start() - d in ends for d in range(2))


def item(gz: Gazetteer, text: str, s: int, name: str, ids: tuple[int, ...], rows: tuple[Any, ...], towns: Any,
         aid: str, told_code: str, taken: Spans, ends: set[int]) -> list[PlaceMention]:
    """A mention for a `held` list item where its sentence or oblast picks one row: the gazetteer's record inside the
    row's hromada (radius + 5 km), else the row's point; [] otherwise."""
    from eventwire.geoparsing import villages as v

    e = s + len(name)
    row = None if v._from_abroad(text, s, e) else v._pick(gz, text, s, e, ids, rows, towns, explicit=True)
    if row is None:
        return []
    rec = v._record_near(gz, name, row)  # inside the hromada: a record farther off is another namesake
    taken.add(s, e)
    ends.add(e)
    return [v._mention(gz, aid, s, e, name, row, told_code) if rec is None else v._record_mention(gz, aid, s, e, name, rec)]
