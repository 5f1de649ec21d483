"""When a wire dateline's town may stand in for an act's place: not for an act on a ship at sea."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import SPEAKS, dateline_end, in_sentence
from eventwire.components.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from eventwire.components.trigger_wire import HULL, ONE_HULL
from eventwire.geoparsing.event_location import is_actor
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# trigger_wire's ship or rig, less a ferry (as often as not in the dateline country's own waters), a land rig ("an oil
# rig operated by the North Oil Company", "a gas rig in the desert": only "offshore" or "platform" is at sea) and a
# blood vessel.
_SHIP = (r"(?<!blood\s)(?!ferr(?:y|ies)\b)(?!(?:oil|gas|drilling)\s+rigs?\b)" + HULL
         + r"(?!\s+(?:terminals?|compan(?:y|ies)|firms?|owners?|operators?|yards?|ports?|services|industry|workers))")
# The ship as the act's own object ("struck a grain ship", "fired on the tanker", "destroyed two oil platforms").
_SHIP_OBJECT = re.compile(r"\s+(?:(?:on|at|upon)\s+)?" + ONE_HULL + _SHIP, re.I)
# The ship as the passive subject of the act ("the Iranian tanker Sea Star was attacked and hit"), no verb between.
_SHIP_SUBJECT = re.compile(_SHIP + r"(?:\s+(?!(?:is|are|had|has|have|when|where|which|who|that|after|while)\b)"
                           r"[\w’'.,()-]+){0,6}?\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?$",
                           re.I)
# A ship in port, at a quay or on a river is in a town's or a country's waters, not at sea: the town may stand. Not
# "near the port of Mocha": a port named other than the dateline town says the town is not where.
_IN_PORT = re.compile(r"\b(?:(?:ports?|harbou?rs?)(?!\s+of\s+[A-Z])|dock(?:s|ed)?|moored|berthed|at\s+anchor|anchored|quays?|piers?|jett(?:y|ies)|"
                      r"shipyards?|naval\s+base|rivers?|waterways?|lagoons?|channels?|canals?|creeks?|estuar(?:y|ies))\b",
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
    return ship and _IN_PORT.search(doc.text, c0, c1) is None


def source_frame(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> bool:
    """True for a place told only as where the source of an act at sea spoke ("In London, Lloyds said the tanker was
    hit"): a ship is not in that town."""
    if p is None or p.end > t.start or doc.sentence_of(p.start) != t.sentence or not at_sea(doc, t):
        return False
    s = doc.sentences[t.sentence]
    return _IN_FRAME.fullmatch(doc.text, s.start, p.start) is not None and \
        _FRAME_SPEAKER.match(doc.text, p.end, t.start) is not None


def coast_demonym(doc: WorkDoc, t: Trigger) -> PlaceMention | None:
    """The demonym of "off the <X> coast" after the act in its own clause ("attacked a freighter off the Somali
    coast"), else None."""
    c0, c1 = own_clause(doc, t)
    return next((q for q in in_sentence(doc, "places", t.sentence) if q.role == "demonym" and q.country_code
                 and t.end <= q.start < c1 and c0 <= q.start and _COAST.match(doc.text, q.end) is not None
                 and _OFF_THE.search(doc.text, max(0, q.start - 24), q.start) is not None
                 and not is_actor(doc.text, q, (t.start, t.end))), None)


def lead_elsewhere(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True when the dateline town `p` is not where act `t` was: `t` is at sea, or `t` is a bare, undated toll told
    after a lead act at sea ("LONDON - A tanker was attacked ... One person was killed")."""
    if at_sea(doc, t):
        return True
    lead = doc.sentence_of(p.start)
    if lead == t.sentence:
        return False
    c0, _ = own_clause(doc, t)
    s = doc.sentences[t.sentence]
    return _BARE_TOLL.fullmatch(doc.text, c0, t.end) is not None and _CALENDAR.search(doc.text, s.start, s.end) is None \
        and any(at_sea(doc, u) for u in doc.triggers if u.sentence == lead and u.event_type)
