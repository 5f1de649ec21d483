"""A village read at a namesake far from the city its sentence names moves to the gazetteer's record of the name
near that city ("attacks on Tavriyske ... on the route to Mykolaiv": the Mykolaiv Oblast Tavriiske, not the Kherson
Oblast one 80 km south)."""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.model import PlaceMention

_OBLAST = re.compile(r"\b([A-Z][a-z]+)\s+[Oo]blasts?\b")
# A distance phrase after the village ("Opytne (all about 15km northwest of Donetsk City)"): only a city it names
# may anchor the village.
_DISTANCE = re.compile(r",?\s*\(?(?:(?:all|both)\s+)?(?:(?:about|around|approximately|roughly|some|nearly|over|just)\s+)?"
                       r"\d+\s*(?:km|kilometers)\b[^().;]*")
CITY_POP = 20_000  # a Ukrainian town this big, named in the sentence, is the sentence's anchor (Avdiivka, Kupiansk)
NEAR_KM = 40.0  # the other record lies this near an anchor city
CLEAR = 2.0  # and the reading lies this many times farther from every anchor city, and NEAR_KM more


def city_moves(gz: Gazetteer, text: str, mentions: list[PlaceMention], movable: list[int]) -> dict[int, int]:
    """Mention index → gazetteer record: each village of `movable` whose name has one Ukrainian record near a city
    its sentence names, when its reading lies clearly farther from every such city."""
    cities = [m for m in mentions if m.country_code == "UA" and m.feature_class == "P" and m.lat is not None
              and m.lon is not None and (m.population or 0) >= CITY_POP]
    if not cities:
        return {}
    out: dict[int, int] = {}
    for n in movable:
        m = mentions[n]
        s0, s1 = _sentence(text, m.start)
        told = _DISTANCE.match(text, m.end)
        a0, a1 = (told.start(), told.end()) if told else (s0, s1)
        anchors = [c for c in cities if a0 <= c.start < a1 and c.text != m.text]
        if not anchors:
            continue
        here = min(haversine_km(m.lat, m.lon, c.lat, c.lon) for c in anchors)  # type: ignore[arg-type]
        # the text's spelling and the reading's ("Tavriyske" read as the record "Tavriiske") find the namesakes
        names = {m.text, m.name or m.text}
        near = {i for nm in names for i in gz.candidates(nm) if gz.cc[i] == "UA" and gz.fclass[i] == "P"
                and min(haversine_km(float(gz.lat[i]), float(gz.lon[i]), c.lat, c.lon)  # type: ignore[arg-type]
                        for c in anchors) <= NEAR_KM}
        if len(near) != 1:
            continue
        i = near.pop()
        # "... and Shyroke areas in Mykolaiv Oblast": an oblast the sentence names after the village holds it
        told_oblasts = [o.group(1) for o in _OBLAST.finditer(text, m.end, s1)]
        if told_oblasts and not (gz.admin1_name(gz.admin1[i]) or "").startswith(tuple(told_oblasts)):
            continue
        there = min(haversine_km(float(gz.lat[i]), float(gz.lon[i]), c.lat, c.lon) for c in anchors)  # type: ignore[arg-type]
        if here >= CLEAR * there and here - there >= NEAR_KM:
            out[n] = i
    return out


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence (or line) around `pos`."""
    a = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [e for e in (text.find(c, pos) for c in ".!?\n") if e >= 0]
    return a, min(ends, default=len(text))
