"""Named sites the gazetteer lacks (squares, stadiums, museums, markets, airports, bridges), placed in a town.

"Manger Square in Bethlehem", "Baghdad's al-Shaab Stadium", "the Bardo Museum in Tunis": the site is a place mention
of its own, and it takes the reading of the town the text places it in, with a low score. A site the text places
in no town is left out: it has no point, and gold corpora that mark sites count it only with a point.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.recognize import Candidate
from eventwire.geoparsing.resolve import Resolved
from eventwire.geoparsing.spans import Spans

_S = r"[ \u00a0\u2002]"
# A capitalised word, an Arabic article glued or not ("al-Shaab", "Al-Ta’ai"); not a possessive ("Baghdad's").
_W = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z]\w*(?:['’](?!s\b)\w+)*(?:-[A-Z]?\w+(?:['’](?!s\b)\w+)*)*"
# Public spaces and structures. Institutions (schools, hospitals, churches, universities, hotels) are left out: they
# are bodies as much as sites, and LGL's gold does not mark them ("Columbia's First United Methodist Church").
_HEAD_WORDS = ("Square", "Stadium", "Museum", "Airport", "Airbase", "Palace", "Castle", "Roundabout", "Junction",
               "Bazaar", "Market", "Park", "Bridge")
_HEADS = "|".join(_HEAD_WORDS)
_SITE = re.compile(rf"(?<![\w'’-])((?:{_W}{_S}+){{1,3}}(?:Military{_S}+|International{_S}+|Grand{_S}+|Central{_S}+)?"
                   rf"(?:{_HEADS}))\b")
# Where the text places the site: "<site> in/of/near (the city of) <town>", or "<town>'s <site>".
_IN_AFTER = re.compile(rf",?{_S}+(?:in|of|near|outside|at){_S}+(?:(?:the{_S}+)?(?:city|town|capital|village){_S}+of"
                       rf"{_S}+)?(?:(?:the{_S}+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
                       rf"downtown){_S}+)?$")
_POSSESSIVE = re.compile(r"['’]s?[ \u00a0\u2002]+$")
_LEAD = re.compile(rf"(?:(?:The|A|An|In|At|On|Near|Outside|From|To|By|Of|And|Inside|Into|Both)(?:{_S}+|$))+")
_SCORE = 0.3  # a guess: the site lies in the town, its own point is unknown
_TOWN_CODES = ("P", "A")  # a town or an admin unit can hold a site; a country is too coarse a point


def placed_sites(gz: Gazetteer, text: str, resolved: list[Resolved]) -> list[Resolved]:
    """Sites named in `text` and placed in a resolved town, each with that town's reading (none overlap `resolved`)."""
    if not any(h in text for h in _HEAD_WORDS):
        return []
    towns = sorted((r for r in resolved if r.best is not None and r.cand.kind != "demonym"
                    and gz.fclass[r.best] in _TOWN_CODES and gz.fcode[r.best] not in ("PCLI", "ADM1")),
                   key=lambda r: r.cand.start)
    if not towns:
        return []
    out: list[Resolved] = []
    # Indexed once: a long document holds thousands of sites and mentions (bisect, not a scan per site).
    taken = Spans((r.cand.start, r.cand.end) for r in resolved)
    starts = [r.cand.start for r in towns]
    longest = max(r.cand.end - r.cand.start for r in towns)
    for m in _SITE.finditer(text):
        s, e = m.span(1)
        lead = _LEAD.match(text, s, e)
        if lead is not None:
            s = lead.end()  # "The Bardo Museum", "In Manger Square": the site starts after the function word
        if not _SITE.fullmatch(text, s, e):
            continue  # nothing left but the head word
        if taken.overlaps(s, e):
            continue  # "Deir Ezzor Military Airport", "Kabul University": the town's own name is the mention
        # Only a town starting from (longest name + 4) before the site to 40 after it can place it.
        town = _placing_town(text, s, e, towns[bisect_left(starts, s - 4 - longest) : bisect_right(starts, e + 40)])
        if town is not None:
            out.append(Resolved(Candidate(s, e, text[s:e], [town]), town, _SCORE, [town]))
    return out


def _placing_town(text: str, s: int, e: int, towns: list[Resolved]) -> int | None:
    """The reading of the town right after "in/of/near" following the site, or right before it with a possessive."""
    for r in towns:
        c = r.cand
        if (e <= c.start <= e + 40 and _IN_AFTER.match(text[e:c.start])) or (
                s - 4 <= c.end <= s and _POSSESSIVE.match(text[c.end:s])):
            return r.best
    return None
