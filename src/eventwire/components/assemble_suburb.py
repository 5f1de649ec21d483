"""Suburb placement: an act told at "the <City> suburb of <Town>" is at the town, when its reading lies by the city."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import decide, in_sentence
from eventwire.components.assemble_namesake import as_mention, loaded_gazetteer, namesakes
from eventwire.gazetteer.index import haversine_km
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# "the Kyiv suburb of Irpin", "the Kharkiv City suburbs of Chuhuiv": the city names whose suburb; the suburb is where.
_SUBURB_GAP = re.compile(r"(?:\s+City)?\s+(?:suburbs?|satellite\s+towns?)\s+of\s+(?:the\s+)?", re.I)
_SUBURB_KM = 30.0  # a suburb lies by its city; a reading further off is a namesake ("Zhukovsky" near Moscow)


def _by_city(q: PlaceMention, city: PlaceMention) -> PlaceMention | None:
    """q, or q's namesake, when it lies within _SUBURB_KM of the city in the city's country; else None."""
    if city.lat is None or city.lon is None:
        return None
    if q.feature_class == "P" and q.lat is not None and q.lon is not None and q.country_code == city.country_code and \
            haversine_km(q.lat, q.lon, city.lat, city.lon) <= _SUBURB_KM:
        return q
    gz = loaded_gazetteer()
    near = [] if gz is None else [(haversine_km(city.lat, city.lon, float(gz.lat[i]), float(gz.lon[i])), i)
                                  for i in namesakes(gz, q)]
    near = [(d, i) for d, i in near if d <= _SUBURB_KM]
    if not near:
        return None
    return as_mention(gz, q, min(near)[1]).model_copy(update={"radius_km": None, "alternatives": []})


def suburb_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The suburb named after a picked city ("the Kyiv suburb of Irpin"), else `p` unchanged."""
    if p is None or p.role == "demonym":
        return p
    si = doc.sentence_of(p.start)
    for q in in_sentence(doc, "places", si):
        if q is p or q.role == "demonym" or not p.end < q.start or not _SUBURB_GAP.fullmatch(doc.text, p.end, q.start):
            continue
        town = _by_city(q, p)
        if town is not None:
            decide(doc, t, "relocated", f"{q.text!r} is the suburb of {p.text!r} named as the place")
            return town
    return p
