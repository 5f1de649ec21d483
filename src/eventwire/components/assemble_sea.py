"""When a wire dateline's town may stand in for an act's place: not for an act on a ship at sea."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import SPEAKS, dateline_end, in_sentence
from eventwire.components.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from eventwire.components.ships import ASHORE
from eventwire.components.ships import SHIP as _SHIP
from eventwire.components.ships import SHIP_OBJECT as _SHIP_OBJECT
from eventwire.geoparsing.event_location import is_actor
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# The ship as the passive subject of the act ("the Iranian tanker Sea Star was attacked and hit"), no verb between.
_SHIP_SUBJECT = re.compile(_SHIP + r"(?:\s+(?!(?:is|are|had|has|have|when|where|which|who|that|after|while)\b)"
                           r"[\w’'.,()-]+){0,6}?\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?$",
                           re.I)
# A clause of its own after the act: a relative clause ("sailors who had worked on ships"), a time clause ("hours
# after warships arrived") or another one. Before the act only a time or contrast clause ends it: a relative clause
# there tells the act's own object ("the attack on the frigate Stark which killed 37 seamen").
_BACK = r"\b(?:after|before|as|while|when|because|since|although|but|until|once)\b|[;:]|\s--\s"
_CLAUSE_BACK = re.compile(_BACK, re.I)
_CLAUSE_AHEAD = re.compile(_BACK + r"|\b(?:who|whom|whose|which|where)\b", re.I)
# "off the Somali coast", "off the southern Somali coast", "off the Somali and Kenyan coasts": whose coast, so the
# act's country.
_OFF_THE = re.compile(r"\boff\s+(?:the\s+)?(?:[a-z]+ern\s+)?$", re.I)
# "off Somalia", "off Yemen's coast", "off the southern coast of Somalia": a country named after "off".
_OFF_COUNTRY = re.compile(r"\boff\s+(?:the\s+(?:[a-z]+(?:ern|ward)\s+)?coast(?:line)?\s+of\s+)?$", re.I)
_COAST = re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?\s+(?:coast(?:line)?s?|shores?)\b")
# "In London, Lloyds insurance said the tanker was hit": a place opening the sentence before its speaker.
_IN_FRAME = re.compile(r"\s*In\s+$")
_FRAME_SPEAKER = re.compile(r",\s+(?:[\w’'.-]+\s+){1,6}?(?:" + SPEAKS + r")\b")
# "One crewman was killed.": a bare toll, its own clause telling nothing but who was hurt, and no day of its own.
_BARE_TOLL = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}?(?:was|were|(?:had|have)\s+been)\s+(?:killed|wounded|injured|hurt)",
                        re.I)
_CALENDAR = re.compile(rf"\b(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")


def own_clause(doc: WorkDoc, t: Trigger) -> tuple[int, int]:
    """The act's own clause: from the last clause word before it (or the sentence's start past a wire dateline) to
    the first clause word after it."""
    s, cut = doc.sentences[t.sentence], dateline_end(doc)
    start = cut if s.start < cut <= t.start else s.start
    back = [m.end() for m in _CLAUSE_BACK.finditer(doc.text, start, t.start)]
    ahead = _CLAUSE_AHEAD.search(doc.text, t.end, s.end)
    return (back[-1] if back else start), (ahead.start() if ahead else s.end)


def at_sea(doc: WorkDoc, t: Trigger) -> bool:
    """True when the act's own object or passive subject is a ship or offshore rig and its clause puts it in no port,
    river or channel: it happened at sea, not in a bureau's town."""
    c0, c1 = own_clause(doc, t)
    ship = _SHIP_OBJECT.match(doc.text, t.end, c1) is not None or re.match(_SHIP, t.text, re.I) is not None \
        or _SHIP_SUBJECT.search(doc.text, c0, t.start) is not None
    return ship and ASHORE.search(doc.text, c0, c1) is None


def source_frame(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> bool:
    """True for a place told only as where the source of an act at sea spoke ("In London, Lloyds said the tanker was
    hit"): a ship is not in that town."""
    if p is None or p.end > t.start or doc.sentence_of(p.start) != t.sentence or not at_sea(doc, t):
        return False
    s = doc.sentences[t.sentence]
    return _IN_FRAME.fullmatch(doc.text, s.start, p.start) is not None and \
        _FRAME_SPEAKER.match(doc.text, p.end, t.start) is not None


def off_coast(doc: WorkDoc, t: Trigger) -> PlaceMention | None:
    """The country off whose coast the act was, told after it in its own clause: "off the Somali coast" (a demonym),
    or, for an act at sea, "off Somalia", "off Yemen's coast", "off the coast of Somalia"; else None."""
    c0, c1 = own_clause(doc, t)
    told = [q for q in in_sentence(doc, "places", t.sentence) if q.country_code and t.end <= q.start < c1 and c0 <= q.start]
    demonym = next((q for q in told if q.role == "demonym" and _COAST.match(doc.text, q.end) is not None
                    and _OFF_THE.search(doc.text, max(0, q.start - 24), q.start) is not None
                    and not is_actor(doc.text, q, (t.start, t.end))), None)
    if demonym is not None or not at_sea(doc, t):
        return demonym
    return next((q for q in told if q.role != "demonym" and (q.feature_code or "").startswith("PCL")
                 and _OFF_COUNTRY.search(doc.text, max(0, q.start - 40), q.start) is not None), None)


def sea_lead(doc: WorkDoc, t: Trigger, p: PlaceMention) -> Trigger | None:
    """The dateline sentence's act at sea when `t` is a bare, undated toll told after it ("LONDON - A tanker was
    attacked ... One person was killed"), else None."""
    lead = doc.sentence_of(p.start)
    if lead == t.sentence:
        return None
    c0, _ = own_clause(doc, t)
    s = doc.sentences[t.sentence]
    if _BARE_TOLL.fullmatch(doc.text, c0, t.end) is None or _CALENDAR.search(doc.text, s.start, s.end) is not None:
        return None
    return next((u for u in doc.triggers if u.sentence == lead and u.event_type and at_sea(doc, u)), None)

