"""One sense per name across a text, the units that hold the chosen places, and the article's focus unit."""

from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.coherence import spelt_alike
from eventwire.geoparsing.lowercase import person_name, word_counts
from eventwire.geoparsing.nearby import distance
from eventwire.geoparsing.recognize import Candidate

_AREA_CODES = frozenset(("PCLI", "ADM1", "ADM2", "CONT", "RGN", "GULF", "SEA", "ISL"))


def spelt_twin(gz: Gazetteer, key: str, shared: dict[str, dict[int, float]]) -> int | None:
    """The chosen town of another name in the text that is a spelling of `key` (one letter apart in 8), if any."""
    if len(key) < 7 or " " in key:
        return None
    found: tuple[float, int] | None = None  # the closest spelling wins ("Severdonetsk" is Severodonetsk)
    for k, sc in shared.items():
        if sc and k[:2] == key[:2] and abs(len(k) - len(key)) <= 2:
            ratio = SequenceMatcher(None, k, key).ratio()
            best = max(sc, key=lambda i: sc[i])
            if ratio >= 0.9 and gz.fclass[best] == "P" and (found is None or ratio > found[0]):
                found = (ratio, best)
    return None if found is None else found[1]


def one_sense(keys: list[str], scores: list[dict[int, float]]) -> dict[str, dict[int, float]]:
    """Per name, the summed scores of its mentions: every mention of a name gets the same reading."""
    groups: dict[str, list[dict[int, float]]] = defaultdict(list)
    for k, sc in zip(keys, scores, strict=True):
        if sc:
            groups[k].append(sc)
    shared: dict[str, dict[int, float]] = {}
    for k, scs in groups.items():
        ids = {i for sc in scs for i in sc}
        # A record only some mentions have (a stated container) counts as their worst option elsewhere.
        floors = [min(sc.values()) for sc in scs]
        shared[k] = {i: sum(sc.get(i, f) for sc, f in zip(scs, floors, strict=True)) / len(scs) for i in ids}
    return shared


_HOLDS_A2, _HOLDS_A1 = 3.0, 2.0


def units_holding_choices(gz: Gazetteer, shared: dict[str, dict[int, float]]) -> dict[str, dict[int, float]]:
    """Second look at unit names: the county or state that holds another name's chosen place wins.

    "Richmond ... the Madison County jail": once Richmond is Richmond, Kentucky, Madison County is its county.
    """
    chosen = {k: max(sc, key=lambda i: sc[i]) for k, sc in shared.items() if sc}
    a2: dict[str, set[str]] = defaultdict(set)
    a1: dict[str, set[str]] = defaultdict(set)
    for k, i in chosen.items():
        if gz.fcode[i] not in _AREA_CODES:
            if gz.admin2[i]:
                a2[gz.admin2[i]].add(k)
            if gz.admin1[i]:
                a1[gz.admin1[i]].add(k)
    for k, sc in shared.items():
        # "New York" the city lies in New York the state too: a big namesake town keeps its own reading.
        city = any(gz.fclass[i] == "P" and gz.pops[i] >= 100_000 for i in sc)
        # "Soledar, Bakhmut": a bare stem names the town called exactly that, not the raion around Soledar.
        town = any(gz.fclass[i] == "P" and (gz.main_key(i) == k or (
            gz.pops[i] >= 100_000 and spelt_alike(gz.main_key(i), k))) for i in sc)  # "Mykolaiv": "Mykolayiv"
        for i in sc:
            fc = gz.fcode[i]
            if fc == "ADM2" and (not town or gz.main_key(i) == k) and a2.get(gz.admin2[i], set()) - {k}:
                sc[i] += _HOLDS_A2
            elif fc == "ADM1" and not city and a1.get(gz.admin1[i], set()) - {k}:
                sc[i] += _HOLDS_A1
    return shared


