"""Power plants named after a town they are not in: "the Zaporizhzhia Nuclear Power Plant" lies at Enerhodar.

The plant's name is one mention with the host town's reading, so "Zaporizhzhia" inside it is not read as the city
120 km away. Public facts; the host is the town's main name in the gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate
from eventwire.geoparsing.resolve import Resolved
from eventwire.geoparsing.spans import Spans

_S = r"[ \u00a0\u2002]+"
_PLANT = rf"(?:[Pp]ower{_S}(?:[Pp]lant|[Ss]tation)|POWER{_S}(?:PLANT|STATION))"
# The words after a plant's stem that say which plant it is (a city may host one kind and name another).
_TAILS = {
    "nuclear": rf"{_S}(?:(?:[Nn]uclear|NUCLEAR|[Aa]tomic){_S}{_PLANT}|NPP|NPS)",
    "thermal": rf"{_S}(?:(?:[Tt]hermal|THERMAL){_S}{_PLANT}|TPP)",
    "hydro": rf"{_S}(?:(?:[Hh]ydroelectric|[Hh]ydro){_S}{_PLANT}|[Hh]ydroelectric{_S}[Dd]am|HPP)",
    "plain": rf"{_S}{_PLANT}",
    "none": "",
}
# (stems, kinds, host town, country). "Vuhledar Power Plant" is how ISW often writes the Vuhlehirska plant at
# Svitlodarsk, 120 km from the town of Vuhledar.
_ROWS = (
    ("Zaporizhzhia|Zaporizhia|Zaporizhya|Zaporizhzhya|Zaporozhye|Zaporihia", "nuclear|thermal", "Enerhodar", "UA"),
    ("ZNPP|ZAES", "none", "Enerhodar", "UA"),
    ("Vuhlehirska|Vuhlehirske|Vuhlehisrka|Uglehirska|Vuhledar", "thermal|plain", "Svetlodarsk", "UA"),
    ("Nova Kakhovka|Kakhovka", "hydro", "Nova Kakhovka", "UA"),
    ("Khmelnytskyi|Khmelnytskyy|Khmelnitsky", "nuclear", "Netishyn", "UA"),
    ("Rivne|Rovno", "nuclear", "Varash", "UA"),
    ("South Ukraine|South Ukrainian|Pivdennoukrainsk", "nuclear", "Pivdennoukrainsk", "UA"),
    ("Kursk", "nuclear", "Kurchatov", "RU"),
)
# One scan of the text before the per-plant patterns: most texts name no plant ("however" holds "ower").
# (Each branch opens with a plain letter, so the engine skips to those letters at C speed.)
_GATE = re.compile(rf"P(?:ower{_S}(?:[Pp]lant|[Ss]tation)|OWER)|power{_S}(?:[Pp]lant|[Ss]tation)|N(?:PP|PS)|TPP"
                   r"|H(?:PP|ydroelectric)|hydroelectric|ZAES")
# What each branch of `_GATE` holds as written: substring tests (C speed) before its scan.
_GATE_WORDS = ("ower", "POWER", "NPP", "TPP", "HPP", "NPS", "ZAES", "ydroelectric")
_SCORE = 0.6  # the plant's own point is a few km from its town's


# "the NPP" after a text has named one nuclear plant is that plant.
_NPP = re.compile(r"(?<![\w'’-])NPP(?![\w-]|['’](?!s\b))")  # (and "the NPP's")


@lru_cache(maxsize=4)
def _table(gz: Gazetteer) -> tuple[tuple[re.Pattern[str], int, bool, tuple[str, ...]], ...]:
    """Each plant's pattern, its host town's record, whether it is a nuclear plant and the words it needs."""
    out = []
    for stems, kinds, town, cc in _ROWS:
        key = name_key(town)
        recs = [i for i in gz.candidates(town) if gz.cc[i] == cc and gz.fclass[i] == "P" and gz.main_key(i) == key]
        if not recs:
            continue
        names = "|".join(re.escape(s).replace(r"\ ", _S) for s in stems.split("|"))
        tails = "|".join(_TAILS[k] for k in kinds.split("|"))
        # A match holds one stem's first word as written: a substring test skips the scan of a long text without it.
        needs = tuple(dict.fromkeys(st.split(" ", 1)[0] for st in stems.split("|")))
        out.append((re.compile(rf"(?<![\w'’-])(?:{names})(?:{tails})(?![\w'’-])"), max(recs, key=lambda i: gz.pops[i]),
                    kinds in ("nuclear", "none") or kinds.startswith("nuclear|"), needs))
    return tuple(out)


def plant_sites(gz: Gazetteer, text: str, kept: list[Resolved]) -> list[Resolved]:
    """`kept` with each named plant as one mention at its host town, in place of the names inside it."""
    if not any(w in text for w in _GATE_WORDS) or _GATE.search(text) is None:
        return kept
    spans: list[tuple[int, int, int]] = []
    nuclear: set[int] = set()
    for pattern, town, atomic, needs in _table(gz):
        if not any(w in text for w in needs):
            continue
        found = [(m.start(), m.end(), town) for m in pattern.finditer(text)]
        spans += found
        if found and atomic:
            nuclear.add(town)
    if not spans:
        return kept
    # (Overlap tests by bisect over the sorted plant spans: a long document names plants and places thousands of times.)
    if len(nuclear) == 1:  # one nuclear plant named: a bare "NPP" after its first mention is that plant
        first = min(s for s, _, town in spans if town in nuclear)
        named = Spans((s, e) for s, e, _ in spans)
        spans += [(m.start(), m.end(), next(iter(nuclear))) for m in _NPP.finditer(text, first)
                  if not named.overlaps(m.start(), m.start() + 1)]
    taken = Spans((s, e) for s, e, _ in spans)
    out = [r for r in kept if not taken.overlaps(r.cand.start, r.cand.end)]
    out += [Resolved(Candidate(s, e, text[s:e], [town]), town, _SCORE, [town]) for s, e, town in spans]
    return sorted(out, key=lambda r: r.cand.start)
