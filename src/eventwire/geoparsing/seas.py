"""The Gulf told bare: "in the Gulf", "in the southern Gulf" is the Persian Gulf in a story about its shores.

The recogniser never takes "Gulf" alone (Gulf County, Gulf Province, "the Gulf Coast"). In 1980s wire copy about
the Iran–Iraq war the sea is told that way ("a tanker was attacked in the Gulf"), so an act there had no place but
the dateline's bureau. A story that names a state on the Persian Gulf and tells "the Gulf" as a place (after a
preposition, not as an adjective: "the Gulf war", "Gulf states") names that sea: it gets the curated record's point.
"""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.recognize import Candidate
from eventwire.geoparsing.resolve import Resolved
from eventwire.geoparsing.spans import Spans

# The states on the Persian Gulf's shores.
_SHORE = frozenset({"IR", "IQ", "KW", "SA", "BH", "QA", "AE", "OM"})
# "in the Gulf", "off the southern Gulf", "the mouth of the Gulf": a preposition, "the", a compass word at most. The
# span is "Gulf" (with its compass word), as the curated "the Gulf" is read after "the".
_GULF = re.compile(r"\b(?:in|into|across|through|off|near|of|to|from|within|around|at|down|up)\s+the\s+"
                   r"((?:(?:northern|southern|central|upper|lower|eastern|western)\s+)?Gulf)"
                   # A place, not an adjective ("the Gulf war", "the Gulf states", "the Gulf of Oman"): a stop, a
                   # function word or a verb after it.
                   r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:on|by|in|at|and|or|off|near|after|before|since|during|when|"
                   r"where|which|who|that|from|to|for|with|as|but|was|were|is|are|had|has|have|early|late|last|"
                   r"this|yesterday|today|tonight|overnight|while|until|without|under)\b)")
_SCORE = 0.5
# "three Iranian oil rigs in the southern Gulf", "Iran's oil platform in the Gulf": a state's site at sea is placed in
# that state (gold dev14 codes "Iranian oil rigs in the southern Gulf" at country level), so the sea is no mention.
_OWNED_SITE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:platforms?|rigs?|oil\s*fields?|oilfields?|fields?|"
                         r"terminals?|installations?|facilit(?:y|ies))\s+(?:[\w,-]+\s+){0,4}?(?:in|off|near|of)\s+the\s+"
                         r"(?:\w+\s+)?$")


def gulf_mentions(gz: Gazetteer, text: str, resolved: list[Resolved]) -> list[Resolved]:
    """Bare "the Gulf" mentions read as the Persian Gulf, when `resolved` names a state on its shores."""
    if "Gulf" not in text or not any(r.best is not None and gz.cc[r.best] in _SHORE for r in resolved):
        return []
    sea = [i for i in gz.candidates("the Gulf") if gz.fcode[i] == "GULF"]
    if not sea:
        return []
    taken = Spans((r.cand.start, r.cand.end) for r in resolved)
    out: list[Resolved] = []
    owners = [r.cand.end for r in resolved if r.best is not None and gz.fcode[r.best].startswith("PCL")]
    for m in _GULF.finditer(text):
        s, e = m.span(1)
        if any(s - 80 <= o < s and _OWNED_SITE.fullmatch(text, o, s) for o in owners):
            continue
        if not taken.overlaps(s, e):
            out.append(Resolved(Candidate(s, e, text[s:e], sea[:1]), sea[0], _SCORE, sea[:1]))
    return out
