"""Coordinates a text states for a place ("Tok is located at 63°20′10″N 142°59′7″W"): that place's point."""

from __future__ import annotations

import re

import numpy as np

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.context import opens_definition
from eventwire.model import PlaceMention

_S = r"[ \u00a0\u2002]*"
# Degrees, optional minutes and seconds (their signs sometimes left out: "30°22'52N"), then the hemisphere; a latitude,
# then a longitude ("40°2'11\" North, 75°12'40\" West"; "42.7664° N, 126.5564° E").
_PART = (r"(\d{1,3}(?:\.\d+)?)" + _S + "°" + _S + r"(?:(\d{1,2}(?:\.\d+)?)" + _S + r"[′']" + _S
         + r"(?:(\d{1,2}(?:\.\d+)?)" + _S + r"(?:″|''|\")?" + _S + r")?)?")
_PAIR = re.compile(_PART + r"(N|S|North|South)\b[\s,;/]*(?:and[ \u00a0\u2002]+)?(?:longitude[ \u00a0\u2002]+)?" + _PART + r"(E|W|East|West)\b")
# What ties a place to the figures: "X is located at", "X lies at", "the coordinates of X are", "X has a latitude".
_TIES = re.compile(r"\b(?:located|situated|lies|lying|centred|centered|coordinates|latitude)\b", re.I)
# "X is located at ...", "X (alternatively Y) lies ...": the name right before its verb owns what follows.
_OWNS = re.compile(r"[ \u00a0\u2002]*(?:\([^()]{0,80}\)[ \u00a0\u2002]*)?,?[ \u00a0\u2002]*(?:is|are|was|lies|has)\b")
# "It is located at ...", "Located in the Wolaita Zone, this town has a latitude ...": the place the text opens with.
_PRONOUN = re.compile(r"\b(?:[Ii]ts?|(?:[Tt]his|[Tt]he)[ \u00a0\u2002]+(?:town|city|village|community|settlement|"
                      r"municipality|locality|hamlet|suburb))[ \u00a0\u2002]+(?:is|lies|has|coordinates)\b")
# A sentence ends at a stop after a lower-case word or a figure, not after "U.S." or "St.".
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:St|Mt|Ft|Co|No|Dr))[.!?][\"”’)]*\s+(?=[A-Z\"“(])")
_SAME_KM = 25.0  # a reading this near the stated point is that place (a record's point is a centroid)
_COARSE_KM = 80.0  # the same for whole degrees, which round the point by up to 55 km
_GAP = 160  # the most characters between the place's name and its figures
_UNIT_KM = 300.0  # a replaced reading this near the figures (a county, a census area) still names their country


def _degrees(d: str, m: str | None, s: str | None, hemi: str) -> float:
    v = float(d) + (float(m) / 60.0 if m else 0.0) + (float(s) / 3600.0 if s else 0.0)
    return -v if hemi[0] in "SW" else v


def _owner(text: str, order: list[PlaceMention], begin: int, at: int) -> PlaceMention | None:
    """The mention the figures at `at` belong to, in the sentence that starts at `begin`."""
    inside = [m for m in order if m.start >= begin and m.end <= at]
    if inside and inside[0].start == begin and text[inside[0].end:at].strip(" \u00a0\u2002") == "(":
        return inside[0]  # "Ashford (29°20′S 151°5′E) is a rural village"
    if not _TIES.search(text, begin, at):
        return None
    verb = [m for m in inside if _OWNS.match(text, m.end) and at - m.end <= _GAP and _TIES.search(text, m.end, at)]
    if verb:
        return verb[-1]  # "... Literates: 18,240 Hosur is located at ...": the name before the verb
    subject = [p for p in _PRONOUN.finditer(text, begin, at) if not any(m.start >= p.end() for m in inside)]
    if subject and order and order[0].start <= 3 and order[0].start < begin and opens_definition(text, order[0].end):
        # "it has a latitude and longitude of ...": the place an encyclopedia's opening defines ("Mandera (Somali:
        # Mandheera) is the capital of ..."); a news story that opens "KYIV, Ukraine —" has no such subject.
        return order[0]
    if inside:
        return inside[0] if at - inside[0].end <= _GAP and _TIES.search(text, inside[0].end, at) else None
    return None


