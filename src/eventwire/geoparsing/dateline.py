"""Datelines and the country a story is set in ("SAN SALVADOR, 10 JAN 90 --", "KYIV (Reuters) -")."""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

# "SAN SALVADOR, 3 JAN 90 --", "KYIV (Reuters) -", "MANAGUA (NICARAGUA), 13 DEC 89 (DOMESTIC SERVICE) --".
_DATELINE_AFTER = re.compile(r"(?:\s*\([^)\n]{0,40}\))?(?:,[^\n]{0,60}?)?\s*(?:\([^)\n]{0,40}\)\s*)?(?:--|—|–|-\s)")


def dateline_place(text: str, ctx: list[Candidate]) -> Candidate | None:
    """The candidate that opens the text as its dateline ("SAN SALVADOR, 10 JAN 90 --"), else None."""
    first = next((c for c in ctx if c.ids), None)
    if first is None or first.start > 80 or text[: first.start].strip() or not _DATELINE_AFTER.match(text, first.end):
        return None
    return first


def dateline_country(gz: Gazetteer, text: str, ctx: list[Candidate]) -> str | None:
    """The country of a dateline's place ("SAN SALVADOR, 10 JAN 90 --", "KYIV (Reuters) -"), else None."""
    first = dateline_place(text, ctx) or _no_city(text, ctx)
    if first is None:
        return None
    # The dateline names a well-known place: its most prominent reading (a capital, a big city, a country).
    best = max(first.ids, key=lambda i: (gz.fcode[i] in ("PCLI", "PPLC"), gz.pops[i]))
    return gz.cc[best] or None


_NO_CITY = re.compile(r"[ \t\n]*[A-Z][A-Z ]{1,30}\($")  # "NO CITY (EL SALVADOR), 5 FEB 89 (FBIS) --"


def _no_city(text: str, ctx: list[Candidate]) -> Candidate | None:
    """The country in brackets of a dateline without a place: "NO CITY (EL SALVADOR), ...", "CLANDESTINE (X)"."""
    first = next((c for c in ctx if c.ids), None)
    if first is None or first.start > 60 or not _NO_CITY.fullmatch(text, 0, first.start):
        return None
    ok = text[first.end : first.end + 1] == ")" and _DATELINE_AFTER.match(text, first.end + 1)
    return first if ok else None


def main_country(gz: Gazetteer, ctx: list[Candidate], least: int = 3) -> str | None:
    """The country most distinct names point to (each by its most prominent reading of that very name, demonyms
    too), when at least `least` names and more than half agree: the setting of a story filed from nowhere
    ("CLANDESTINE"). Names count once: "SANTA ANA" three times is one vote, whichever Santa Ana it is."""
    n: dict[str, int] = {}
    seen: set[str] = set()
    for c in ctx:
        if c.text in seen:
            continue
        seen.add(c.text)
        if c.kind == "demonym" and c.country:
            cc: str | None = c.country
        else:
            # By its own name only: "SAN MIGUEL" is an old name of San Diego, but no American town is called so.
            key = name_key(c.text)
            own = [i for i in c.ids if gz.main_key(i) == key]
            cc = gz.cc[max(own, key=lambda i: (gz.fcode[i] in ("PCLI", "PPLC", "ADM1"), gz.pops[i]))] or None \
                if own else None
        if cc:
            n[cc] = n.get(cc, 0) + 1
    if not n:
        return None
    top = max(n, key=lambda k: n[k])
    return top if n[top] >= least and 2 * n[top] > sum(n.values()) else None
