"""When a wire dateline's town may stand in for an act's place: not for an act at sea, nor for a bureau's news."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import SPEAKS, dateline_end, in_sentence
from eventwire.geoparsing.event_location import is_actor
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# A ship or an offshore rig as the act's target or agent: "a Greek freighter", "the tanker", "U.S. warships",
# "Iranian gunboats", "an offshore oil platform". Not a ferry (as often as not in the dateline country's own waters),
# a road tanker ("fuel tanker"), nor a ship noun that qualifies a place or a firm on land ("a ship terminal").
_HULL = re.compile(r"(?<!fuel\s)(?<!water\s)(?<!petrol\s)(?<!gasoline\s)(?<!diesel\s)(?<!milk\s)"
                   r"\b(?:(?:super)?tankers?|ships?|warships?|gunboats?|vessels?|freighters?|frigates?|destroyers?|"
                   r"bulk\s+carriers?|(?:oil|offshore|drilling|gas)\s+(?:platforms?|rigs?))\b"
                   r"(?!\s+(?:trucks?|lorr(?:y|ies)|terminals?|compan(?:y|ies)|firms?|owners?|operators?|yards?|"
                   r"ports?|services|industry|workers|crews?\s+union))", re.I)
# A clause of its own after the act: a relative clause ("sailors who had worked on ships"), a time clause ("hours
# after warships arrived") or another one. Before the act only a time or contrast clause ends it: a relative clause
# there tells the act's own object ("the attack on the frigate Stark which killed 37 seamen").
_BACK = r"\b(?:after|before|as|while|when|because|since|although|but|until|once)\b|[;:]|\s--\s"
_CLAUSE_BACK = re.compile(_BACK, re.I)
_CLAUSE_AHEAD = re.compile(_BACK + r"|\b(?:who|whom|whose|which|where)\b", re.I)
# "off the Somali coast", "off the Iranian coastline": the demonym names whose coast, so the act's country.
_OFF_THE = re.compile(r"\boff\s+(?:the\s+)?$", re.I)
_COAST = re.compile(r"\s+(?:coast(?:line)?|shores?)\b", re.I)
# "In London, Lloyds insurance said the tanker was hit": a place opening the sentence before its speaker.
_IN_FRAME = re.compile(r"\s*In\s+$")
_FRAME_SPEAKER = re.compile(r",\s+(?:[\w’'.-]+\s+){1,6}?(?:" + SPEAKS + r")\b")


def own_clause(doc: WorkDoc, t: Trigger) -> tuple[int, int]:
    """The act's own clause: from the sentence's start (past a wire dateline) to the first clause word after it."""
    s, cut = doc.sentences[t.sentence], dateline_end(doc)
    start = cut if s.start < cut <= t.start else s.start
    back = [m.end() for m in _CLAUSE_BACK.finditer(doc.text, start, t.start)]
    ahead = _CLAUSE_AHEAD.search(doc.text, t.end, s.end)
    return (back[-1] if back else start), (ahead.start() if ahead else s.end)


def at_sea(doc: WorkDoc, t: Trigger) -> bool:
    """True when the act's own clause tells a ship or an offshore rig: it happened at sea, not in a bureau's town."""
    c0, c1 = own_clause(doc, t)
    return _HULL.search(doc.text, c0, c1) is not None


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
                 and _OFF_THE.search(doc.text, max(0, q.start - 12), q.start) is not None
                 and not is_actor(doc.text, q, (t.start, t.end))), None)


def lead_elsewhere(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True when the dateline town `p` is not where act `t` was: `t` or the lead act that lent it the town ("LONDON -
    A tanker was attacked ... One person was killed") is at sea, or the dateline is a bureau's."""
    lead = doc.sentence_of(p.start)
    acts = [t] if lead == t.sentence else [t, *(u for u in doc.triggers if u.sentence == lead and u.event_type)]
    return any(at_sea(doc, u) for u in acts) or bureau_dateline(doc, t, p)


def bureau_dateline(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True when the dateline town `p` is a bureau filing another country's news: another country tells the act as
    its source before it, in its clause ("NICOSIA - Iran said its troops launched a new offensive"), and the story
    names no place or people of the dateline's own country; the dateline's own town told again ("a broadcast
    monitored in Nicosia") does not count."""
    cut = dateline_end(doc)
    if not cut or p.start >= cut or not p.country_code:
        return False
    body = [q for q in doc.places if q.start >= cut and q.country_code and q.geonameid != p.geonameid]
    c0, _ = own_clause(doc, t)
    return not any(q.country_code == p.country_code for q in body) and any(
        q.role == "metonym" and c0 <= q.start < t.start for q in body)
