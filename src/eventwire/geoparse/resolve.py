"""Resolve recognised toponyms to gazetteer records using the whole article as context."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparse.recognize import Candidate

# How much of a unit's (summed) population counts as its prior: a town usually beats the same-named unit.
_FEATURE_WEIGHT = {"PCLI": 3.0, "PPLC": 4.0, "PPL": 1.0, "ADM1": 0.35, "ADM2": 0.12, "RGN": 1.0, "PEN": 1.0}
_ADMIN_WORDS = re.compile(
    r"^[\s,]*(oblast|region|province|district|raion|rayon|county|governorate|state|parish|municipality)\b", re.I
)
_TOWN_BEFORE = re.compile(r"\b(city|town|village|settlement|hamlet|suburb|outskirts) of (the )?$", re.I)
_CAPITAL_NEAR = re.compile(r"\bcapital,?\s+(city\s+)?(of\s+)?$", re.I)
_PART_OF = re.compile(
    r"^\s+(district|region|province|area|suburb|neighbou?rhood|outskirts|quarter|governorate)\s+of\s+(the\s+)?",
    re.I,
)


@dataclass(slots=True)
class Resolved:
    """A candidate span with its chosen record, score and ranked alternatives."""

    cand: Candidate
    best: int | None
    score: float
    ranked: list[int]


def _prior(gz: Gazetteer, i: int, key: str) -> float:
    fcode = gz.fcode[i]
    w = _FEATURE_WEIGHT.get(fcode, 1.0)
    pop = int(gz.pop[i])
    if fcode == "AIRB":
        pop = 50_000
    p = math.log10(pop * w + 100.0)
    if name_key(gz.names[i]) == key:
        p += 0.6  # the main name, not an alternate spelling
    if fcode == "PCLI":
        p += 2.0
    return p


def _local_hints(text: str, c: Candidate) -> dict[str, float]:
    after = text[c.end : c.end + 30]
    before = text[max(0, c.start - 30) : c.start]
    hints: dict[str, float] = {}
    if _ADMIN_WORDS.match(after):
        hints["admin"] = 1.5
    if _TOWN_BEFORE.search(before):
        hints["town"] = 1.5
    if _CAPITAL_NEAR.search(before) or re.match(r"^,?\s+(the\s+)?capital\b", after, re.I):
        hints["capital"] = 2.0
    return hints


def resolve(gz: Gazetteer, text: str, cands: list[Candidate], setting: str | None = None) -> list[Resolved]:
    """Choose a record for each toponym; demonyms resolve to their country."""
    keys = [name_key(c.text) for c in cands]
    for c in cands:
        c.hints.update(_local_hints(text, c))
    priors = [{i: _prior(gz, i, k) for i in c.ids} for c, k in zip(cands, keys, strict=True)]
    constraints = _containment(text, cands, gz)
    # First pass: priors only, to learn the article's countries and places.
    first = [max(p, key=p.get) if p else None for p in priors]  # type: ignore[arg-type]
    votes: Counter[str] = Counter()
    admin_votes: Counter[str] = Counter()
    for c, b in zip(cands, first, strict=True):
        if b is not None and gz.admin1[b]:
            admin_votes[gz.admin1[b]] += 1.0
        if c.kind == "demonym" and c.country:
            votes[c.country] += 0.5
        elif b is not None:
            votes[gz.cc[b]] += 1.0 if gz.fcode[b] != "PCLI" else 1.5
    if setting:
        votes[setting] += 2.0
    total = sum(votes.values()) or 1.0
    anchors = [(gz.lat[b], gz.lon[b]) for b in first if b is not None and gz.fcode[b] not in ("PCLI", "ADM1")]
    out: list[Resolved] = []
    for n, (c, pri) in enumerate(zip(cands, priors, strict=True)):
        if c.kind == "demonym":
            idx = gz.country_idx.get(c.country or "")
            out.append(Resolved(c, idx, 0.9 if idx is not None else 0.0, [idx] if idx is not None else []))
            continue
        scores: dict[int, float] = {}
        own = first[n]
        for i, p in pri.items():
            s = p
            cc = gz.cc[i]
            # Country context, minus this mention's own vote.
            v = votes.get(cc, 0.0) - (1.0 if own is not None and gz.cc[own] == cc else 0.0)
            s += 2.5 * max(v, 0.0) / total
            a1 = gz.admin1[i]
            if a1:
                va = admin_votes.get(a1, 0.0) - (1.0 if own is not None and gz.admin1[own] == a1 else 0.0)
                s += 0.8 * min(max(va, 0.0), 2.0)
            fc = gz.fcode[i]
            if "admin" in c.hints:
                s += c.hints["admin"] if fc.startswith("ADM") else 0.0
            if "town" in c.hints and gz.fclass[i] == "P":
                s += c.hints["town"]
            if "capital" in c.hints and fc == "PPLC":
                s += c.hints["capital"]
            if gz.fclass[i] == "P" and anchors:
                near = sum(1 for lat, lon in anchors if haversine_km(gz.lat[i], gz.lon[i], lat, lon) < 300)
                s += 0.6 * min(near, 3) / 3
            s += constraints.get((n, i), 0.0)
            scores[i] = s
        ranked = sorted(scores, key=lambda i: -scores[i])
        if not ranked:
            out.append(Resolved(c, None, 0.0, []))
            continue
        margin = scores[ranked[0]] - (scores[ranked[1]] if len(ranked) > 1 else scores[ranked[0]] - 3.0)
        out.append(Resolved(c, ranked[0], round(1.0 / (1.0 + math.exp(-2.0 * margin)), 3), ranked[:6]))
    return out


def _containment(text: str, cands: list[Candidate], gz: Gazetteer) -> dict[tuple[int, int], float]:
    """Boosts from "X, Y" and "X district of Y": X's records inside Y's country or admin unit."""
    boost: dict[tuple[int, int], float] = {}
    for n in range(len(cands) - 1):
        a, b = cands[n], cands[n + 1]
        gap = text[a.end : b.start]
        part = _PART_OF.match(gap)
        if not (re.fullmatch(r",\s*", gap) or part or re.fullmatch(r"\s+in\s+", gap)):
            continue
        if b.kind == "demonym":
            outer_cc = {b.country}
            outer_a1: set[str] = set()
        else:
            outer_cc = {gz.cc[i] for i in b.ids}
            outer_a1 = {gz.admin1[i] for i in b.ids if gz.fcode[i] in ("ADM1", "ADM2")}
            outer_a1 |= {gz.admin2[i] for i in b.ids if gz.fcode[i] == "ADM2"}
        for i in a.ids:
            if gz.admin1[i] in outer_a1 or gz.admin2[i] in outer_a1:
                boost[(n, i)] = 3.0
                for j in b.ids:
                    if gz.admin1[j] == gz.admin1[i] or (gz.admin2[j] and gz.admin2[j] == gz.admin2[i]):
                        boost[(n + 1, j)] = max(boost.get((n + 1, j), 0.0), 2.0)
            elif gz.cc[i] in outer_cc:
                boost[(n, i)] = max(boost.get((n, i), 0.0), 1.5 if part or b.kind == "demonym" else 1.0)
            if part and gz.fcode[i].startswith("ADM") and part.group(1).lower() in ("district", "region", "province"):
                boost[(n, i)] = boost.get((n, i), 0.0) + 0.5
    return boost
