"""Places near a border between two units: "Bohorodychne, a settlement near the Kharkiv-Donetsk Oblast border"."""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.nearby import UNIT_PAIR_NEXT
from eventwire.geoparsing.recognize import Candidate

# After the pair's second name: "Donetsk Oblast border", "Kherson-Mykolaiv Oblast administrative border", "Donetsk-
# Zaporizhia Oblasts frontline" (the unit word may be part of the second name's mention or follow it).
BORDER_AFTER = re.compile(r"(?:[ \u00a0\u2002]+(?:oblasts?|regions?|provinces?|governorates?))?[ \u00a0\u2002]+"
                          r"(?:administrative[ \u00a0\u2002]+)?(?:border|boundary|frontline|front[ \u00a0\u2002]+line)",
                          re.I)


def border_units(gz: Gazetteer, text: str, ordered: list[Candidate]) -> list[tuple[int, int, set[str], set[str]]]:
    """For each "A-B Oblast border" phrase: its sentence's span, the two first-level units and their countries.

    The names of that sentence lie in one of the two units, not in a town named like the first one. In order of
    their sentence starts (`ordered` is sorted by start, and a later name's sentence starts no earlier).
    """
    if "border" not in text and "front" not in text and "boundary" not in text:
        return []
    out: list[tuple[int, int, set[str], set[str]]] = []
    for k, c in enumerate(ordered[:-1]):
        nxt = ordered[k + 1]
        if c.kind == "demonym" or nxt.start != c.end + 1 or not UNIT_PAIR_NEXT.match(text, c.end) or not (
                BORDER_AFTER.match(text, nxt.end)):
            continue
        units = [{i for i in x.ids if gz.fcode[i] == "ADM1"} for x in (c, nxt)]
        if not all(units):
            continue
        start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start))
        ends = [e for e in (text.find(". ", nxt.end), text.find("\n", nxt.end)) if e >= 0]
        out.append((start + 1, min(ends, default=len(text)), {gz.admin1[i] for u in units for i in u},
                    {gz.cc[i] for u in units for i in u}))
    return out
