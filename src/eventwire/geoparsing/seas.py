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
# The Gulf told in a clause that dates or frames another act ("hours after U.S. carriers arrived in the Gulf", "prices
# rose after a tanker was attacked in the Gulf"): that clause's Gulf is no act's place; a sea's own act is told in
# the main clause ("two tankers were attacked in the Gulf").
_ASIDE_CLAUSE = re.compile(r"\b(?:after|as|while|since|before|when|who|which|whose)\b[^,;:]*$", re.I)
# "two Iraqi offshore platforms in the northern Gulf", "Iran's oil platform in the Gulf": a state's site at sea is
# placed in that state (gold dev14 codes such rigs at country level), so the sea is no mention.
_OWNED_SITE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:platforms?|rigs?|oil\s*fields?|oilfields?|fields?|"
                         r"terminals?|installations?|facilit(?:y|ies))\s+(?:[\w,-]+\s+){0,4}?(?:in|off|near|of)\s+the\s+"
                         r"(?:\w+\s+)?$")


# "returned from Kuwait", "bound for Kuwait": an origin or destination, no shore the story is set on.
_ORIGIN_BEFORE = re.compile(r"\b(?:from|to|for)\s+(?:the\s+)?$", re.I)
# The Gulf of Mexico told bare: its coast, or a US state on it (Texas, Louisiana, Mississippi, Alabama, Florida).
_MEXICO_GULF = re.compile(r"\bGulf\s+(?:Coast|of\s+Mexico)\b")
_US_GULF_STATES = frozenset({"TX", "LA", "MS", "AL", "FL"})


def _shore_story(gz: Gazetteer, text: str, resolved: list[Resolved]) -> bool:
    """True when the story names a Persian Gulf state as a place (not a demonym, origin or destination) and no
    place on the Gulf of Mexico."""
    if _MEXICO_GULF.search(text) or any(r.best is not None and gz.cc[r.best] == "US"
                                        and gz.admin1[r.best] in _US_GULF_STATES for r in resolved):
        return False
    return any(r.best is not None and gz.cc[r.best] in _SHORE and r.cand.kind != "demonym"
               and _ORIGIN_BEFORE.search(text, max(0, r.cand.start - 12), r.cand.start) is None for r in resolved)


def gulf_mentions(gz: Gazetteer, text: str, resolved: list[Resolved]) -> list[Resolved]:
    """Bare "the Gulf" mentions read as the Persian Gulf, when `resolved` names a state on its shores."""
    if "Gulf" not in text or not _shore_story(gz, text, resolved):
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
        if _ASIDE_CLAUSE.search(text, max(0, s - 80), s):
            continue  # "a car bomb killed 12, hours after carriers arrived in the Gulf": the act is not at sea
        if not taken.overlaps(s, e):
            out.append(Resolved(Candidate(s, e, text[s:e], sea[:1]), sea[0], _SCORE, sea[:1]))
    return out
