"""Hints from the words around a mention: "X Oblast", "the city of X", "the capital, X", "the U.S. capital"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.nearby import UNIT_PAIR_NEXT
from eventwire.geoparsing.recognize import Candidate

_ADMIN_WORDS = re.compile(
    r"^[\s,]*(oblasts?|regions?|provinces?|districts?|raions?|rayons?|county|counties|governorates?|state|parish"
    r"|municipality|(?-i:departments?|DEPARTMENTS?))\b", re.I
)
# "Donetsk and Luhansk Oblasts", "Kharkiv, Donetsk, Luhansk Oblasts", "the Donetsk People's Republic": units too
# (the unit word in any case: ISW writes "Oblasts").
_ADMIN_LIST = re.compile(
    r"^(?:\s*(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){1,6}\s+"
    r"(?:(?i:oblasts|regions|provinces|districts|raions|counties|governorates)|states|departments|DEPARTMENTS)\b"
    r"|^(?:\s+and\s+[A-Z][\w'’-]+)?\s+People['’]s\s+Republics?\b"
)
_TOWN_BEFORE = re.compile(r"\b(city|town|village|settlement|hamlet|suburb|outskirts) of (the )?$", re.I)
# "the Province of Ontario", "the state of Ohio": the unit, not a town of that name (Ontario, California).
_UNIT_BEFORE = re.compile(r"\b(?:state|province|commonwealth|oblast|governorate|prefecture|canton|emirate) of (?:the )?$",
                          re.I)
_CITY_AFTER = re.compile(r"^[ \u00a0\u2002]+[Cc]ity\b")  # "Zaporizhzhia City", "Kharkiv city": not the oblast
# "Kidal in northern Mali", "Gao, in eastern Mali": a name placed by its part of a country is the main town of its
# same-named province (resolve counts the hint for no other town); a region is told with its unit word ("the Kidal
# region in northern Mali", `_ADMIN_WORDS`).
_PART_AFTER = re.compile(r"^,?\s+in\s+(?:the\s+)?(?:far\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?ern|(?:east|west)ern"
                         r"|central)\s+[A-Z]")
_CAPITAL_AFTER = re.compile(r"^,?\s+(the\s+)?capital\b", re.I)  # compiled once: `local_hints` runs per mention
_LOWER_BEFORE = re.compile(r"(?:^|[ \u00a0\u2002(])[a-z][\w'’-]*[ \u00a0\u2002]+$")
_OUTLET_AFTER = re.compile(r"^[ \u00a0\u2002]+(?:Times|Post|Herald|Tribune|Gazette)\b")
_CAPITAL_NEAR = re.compile(r"\bcapital,?\s+(city\s+)?(of\s+)?$", re.I)
# "Cambridge Analytica", "the Buffalo Bisons": a firm or team named after a city, then a lower-case word. (Not a
# place, road or institution word: "Amherst College" and "the Athens Perimeter bridge" are in the story's town.)
_ORG_AFTER = re.compile(r"^[ \u00a0\u2002]+(?!(?:City|County|State|Township|Town|Village|Valley|River|Lake|Island|Park"
                        r"|Street|Road|Avenue|Heights|Hills?|Beach|Bay|Falls|Springs|North|South|East|West|Mayor|Police|Airport"
                        r"|Cathedral|Abbey|Church|Station|Bridge|Square|Castle|Palace|Stadium|Hospital|Harbou?r|Democrats?"
                        r"|Republicans?|College|University|School|Academy|Institute|Library|Museum|Hall|Cent(?:er|re)|Mall|Perimeter"
                        r"|Parkway|Highway|Boulevard|Drive|Lane|Expressway|Turnpike|Pike|Court|Arena|Theat(?:er|re)|Zoo)\b)"
                        r"[A-Z][a-z]{3,}(?:[ \u00a0\u2002]+[a-z]|[,.;:])")


def local_hints(text: str, c: Candidate) -> dict[str, float]:
    """What the words right around a mention say it is: a unit, a town or a capital."""
    after = text[c.end : c.end + 30]
    before = text[max(0, c.start - 30) : c.start]
    hints: dict[str, float] = {}
    # Cheap necessary conditions before the end-anchored scans (which try every offset of `before`): "of " or
    # "of the " ends a town phrase and "capital" holds "tal"; none of these letters has an odd case fold.
    low = before.lower()
    # ("the Kharkiv-Donetsk Oblast border": a hyphened pair of units shares the unit word.)
    if _ADMIN_WORDS.match(after) or (after[:1] in " ," and _ADMIN_LIST.match(text[c.end : c.end + 130])) or (
            after[:1] == "-" and UNIT_PAIR_NEXT.match(after)):
        hints["admin"] = 1.5
    if low.endswith((" of ", " of the ")) and _UNIT_BEFORE.search(before):
        hints["admin"] = 4.0  # (a unit word said outright before the name outweighs a big namesake town)
    if (low.endswith((" of ", " of the ")) and _TOWN_BEFORE.search(before)) or _CITY_AFTER.match(after):
        hints["town"] = 1.5
    if "in" in after and _PART_AFTER.match(after):
        hints["in_part"] = 1.5
    if ("tal" in low and _CAPITAL_NEAR.search(before)) or _CAPITAL_AFTER.match(after):
        hints["capital"] = 2.0
    if _ORG_AFTER.match(after) and _LOWER_BEFORE.search(before):  # (not in a title-case headline)
        hints["org"] = 1.0
    if after.startswith("-based") or _OUTLET_AFTER.match(after):
        # "a Washington-based organization", "The New York Times": a seat of institutions, not a small namesake
        hints["based"] = 1.0
    return hints


_CAPITAL_WORD = re.compile(r"[ \u00a0\u2002]+capital\b")


def capital_phrases(gz: Gazetteer, text: str, cands: list[Candidate], ctx: list[Candidate]) -> None:
    """Mark names that share a sentence with "the U.S. capital" / "the Ukrainian capital" with that country.

    "In Washington, ... diplomats ... walking out of the Chinese Embassy in the U.S. capital": the capital of the country
    the sentence names, not Washington in Tyne and Wear (a London story).
    """
    ends = {m.start() for m in _CAPITAL_WORD.finditer(text)}
    phrases: list[tuple[int, str]] = []
    for x in ctx:
        if x.end in ends:
            cc = x.country if x.kind == "demonym" else next(
                (gz.cc[i] for i in x.ids if gz.fcode[i] == "PCLI"), None)
            if cc:
                phrases.append((x.start, cc))
    if not phrases:
        return
    # A phrase counts within 250 characters of a name: each name looks only at the phrases of that window
    # (bisect over their sorted starts), in the phrases' own order, not at every phrase of a long document.
    order = sorted(range(len(phrases)), key=lambda k: phrases[k][0])
    starts = [phrases[k][0] for k in order]
    for c in cands:
        lo, hi = bisect_left(starts, c.start - 250), bisect_right(starts, c.end + 250)
        for k in sorted(order[lo:hi]) if hi - lo > 1 else order[lo:hi]:
            pos, cc = phrases[k]
            a, b = (c.end, pos) if c.end <= pos else (pos, c.start)
            if 0 <= b - a <= 250 and ". " not in text[a:b]:
                c.hints["capital_of:" + cc] = 1.0
