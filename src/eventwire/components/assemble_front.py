"""Front-report placement: a reference town or a suburb's city picked for an act told at a named place beside it."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import decide, in_sentence
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# "toward Brovary, east of Kyiv", "Nevelske, just northwest of Donetsk City": the town after the bearing only
# locates the place named before it (measured offsets are assemble_offset's; this is the unmeasured bearing).
_REFERENCE_GAP = re.compile(r",\s+(?:(?:just|directly|immediately|further|farther|slightly)\s+)?(?:to\s+the\s+)?"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?", re.I)
# "the Kyiv suburb of Irpin", "the Kharkiv City suburbs of Chuhuiv": the city names whose suburb; the suburb is where.
_SUBURB_GAP = re.compile(r"(?:\s+City)?\s+(?:suburbs?|satellite\s+towns?)\s+of\s+(?:the\s+)?")


def _town(p: PlaceMention) -> bool:
    return p.feature_class == "P" and p.role != "demonym" and p.lat is not None


def front_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The place named beside a picked reference town or suburb-owning city, else `p` unchanged."""
    if p is None or p.role == "demonym":
        return p
    si = doc.sentence_of(p.start)
    for q in in_sentence(doc, "places", si):
        if q is p or not _town(q):
            continue
        if q.end < p.start and _REFERENCE_GAP.fullmatch(doc.text, q.end, p.start):
            decide(doc, t, "relocated", f"{p.text!r} only locates {q.text!r} by a bearing; {q.text!r} is where")
            return q
        if p.end < q.start and _SUBURB_GAP.fullmatch(doc.text, p.end, q.start):
            decide(doc, t, "relocated", f"{q.text!r} is the suburb of {p.text!r} where it happened")
            return q
    return p
