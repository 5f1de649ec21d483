"""A fight told as a direction from a town folds into the villages its paragraph places on that axis (gold README)."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_link import absorb, decide, in_sentence
from eventwire.components.assemble_namesake import paragraph
from eventwire.components.assemble_offset import BEARING, bearing_to
from eventwire.gazetteer.index import haversine_km
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

DIRS = r"(?:north|south|east|west)(?:east|west)?"
# "ground attacks northeast and south of Bakhmut", "to the northwest of Slovyansk", "toward Slovyansk": the town
# names an axis (or several), not the settlement fought over.
_COMPASS = re.compile(rf"\b({DIRS}(?:ern)?(?:\s*,\s*(?:and\s+)?{DIRS}(?:ern)?|\s+and\s+{DIRS}(?:ern)?)*)\s+of\s+"
                      r"(?:the\s+)?$", re.I)
_TOWARD = re.compile(r"\b(?:toward|towards|in\s+the\s+direction\s+of)\s+$", re.I)
# "Bohorodychne, about 20 km northwest of Slovyansk", "Kodema (13km southeast of Bakhmut)": the text itself puts the
# village on the town's axis.
_ANCHORED = (r"\s*[,(]?\s*(?:(?:about|approximately|roughly|around|some|nearly|just|less\s+than)\s+)?(?:\d{1,3}\s*"
             rf"(?:km|kilometers|kilometres)\s+)?(?:to\s+the\s+)?{DIRS}(?:ern)?\s+of\s+(?:the\s+)?")
_AXIS_KM = 25.0  # the README's "a village within 25 km on that axis" (the scorer's radius)
_AXIS_DEG = 67.5  # the told direction, give or take the next compass point
_TOWN = 5000  # "toward Hryhorivka", "towards Tsupivka": a village named as the goal is itself fought over


def _bearings(doc: WorkDoc, p: PlaceMention) -> list[float] | None:
    """The compass bearings a mention names from its town ([] for "toward X"), or None when it names the town."""
    before = doc.text[max(0, p.start - 60) : p.start]
    if (m := _COMPASS.search(before)) is not None:
        return [float(BEARING[d.lower()]) for d in re.findall(DIRS, m.group(1), re.I) if d.lower() in BEARING]
    return [] if _TOWARD.search(before) else None


def _on_axis(p: PlaceMention, q: PlaceMention, bearing: float) -> bool:
    """True when village q lies in the told compass direction from town p."""
    if haversine_km(p.lat, p.lon, q.lat, q.lon) <= 3.0:  # type: ignore[arg-type]
        return True  # too close for a bearing to mean anything
    got = bearing_to(p.lat, p.lon, q.lat, q.lon)  # type: ignore[arg-type]
    return abs((got - bearing + 180) % 360 - 180) <= _AXIS_DEG


def _hosts(doc: WorkDoc, out: dict[tuple[Any, ...], Any], key: tuple[Any, ...], p: PlaceMention,
           lo: int, hi: int) -> list[tuple[float, tuple[Any, ...]]]:
    """(km, key) of the same fight on the same day at a smaller place its paragraph anchors to the town."""
    hosts = []
    for k, h in out.items():
        q = h.place
        if k == key or k[:3] != key[:3] or k[4] != key[4] or q is None or q.feature_class != "P" or q.lat is None \
                or q.lon is None or q.geonameid == p.geonameid or (q.population or 0) >= (p.population or 0) \
                or not any(lo <= t.start < hi for t in h.triggers) \
                or not re.match(_ANCHORED + re.escape(p.text) + r"\b", doc.text[q.end : q.end + 80 + len(p.text)]):
            continue
        d = haversine_km(p.lat, p.lon, q.lat, q.lon)  # type: ignore[arg-type]
        if d <= _AXIS_KM:
            hosts.append((d, k))
    return hosts


def fold_axis(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold a town event told only as a direction into the same fight at the villages named on each of its axes."""
    # "Russian units made ground attacks north of Sloviansk. ... a failed assault on Dovhenke,
    # some 25 km north of Sloviansk": gold README "Direction from a town: one event per fight" labels the
    # village, not the town as well. An axis with no village of its own keeps the town's event.
    out = dict(groups)
    for key, g in groups.items():
        p = g.place
        if p is None or p.feature_class != "P" or p.lat is None or p.lon is None or (p.population or 0) < _TOWN:
            continue
        axes = [_bearings(doc, q) for t in g.triggers for q in in_sentence(doc, "places", t.sentence)
                if q.geonameid == p.geonameid and q.text == p.text]
        if not axes or any(a is None for a in axes):
            continue  # the town is told as fought over itself: it stays its own event
        lo, hi = paragraph(doc, g.triggers[0].start)
        hosts = _hosts(doc, out, key, p, lo, hi)
        covered = all(any(_on_axis(p, out[k].place, b) for _, k in hosts) for a in axes for b in a or [])
        if not hosts or not covered:
            continue
        host = out[min(hosts, key=lambda x: x[0])[1]]
        absorb(host, g)
        del out[key]
        decide(doc, g.triggers[0], "merged", f"{p.text!r} is told as a direction; the fight is at "
               f"{host.place.text!r} on that axis in the same paragraph")
    return out