def focus_unit(gz: Gazetteer, ctx: list[Candidate], keys: list[str], shared: dict[str, dict[int, float]]) -> int | None:
    """The article's main admin unit (or country): the guess for a name the gazetteer lacks."""
    a1: Counter[str] = Counter()
    cc: Counter[str] = Counter()  # demonyms count half: kept as doubled integer votes
    dem: Counter[str] = Counter()
    for c in ctx:
        if c.kind == "demonym" and c.country:
            dem[c.country] += 1
        if not c.ids:
            continue
        sc = shared.get(name_key(c.text))
        best = max(sc, key=lambda i: sc[i]) if sc else max(c.ids, key=lambda i: gz.pops[i])
        if gz.admin1[best] and gz.fcode[best] != "PCLI":
            a1[gz.admin1[best]] += 1
        if gz.cc[best]:
            cc[gz.cc[best]] += 2
    for code, n in dem.items():
        cc[code] += min(n, 4)  # a demonym repeated 81 times counts as two mentions of a place, not 40
    if not cc:
        return None
    top_cc = cc.most_common(1)[0][0]
    # Within the article's main country, its main admin unit when most of its mentions agree on one.
    inside = Counter({k: n for k, n in a1.items() if k.split(".")[0] == top_cc})
    if inside:
        code, n = inside.most_common(1)[0]
        if code in gz.admin_idx and n >= 2 and n * 2 >= sum(inside.values()):
            return gz.admin_idx[code]
    return gz.country_idx.get(top_cc)


_BIG = 100_000  # a namesake this big is no stray: "Lille" in a story from England is still Lille
# A reading this close to one of the text's other places is no stray either: "Lyman" (a person's name) beside
# "Moscow, Kursk and Belgorod" is the Donetsk town across the border, not a namesake abroad.
_NEAR_KM = 250.0


def foreign_subject(gz: Gazetteer, ctx: list[Candidate], key: str, sc: dict[int, float],
                    shared: dict[str, dict[int, float]]) -> int | None:
    """The text's own unit or country, when every reading of the name it opens with is a small namesake in a country
    none of its other names lies in ("Lapa, Dom Joao and Montanha are three islands ... west of Macau")."""
    if not (person_name(key) or key in word_counts()):
        # Only a name that is also a word or a person's name ("Nissan", "Monsanto", "Tsunami") is doubtful: a
        # frontline village opening a story beside the enemy's cities ("Robotyne ... Moscow, Kursk") is a place.
        return None
    named: dict[str, set[str]] = defaultdict(set)  # country → the other names whose reading lies in it
    picks: list[int] = []  # the other names' readings
    units: set[str] = set()  # countries named by themselves, an admin-1 unit of theirs or a demonym
    a1: dict[str, set[str]] = defaultdict(set)
    for c in ctx:
        k = name_key(c.text)
        if k == key:
            continue
        if c.kind == "demonym" and c.country:
            named[c.country].add(k)
            units.add(c.country)
        elif c.ids and not any(i in sc for i in c.ids):  # ("Kanara or Canara": another name of the same record)
            own = shared.get(k)
            best = max(own, key=lambda i: own[i]) if own else max(c.ids, key=lambda i: gz.pops[i])
            picks.append(best)
            if gz.cc[best]:
                named[gz.cc[best]].add(k)
                if gz.fcode[best] in ("PCLI", "ADM1"):
                    units.add(gz.cc[best])
                if gz.admin1[best] and gz.fcode[best] != "PCLI":
                    a1[gz.admin1[best]].add(k)
    if not named:
        return None
    top = max(named, key=lambda cc: len(named[cc]))
    if len(named[top]) < 3:
        return None
    for i in sc:
        cc = gz.cc[i]
        if cc in units or len(named.get(cc, ())) >= 2 or gz.fcode[i] in ("PCLI", "PPLC") or gz.pops[i] >= _BIG:
            return None
        if any(distance(gz, i, j) <= _NEAR_KM for j in picks):
            return None
    # Within that country, the unit most of its other places lie in ("Udupi, Dakshina Kannada ... Karnataka").
    inside = Counter({u: len(ks) for u, ks in a1.items() if u.split(".")[0] == top})
    if inside:
        unit, n = inside.most_common(1)[0]
        if n >= 2 and n * 2 > sum(inside.values()) and unit in gz.admin_idx:
            return gz.admin_idx[unit]
    return gz.country_idx.get(top)


@lru_cache(maxsize=2)
def province_towns(gz: Gazetteer) -> dict[str, int]:
    """The most populous town of each admin-1 unit (code to id): the tables mark no seats, and the largest stands in."""
    best: dict[str, int] = {}
    for i, (fcl, a1) in enumerate(zip(gz.fclass, gz.admin1, strict=True)):
        if fcl == "P" and a1 and (a1 not in best or gz.pops[i] > gz.pops[best[a1]]):
            best[a1] = i
    return best
