"""A line of fighting told by two towns joined by a dash ("the Svatove-Kreminna line"), shared by the trigger and
codebook stages."""

from __future__ import annotations

import re

from eventwire.gazetteer.index import haversine_km
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

# "along the Avdiivka-Donetsk City frontline", "the Zolochiv-Kozacha Lopan direction", "in the directions of
# Bilohorivka-Hryhorivka, Zolotarivka-Serebryanka": towns joined by a dash name a line of fighting.
TOWN = r"[A-Z][\w’'-]*[a-z](?:\s+[A-Z][\w’'-]*[a-z])?(?:\s+City)?"
PAIR = rf"{TOWN}\s*[-–]\s*{TOWN}"
LINE_WORD = r"(?:front\s*line|frontline|line|directions?|axis|sector)\b"
LINE = re.compile(rf"\b{PAIR}(?=\s+{LINE_WORD})"
                  rf"|(?<=directions\sof\s){PAIR}(?:\s*,\s*(?:and\s+)?{PAIR})*(?:\s*,?\s+and\s+{PAIR})?")
# A road's name, the one phrase every road reader builds on: "the T1302 highway", "the T0513 Siversk-Kostiantynivka
# highway", "the Kreminna-Svatove road" (end towns of one word, or "X City").
ROAD_CODE = r"[A-Z]{1,2}-?\d{1,4}"
ROAD_ENDS = r"[A-Z][\w’']*(?:\s+City)?(?:[-–][A-Z][\w’']*(?:\s+City)?)+"
ROAD_NAME = r"the\s+(?:" + ROAD_CODE + r"\s+(?:" + ROAD_ENDS + r"\s+)?|" + ROAD_ENDS + r"\s+)(?:highway|road)\b"
# "offensive operations along the A-B road", "attacks on villages along the T1302 A-B highway": a road told by
# its two end towns is a line between them too (gold README, "A road between two towns"); only "along" it, as
# "on the T1302 highway" after a village is a note on the village.
ROAD = re.compile(r"\balong\s+" + ROAD_NAME)
LINE_KM = 50.0  # towns of a line this close put every point of it within the scorer's 25 km of one of them


def towns_close(towns: list[PlaceMention]) -> bool:
    """True when the named towns all lie within LINE_KM of the first one (no far namesake among them)."""
    a = towns[0]
    return a.lat is not None and a.lon is not None and all(
        p.lat is not None and p.lon is not None and haversine_km(a.lat, a.lon, p.lat, p.lon) <= LINE_KM
        for p in towns[1:])


def towns_in(doc: WorkDoc, start: int, end: int) -> list[PlaceMention]:
    """The towns named inside a matched line (populated places told as places, not demonyms)."""
    return [p for p in doc.places if start <= p.start < end and p.feature_class == "P" and p.role == "mentioned"]


def line_at(doc: WorkDoc, start: int) -> list[PlaceMention]:
    """The two nearby towns of the dash pair that opens at `start` ("Svatove-Kreminna line"), else none."""
    m = LINE.match(doc.text, start)
    towns = towns_in(doc, start, m.end()) if m is not None else []
    return towns if len(towns) >= 2 and towns_close(towns) else []
