"""A protest's topic is not its place: "marched in London against the war in Gaza" is in London (ACLED codes the crowd)."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_link import SPEECH_VERB_NEXT, decide, in_sentence
from eventwire.components.assemble_scene import (
    CLAUSE_OPENING,
    holds,
    not_where,
    own_locative,
    past_clause,
    told_from,
)
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# What a crowd is against or for opens its object phrase: a place told inside it is the cause, not where the crowd is.
# Not "over the weekend", "over a dozen"; not a bare "who support X" (the crowd's side, told as its subject).
_CUE = re.compile(r"\b(?:against|over(?!\s+(?:the\s+)?(?:weekend|past|last|next|\d+|two|three|several|a\s+dozen|dozens|"
                  r"hundreds|thousands)\b)|in\s+(?:support|solidarity|defen[cs]e)\s+(?:of|with)|in\s+protest\s+(?:at|of|"
                  r"against|over)|denounc\w*|condemn\w*|to\s+protest|protesting|demand\w*|call(?:ing|ed|s)?\s+for|"
                  r"urg(?:e|es|ed|ing)|support\s+for|supporting|backing)\b", re.I)
# A clause break, a venue ("outside", "through central", "at"), a day, a date, a finite main verb ("Protesters demanding
# justice marched in X") or the protest's own predicate ends the object phrase: "against the decision continued on
# Monday in Moscow".
_END = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:outside|through|across|near|at|in\s+front\s+of|in\s+(?:central|downtown)|"
                  r"while|whereas|as|(?:and\s+(?:then\s+)?)?(?:marched|rallied|gathered|protested|demonstrated|blocked|"
                  r"clashed|staged|took\s+to)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|"
                  r"tonight|on\s+(?-i:[A-Z][a-z]+)\s+\d|(?:continu\w*|began|begin\w*|enter(?:s|ed|ing)?|spread\w*|drew|"
                  r"draw\w*|erupt\w*|took\s+place|were\s+held|was\s+held))\b", re.I)
# "anti-Israel", "pro-Palestinian": a side of the cause; "the Chinese embassy", "Israel's consulate": a mission abroad.
# Lower-case nouns only: "San Francisco's Mission District" names a place.
_SIDE_PREFIX = re.compile(r"\b(?:anti|pro)-$", re.I)
_MISSION = re.compile(r"(?:['’]s)?\s+(?:embassy|consulate|mission|high\s+commission)\b")
_MISSION_OF = re.compile(r"\b(?:embassy|consulate|mission|high\s+commission)\s+of\s+(?:the\s+)?$")
# The crowd's venue told after its object: "against the war outside the Russian embassy in Berlin".
_VENUE = re.compile(r"\b(?:outside|at|through|in\s+front\s+of|in\s+(?:central|downtown))\s+(?:the\s+)?"
                    r"(?:[\w’'.-]+\s+){0,4}$", re.I)


def _cue(doc: WorkDoc, start: int, p: PlaceMention) -> re.Match[str] | None:
    """The cue whose object phrase holds `p`, told after the trigger at `start` in its sentence."""
    if p.start < start or doc.sentence_of(p.start) != doc.sentence_of(start):
        return None
    cue = None
    for m in _CUE.finditer(doc.text, start, p.start):
        cue = m
    return cue if cue is not None and _END.search(doc.text, cue.end(), p.start) is None else None


def topic_place(doc: WorkDoc, start: int, p: PlaceMention) -> bool:
    """True for a place told as the object of the protest triggered at `start` ("against the war in Gaza"); the
    anti-/pro- and embassy tests hold anywhere in the trigger's sentence."""
    text = doc.text
    if doc.sentence_of(p.start) == doc.sentence_of(start) and (
            _SIDE_PREFIX.search(text, max(0, p.start - 5), p.start) or _MISSION.match(text, p.end)
            or _MISSION_OF.search(text, max(0, p.start - 30), p.start)):
        return True
    return _cue(doc, start, p) is not None


def crowd_place(doc: WorkDoc, start: int, end: int, p: PlaceMention | None) -> PlaceMention | None:
    """The protest's own locative in another country when `p` is only its topic ("Protesters in X", "rallied in X",
    "outside ... in X"); None when the trigger's clause names none, and `p` stays."""
    if p is None or p.country_code is None or not topic_place(doc, start, p):
        return None
    text = doc.text
    # The clause tests run from the trigger's head word: "rallied in Hong Kong" is its own locative.
    head = start + len(text[start:end].split(maxsplit=1)[0]) if text[start:end].strip() else end
    t = Trigger(start, head, text[start:head], doc.sentence_of(start), "Protests", None)
    m = _cue(doc, start, p)
    cue = m.start() if m is not None else None  # None: an anti-/pro- side or a mission, told anywhere in the clause
    own = [q for q in in_sentence(doc, "places", t.sentence) if q.start != p.start
           and q.role != "demonym" and (q.geonameid or q.name)  # "Protesters in Yerevan demanded": a locative, no metonym
           and q.country_code not in (None, p.country_code)  # the cause lies abroad
           and not not_where(doc, q) and not told_from(text, q) and not holds(q, p)
           and not topic_place(doc, start, q) and not past_clause(text, t, q)
           and (_own_place(doc, t, q, cue) or cue is not None and _at_venue(text, cue, q))]
    return min(own, key=lambda q: abs(q.start - start)) if own else None


def _own_place(doc: WorkDoc, t: Trigger, q: PlaceMention, cue: int | None) -> bool:
    """True for a locative of the act in the trigger's clause, before its object ("In X, ...", "rallied in X")."""
    text = doc.text
    if cue is not None and q.end > cue or not (
            own_locative(text, t, q) or q.start >= t.end and _at_venue(text, t.end, q)):  # "marched through central X"
        return False
    if q.start >= t.end:  # after the trigger: `past_clause` has checked the clause; no speaker opens on the way
        return SPEECH_VERB_NEXT.search(text, t.end, q.start) is None
    # Before the trigger, nothing may open another clause or attribute it ("Police in X said ..."), and a comma
    # only follows a leading "In X, thousands marched".
    gap = text[q.end : t.start]
    lead = text[doc.sentences[t.sentence].start : q.start].strip() == "In"
    return SPEECH_VERB_NEXT.search(gap) is None and CLAUSE_OPENING.search(gap) is None \
        and not any(c in gap for c in ";:") and (lead or "," not in gap)


def _at_venue(text: str, bound: int, q: PlaceMention) -> bool:
    """True for a place told right after a venue word past `bound` ("against the war outside parliament in X")."""
    return q.start > bound and _VENUE.search(text, max(bound, q.start - 60), q.start) is not None


def relocate(doc: WorkDoc, span: Any, p: PlaceMention | None) -> PlaceMention | None:
    """`p`, or the crowd's own place when `p` is only the protest's topic; a move is logged as `relocated`."""
    crowd = crowd_place(doc, span.start, span.end, p)
    if crowd is None:
        return p
    decide(doc, span, "relocated", f"{p.text if p else None!r} is the protest's topic; {crowd.text!r} is where the "
           f"crowd is")
    return crowd
