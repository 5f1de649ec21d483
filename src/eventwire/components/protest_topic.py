"""A protest's topic is not its place: "marched in London against the war in Gaza" is in London (ACLED codes the crowd)."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import dateline_end, in_sentence
from eventwire.components.assemble_scene import not_where
from eventwire.components.assemble_where import triggers_in
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

# What a crowd is against or for opens its object phrase: a place told inside it is the cause, not where the crowd is.
_CUE = re.compile(r"\b(?:against|over(?!\s+(?:the\s+)?(?:weekend|past|last|next|\d+|two|three|several)\b)|in\s+(?:support|solidarity|defen[cs]e)\s+(?:of|with)|in\s+protest\s+(?:at|of|"
                  r"against|over)|denounc\w*|condemn\w*|to\s+protest|protesting|demand\w*|call(?:ing|ed|s)?\s+for|"
                  r"urg(?:e|es|ed|ing)|support(?:ing)?\s+(?:for\s+)?|backing)\b", re.I)
# A clause break, a venue ("outside", "through central", "at"), a day or the protest's own verb ends the object
# phrase: "against the war, marching through London", "against the decision continued on Monday in Moscow".
_END = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:outside|through|across|near|at|in\s+front\s+of|in\s+(?:central|downtown)|"
                  r"while|whereas|as|and\s+(?:then\s+)?(?:marched|rallied|gathered|protested|demonstrated)|"
                  r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
                  r"(?:continu|began|begin|enter|spread|drew|draw|erupt|took\s+place|were\s+held|was\s+held)\w*)\b",
                  re.I)
# "anti-Israel", "pro-Palestinian": a side of the cause; "the Chinese embassy", "Israel's consulate": a mission abroad.
_SIDE = re.compile(r"\b(?:anti|pro)-$", re.I)
_MISSION = re.compile(r"(?:['’]s)?\s+(?:embassy|consulate|mission|high\s+commission)\b", re.I)
_MISSION_OF = re.compile(r"\b(?:embassy|consulate|mission|high\s+commission)\s+of\s+(?:the\s+)?$", re.I)


def topic_place(doc: WorkDoc, start: int, p: PlaceMention) -> bool:
    """True for a place told as a protest's object, after its trigger at `start` ("against the war in Gaza")."""
    text = doc.text
    if _SIDE.search(text, max(0, p.start - 5), p.start) or _MISSION.match(text, p.end) \
            or _MISSION_OF.search(text, max(0, p.start - 30), p.start):
        return True
    if p.start < start or doc.sentence_of(p.start) != doc.sentence_of(start):
        return False
    cue = None
    for m in _CUE.finditer(text, start, p.start):
        cue = m
    return cue is not None and _END.search(text, cue.end(), p.start) is None


def crowd_place(doc: WorkDoc, start: int, p: PlaceMention | None) -> PlaceMention | None:
    """Where the crowd of a protest triggered at `start` is, when `p` is only its topic: a place of its sentence
    told outside the object phrase, else the wire dateline's; None when the text names no such place."""
    if p is None or not topic_place(doc, start, p):
        return None
    s = doc.sentence_of(start)
    here = _crowd_places(doc, s, start)
    if here:
        # The nearest to the trigger: "Students in Dhaka rallied", "protested in Moscow against ...".
        return min(here, key=lambda q: abs(q.start - start))
    for i in (s - 1, s - 2):
        # "Thousands marched in London. The protesters demanded a ceasefire in Gaza": the protest told just before.
        for u in triggers_in(doc, i) if i >= 0 else []:
            told = _crowd_places(doc, i, u.start) if u.event_type == "Protests" else []
            if told:
                return min(told, key=lambda q: abs(q.start - u.start))
    cut = dateline_end(doc)
    line = [q for q in doc.places if q.end <= cut and q.role != "demonym" and (q.geonameid or q.name)]
    return line[0] if cut and line and doc.sentence_of(start) <= doc.sentence_of(cut - 1) + 1 else None


def _crowd_places(doc: WorkDoc, s: int, start: int) -> list[PlaceMention]:
    """The places of sentence `s` that are no topic of the protest triggered at `start`."""
    return [q for q in in_sentence(doc, "places", s) if q.role != "demonym" and not not_where(doc, q)
            and not topic_place(doc, start, q) and (q.geonameid or q.name)]
