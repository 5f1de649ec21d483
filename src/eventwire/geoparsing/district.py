"""A city's district named with its city: "the Kyivskyi District of Kharkiv City" lies in Kharkiv."""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

_CITY = 100_000  # "the Central District of X": X must be a city for the district to be one of its quarters
_WORD_END = re.compile(r"[ \u00a0\u2002](?:[Dd]istrict|[Rr]aion|[Mm]icrodistrict)$")
_OF = re.compile(r"[ \u00a0\u2002]+(?:(?:[Dd]istrict|[Rr]aion|[Mm]icrodistrict)[ \u00a0\u2002]+)?of[ \u00a0\u2002]+"
                 r"(?:the[ \u00a0\u2002]+)?")


def district_city(gz: Gazetteer, text: str, c: Candidate, by_start: dict[int, Candidate],
                  shared: dict[str, dict[int, float]]) -> int | None:
    """The city a "<name> District of <city>" mention lies in, else None."""
    m = _OF.match(text, c.end)
    if m is None or not (_WORD_END.search(c.text) or m.group(0).strip().lower() != "of"):
        return None  # "Mayor of Melitopol" is no district; "Kyivskyi District of Kharkiv City" is
    d = by_start.get(m.end())
    sc = shared.get(name_key(d.text)) if d is not None else None
    if not sc:
        return None
    best = max(sc, key=lambda i: sc[i])
    # Only a city holds districts named this way ("Bakhmut District of Donetsk Oblast" is a raion, kept as it is).
    return best if gz.fclass[best] == "P" and gz.pops[best] >= _CITY else None
