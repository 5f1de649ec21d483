"""Whether a date in a political act's sentence dates the act, or a background the sentence describes."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.pipeline.workdoc import DateMention

# "since 2013", "since late 2022", "as of September 2022": a span's start or a figure's time, not the act's day.
_SINCE = re.compile(r"\b(?:since|as\s+of)\s+(?:(?:late|early|mid|the\s+(?:end|start|beginning)\s+of)\s*-?\s*)?$", re.I)
# "recruited him in Horlivka in 2014, and accused ...": the date closes an earlier predicate.
_NEW_PREDICATE = re.compile(r",\s+and\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)\b|;")
# The subject's description before the act ("Ex-leader of separatists in Luhansk in 2014 and ... Bolotov called"):
# a lead with no verb that does not open with a preposition (an adverbial "In 2014, Russia accused ..." dates the act).
_VERBISH = re.compile(r"\b(?:[a-z]{2,}ed|said|says|told|is|was|were|are|has|have|had|will|would|did|does|do|"
                      r"[a-z]+ing)\b")
_OPENS_WITH_PREP = re.compile(r"^\s*(?:in|on|at|since|during|by|from|throughout|until|after|before|as\s+of)\b", re.I)
# "blaming Ukraine for a war begun ... in 2014", "if NATO shows it is ready to talk about the drafts ...
# sent in December of 2021": the act's object or a clause after it owns a later date.
_OTHER_VERB = re.compile(r"\bof\s+(?:[\w’'-]+\s+)?[a-z]+ing\b|\b(?:that|which|who|whom|if|unless|whether)\b")


# "Bolotov, who had also led the revolt in Luhansk in 2014, attacked ...": a relative clause opened before the date
# and closed by a comma before the act describes the subject.
_REL_OPEN = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)


def _closed_relative(text: str, s0: int, d: DateMention, t0: int) -> bool:
    """Whether d sits in a relative clause ("who ... in 2014,") that ends before the act at t0."""
    opens = list(_REL_OPEN.finditer(text, s0, d.start))
    if not opens or "," in text[opens[-1].end() : d.start]:
        return False
    return "," in text[d.end : t0]


# "draw criticism over their replies to the January 14 strike", "before launching the February 2022 invasion": a date
# after "the" opens a noun phrase naming another event; it dates the act only when the act is that noun ("the
# August 14 call") or happened within it ("during the Saturday debate").
_THE = re.compile(r"\bthe\s+$", re.I)
_WITHIN_THE = re.compile(r"\b(?:during|at|in|on|amid|throughout)\s+the\s+$", re.I)
_NP_END = re.compile(r"[,;:.()\[\]]|\s(?:of|on|in|at|by|for|from|to|that|which|who|and|or|was|were|is|are|has|had|"
                     r"against|near|with|after|before|as|when)\b", re.I)


def _names_another_event(text: str, d: DateMention, t0: int) -> bool:
    """Whether d modifies a noun after "the" ("the December 31 strike") that is not the act at t0 nor its setting."""
    lo = max(0, d.start - 20)
    if not _THE.search(text, lo, d.start) or _WITHIN_THE.search(text, lo, d.start):
        return False
    start = d.end + (1 if text[d.end : d.end + 1] == "," else 0)  # "the May 5, 2022, river crossing"
    end = _NP_END.search(text, start)
    return not start <= t0 < (end.start() if end else len(text))


def background_date(text: str, s0: int, t0: int, t1: int, d: DateMention, published: dt.date | None,
                    planned: bool = False) -> str | None:
    """Why date d does not date the act at t0:t1 (None when it does); a `planned` act may lie after publication."""
    # A planned act ("will hold talks in Cairo next week") keeps its day and is flagged `planned` by checks.py.
    if published is None or d.start_date is None:
        return None
    if d.start_date > published and not planned:
        # "threatened to deport those who do not register by October 1", "accused X of planning attacks between
        # September 17 and 20": the act was told by the report's day; a later day is a deadline or a plan.
        return f"{d.text!r} is after the report's day: a deadline or a plan, not the day of the act"
    if d.start_date > published:
        return None
    if _SINCE.search(text, max(s0, d.start - 30), d.start):
        return f"{d.text!r} starts a span or times a figure ('since', 'as of'), it does not date the act"
    if _names_another_event(text, d, t0):
        return f"{d.text!r} names another event ('the {d.text} ...'), it does not date the act"
    if d.start_date.year >= published.year:
        return None
    if d.end <= t0:
        if _NEW_PREDICATE.search(text, d.end, t1):
            return f"{d.text!r} dates an earlier clause of the sentence, not the act"
        if _closed_relative(text, s0, d, t0):
            return f"{d.text!r} dates a relative clause about the subject, not the act"
        lead = text[s0 : d.start]
        if lead.strip() and not _OPENS_WITH_PREP.match(lead) and not _VERBISH.search(lead):
            return f"{d.text!r} describes the subject ({lead.strip()[:40]!r}), not the act"
        return None
    if d.start >= t1 and _OTHER_VERB.search(text, t1, d.start):
        return f"{d.text!r} dates another verb's act after the trigger, not this one"
    return None