def stated_points(text: str, mentions: list[PlaceMention]) -> dict[str, tuple[float, float, float]]:
    """Name key → the point a text states for that name, and how near a reading must lie to be that place.

    Only a sentence's place before its verb, or its first place, owns its figures ("Tioga is located in Tioga County
    at 41°54′N 77°8′W" are Tioga's), and only through a word that ties them ("located", "situated", "coordinates");
    a temperature in degrees carries no hemisphere and never matches.
    """
    if "°" not in text:
        return {}
    out: dict[str, tuple[float, float, float]] = {}
    order = sorted(mentions, key=lambda m: m.start)
    for mt in _PAIR.finditer(text):
        lat = _degrees(mt.group(1), mt.group(2), mt.group(3), mt.group(4))
        lon = _degrees(mt.group(5), mt.group(6), mt.group(7), mt.group(8))
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            continue
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, mt.start() - 600), mt.start())]
        begin = ends[-1] if ends else max(0, mt.start() - 600)
        owner = _owner(text, order, begin, mt.start())
        if owner is not None:
            # Whole degrees ("47°N 37°E") place a point only to within about 55 km.
            coarse = not (mt.group(2) or mt.group(6) or "." in mt.group(1) or "." in mt.group(5))
            out.setdefault(name_key(owner.text), (lat, lon, _COARSE_KM if coarse else _SAME_KM))
    return out


def _nearby(gz: Gazetteer, lat: float, lon: float, km: float) -> list[tuple[float, int]]:
    """Records within `km` of a point, nearest first (a coarse box, then the haversine)."""
    dlat = km / 111.0 + 0.1
    dlon = dlat / max(float(np.cos(np.radians(lat))), 0.05)
    near = np.flatnonzero((np.abs(gz.lat - lat) <= dlat) & (np.abs(((gz.lon - lon) + 540.0) % 360.0 - 180.0) <= dlon))
    found = [(haversine_km(lat, lon, float(gz.lat[j]), float(gz.lon[j])), j) for j in near.tolist()]
    return sorted(x for x in found if x[0] <= km)


def at_stated_points(gz: Gazetteer, text: str, mentions: list[PlaceMention], told_code: str) -> list[PlaceMention]:
    """Mentions whose text states their coordinates, read there: the name's record at that point, else the point.

    A reading within 25 km of the figures stays. A record of the name near them replaces a far one ("Tok is a
    census-designated place in Southeast Fairbanks Census Area": GeoNames codes Tok to another borough, so the census
    area stood in). Without such a record the mention is the told point under its own name, like an offset's.
    """
    points = stated_points(text, [m for m in mentions if m.role != "demonym"]) if "°" in text else {}
    if not points:
        return mentions
    out = []
    for m in mentions:
        pt = points.get(name_key(m.text)) if m.role != "demonym" else None
        if pt is None or (m.lat is not None and m.lon is not None and haversine_km(pt[0], pt[1], m.lat, m.lon) <= pt[2]):
            out.append(m)
            continue
        own = set(gz.candidates(m.text))
        near = _nearby(gz, pt[0], pt[1], pt[2])
        rec = next((gz.record(j) for _, j in near if j in own), None)
        if rec is not None:
            out.append(m.model_copy(update={
                "geonameid": rec.geonameid, "name": rec.name, "lat": rec.lat, "lon": rec.lon,
                "country_code": rec.country_code, "admin1": gz.admin1_name(rec.admin1),
                "feature_class": rec.feature_class, "feature_code": rec.feature_code, "population": rec.population,
                "alternatives": []}))
            continue
        # The country and unit of the nearest town (the figures say where, not which state holds the point); with
        # no town near ("Golovin", Alaska), those of the reading the figures replace, when it lies within reach.
        town = next((gz.record(j) for _, j in _nearby(gz, pt[0], pt[1], 100.0) if gz.fclass[j] == "P"), None)
        cc, a1 = (town.country_code, gz.admin1_name(town.admin1)) if town is not None else (
            (m.country_code, m.admin1) if m.lat is not None and m.lon is not None
            and haversine_km(pt[0], pt[1], m.lat, m.lon) <= _UNIT_KM else (None, None))
        out.append(m.model_copy(update={
            "geonameid": None, "name": m.text, "lat": pt[0], "lon": pt[1], "feature_class": "P",
            "feature_code": told_code, "population": 0, "alternatives": [], "country_code": cc, "admin1": a1}))
    return out
