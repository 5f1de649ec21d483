"""Generic place phrases in ALL-CAPS wire copy that refer back: "THE CAPITAL", "THIS CAPITAL", "THIS CITY".

FBIS copy says "IN THIS CAPITAL" for the dateline's city and "THE SALVADORAN CAPITAL" for a country's
capital. Left alone, "CAPITAL" matched Denmark's Capital Region and split one incident into several events.
The phrase resolves to the capital of the country it names (a demonym before it) or of the story's country
(the dateline's), and "THIS CITY" to the dateline's town; anything else stays unresolved.
"""

from __future__ import annotations

import re
from collections import Counter

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.recognize import Candidate
from eventwire.geoparsing.resolve import Resolved

_SP = r"[ \t\n\u00a0\u2002]+"
# "THE CAPITAL", "THIS CAPITAL CITY", "THE SALVADORAN CAPITAL", "THE COUNTRY'S CAPITAL"; not "THE CAPITAL OF
# ANTIOQUIA" (the unit after "OF" is named) nor "THE FEDERAL CAPITAL" (no demonym: not matched).
_CAPITAL = re.compile(
    rf"\b(THE|THIS|OUR)(?:{_SP}(COUNTRY'S|NATION'S|(?:[A-Z]+{_SP})?[A-Z]+))?{_SP}(CAPITAL(?:{_SP}CITY)?)\b"
    rf"(?!{_SP}(?:CITY{_SP})?OF\b|'S\b)"
)
_THIS_CITY = re.compile(rf"\b(?:THIS){_SP}(CITY)\b(?!{_SP}OF\b|'S\b)")
_SCORE = 0.6


def anaphors(
    gz: Gazetteer, text: str, resolved: list[Resolved], ctx: list[Candidate], setting: str | None,
    dateline: Candidate | None,
) -> list[Resolved]:
    """Resolved mentions for "THE CAPITAL" / "THIS CITY" phrases that overlap no other mention."""
    taken = [(r.cand.start, r.cand.end) for r in resolved]
    demonyms = {c.end: c.country for c in ctx if c.kind == "demonym" and c.country}
    home = next((r.best for r in resolved if dateline is not None and r.cand.start == dateline.start), None)
    country = _main_country(gz, resolved, setting)
    out: list[Resolved] = []
    for m in _CAPITAL.finditer(text):
        s, e = m.span(3)
        if any(a < e and s < b for a, b in taken):
            continue
        mid = m.group(2)
        cc: str | None
        if mid is None or mid in ("COUNTRY'S", "NATION'S"):
            # "THIS CAPITAL" in a story filed from a capital is that city.
            this_home = m.group(1) == "THIS" and home is not None and gz.fcode[home] == "PPLC"
            cc = gz.cc[home] if this_home and home is not None else country
        else:
            cc = demonyms.get(m.end(2))
            if cc is None:
                continue  # "THE FEDERAL CAPITAL", "THE MILITARY CAPITAL": not a country's capital
        idx = gz.capital_idx.get(cc or "")
        if idx is not None:
            out.append(Resolved(Candidate(s, e, text[s:e], [idx]), idx, _SCORE, [idx]))
    if home is not None and gz.fclass[home] == "P":
        for m in _THIS_CITY.finditer(text):
            s, e = m.span(1)
            if not any(a < e and s < b for a, b in taken):
                out.append(Resolved(Candidate(s, e, text[s:e], [home]), home, _SCORE, [home]))
    return out


def _main_country(gz: Gazetteer, resolved: list[Resolved], setting: str | None) -> str | None:
    """The country most of the story's places and demonyms lie in; the dateline's breaks a tie.

    Agencies file from Havana, Moscow or Mexico City about fighting in San Salvador: "THE CAPITAL" there is
    the capital of the country the story is about, not of the dateline's ("THIS CAPITAL" is the dateline's).
    """
    n: Counter[str] = Counter()
    for r in resolved:
        if r.best is not None and gz.cc[r.best]:
            n[gz.cc[r.best]] += 2
    if setting:
        n[setting] += 1
    return n.most_common(1)[0][0] if n else None


# "ESCALON NEIGHBORHOOD", "EL SALITRE ESTATE", "SAN SEBASTIAN CANTON": a part of a town or of a municipality.
_SITE_NEXT = re.compile(rf"{_SP}(?:NEIGHBORHOODS?|NEIGHBOURHOODS?|ESTATE|FARM|HACIENDA|CANTON|HAMLET|RESIDENTIAL)\b")


def local_sites(
    gz: Gazetteer, text: str, resolved: list[Resolved], setting: str | None, dateline: Candidate | None,
) -> list[Resolved]:
    """Neighbourhoods, farms and hamlets whose namesake lies abroad are in the story's country: they resolve to
    the dateline's town when it lies there, else to the country ("ESCALON NEIGHBORHOOD" is no Californian town)."""
    country = setting or _main_country(gz, resolved, setting)
    if country is None or country not in gz.country_idx:
        return resolved
    home = next((r.best for r in resolved if dateline is not None and r.cand.start == dateline.start), None)
    here = home if home is not None and gz.fclass[home] == "P" and gz.cc[home] == country else gz.country_idx[country]
    out = []
    for r in resolved:
        if r.best is not None and gz.cc[r.best] != country and r.cand.kind != "demonym" and (
                gz.fclass[r.best] == "P" and gz.pops[r.best] < 100_000) and _SITE_NEXT.match(text, r.cand.end):
            r = Resolved(r.cand, here, 0.05, [here, *r.ranked[:5]])
        out.append(r)
    return out
