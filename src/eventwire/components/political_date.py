"""Whether a date in a political act's sentence dates the act, or a background the sentence describes."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.pipeline.workdoc import DateMention

# "since 2013", "since late 2022", "as of September 2022": a span's start or a figure's time, not the act's day.
_SINCE = re.compile(r"\b(?:since|as\s+of)\s+(?:(?:late|early|mid|the\s+(?:end|start|beginning)\s+of)\s*-?\s*)?$", re.I)
# "recruited him in Horlivka in 2014, and accused ...": the date closes an earlier predicate.
_NEW_PREDICATE = re.compile(r",\s+and\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)\b|;")
# The subject's description before the act ("Former commander of militants in Donbas in 2014 and ... Girkin called"):
# a lead with no verb that does not open with a preposition (an adverbial "In 2014, Russia accused ..." dates the act).
_VERBISH = re.compile(r"\b(?:[a-z]{2,}ed|said|says|told|is|was|were|are|has|have|had|will|would|did|does|do|"
                      r"[a-z]+ing)\b")
_OPENS_WITH_PREP = re.compile(r"^\s*(?:in|on|at|since|during|by|from|throughout|until|after|before|as\s+of)\b", re.I)
# "accusing Ukraine of starting a war ... in 2014", "if the West shows its willingness to discuss the documents ...
# proposed in December of 2021": the act's object or a clause after it owns a later date.
_OTHER_VERB = re.compile(r"\bof\s+(?:[\w’'-]+\s+)?[a-z]+ing\b|\b(?:that|which|who|whom|if|unless|whether)\b")


def background_date(text: str, s0: int, t0: int, t1: int, d: DateMention, published: dt.date | None) -> str | None:
    """Why date d (of an earlier year than the report) is not the act's at t0:t1; None when it dates the act."""
    if published is None or d.start_date is None or d.start_date.year >= published.year:
        return None
    if _SINCE.search(text, max(s0, d.start - 30), d.start):
        return f"{d.text!r} starts a span or times a figure ('since', 'as of'), it does not date the act"
    if d.end <= t0:
        if _NEW_PREDICATE.search(text, d.end, t1):
            return f"{d.text!r} dates an earlier clause of the sentence, not the act"
        lead = text[s0 : d.start]
        if lead.strip() and not _OPENS_WITH_PREP.match(lead) and not _VERBISH.search(lead):
            return f"{d.text!r} describes the subject ({lead.strip()[:40]!r}), not the act"
        return None
    if d.start >= t1 and _OTHER_VERB.search(text, t1, d.start):
        return f"{d.text!r} dates another verb's act after the trigger, not this one"
    return None
