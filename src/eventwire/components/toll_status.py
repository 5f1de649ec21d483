"""Whether a casualty figure is one event's toll: not a forecast, a counterfactual or a war-long running total."""

from __future__ import annotations

import re

from eventwire.components.lexicon import MONTH
from eventwire.components.trigger_background import DAY_TOLD, since_compared
from eventwire.components.trigger_status import (
    CLAUSE_BREAK,
    CLAUSE_CUT,
    MODAL,
    SINCE_BEGAN,
)
from eventwire.pipeline.workdoc import CasualtyMention, WorkDoc

# A running total over the war or a span of days ("since the start of the invasion", "since February 24", "so far in
# the war", "in total since"): the sum of many events, which no single event's figure may take.
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:war|invasion|conflict|hostilities|fighting|offensive|operation)\b|"
    r"\bsince\s+the\s+(?:full[\s-]scale\s+|Russian\s+|[\w’'-]+\s+)?invasion\b|"
    r"\bsince\s+" + MONTH + r"\s+\d{1,2}\b|"
    r"\b(?:so\s+far|to\s+date)\s+(?:in|during)\s+the\s+(?:war|invasion|conflict)\b|"
    r"\bthroughout\s+the\s+(?:war|invasion|conflict)\b|"
    r"\bin\s+total\s+since\b|\b(?:in|during)\s+the\s+(?:course\s+of\s+the\s+)?(?:war|invasion)\s+(?:so\s+far|to\s+date)\b",
    re.I)
# A tally over a year or months ("have been killed since 1981", "has left 2,000 dead in the past month", "their
# month-long battle has left 3,000 dead"): only when the figure's own verb is perfect (_PERFECT), since a one-act toll
# is told in the simple past and the span then belongs to another verb or noun ("the town, shelled since 2022, ...").
_PERIOD = re.compile(
    r"\bsince\s+(?:(?:19|20)\d\d|" + MONTH + r")\b|"
    r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|\b(?:so\s+far|to\s+date)\s+this\s+year\b|"
    r"\b(?:in|during|over|within)\s+the\s+(?:past|last)\s+(?:(?:few|several|\w+)\s+)?(?:months?|years?)\b|"
    r"\b(?:[\w-]+-)?(?:month|year)s?-long\s+(?:[\w-]+\s+)?(?:war|battle|fighting|offensive|conflict|campaign|insurgency)\b",
    re.I)
# "claimed" is the figure's own verb only with the figure as its object ("the war has claimed 3,000 lives"); "has
# claimed a bombing that killed 20" and "which has been claimed by X, killed 12" claim the act, not a tally.
_PERFECT = re.compile(r"\b(?:ha(?:s|ve)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|left))\b", re.I)
_CLAIMED_FIGURE = re.compile(r"\bha(?:s|ve)\s+(?:now\s+)?claimed\s+(?:[\w-]+\s+){0,3}?$", re.I)
# A "-long war" after the figure is background ("..., the latest in a months-long campaign"); it makes a tally only
# as the perfect verb's subject before the figure ("their month-long battle has left 3,000 dead").
_LONG = re.compile(r"-long\b", re.I)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# The clause of a figure ends at the next clause break or the next figure.
_CLAUSE_STOP = re.compile(CLAUSE_BREAK + r"|,\s+(?:and|which|bringing|raising|taking|according)\b", re.I)


def toll_status(doc: WorkDoc, c: CasualtyMention, nxt: int) -> tuple[str, str] | None:
    """("future" | "cumulative", reason) when the figure at c is no event's toll; None when it may be one."""
    text = doc.text
    s = doc.sentences[c.sentence]
    # Thousands separators are no clause breaks ("may cause 8,000 deaths and 30,000 injuries").
    lead = _THOUSANDS.sub("", text[max(s.start, c.start - 150) : c.start])
    cuts = list(CLAUSE_CUT.finditer(lead))
    if cuts:
        lead = lead[cuts[-1].end() :]
    # "a reckless plan that may cause 8,000 deaths", "the strike could have killed 300": a forecast or a
    # counterfactual, not a count of the dead (issue #4 item 4: the decision is recorded).
    if ("will" in lead or "ould" in lead or "ight" in lead) and MODAL.search(lead) is not None:
        return "future", f"a forecast or conditional toll, not a count: {lead[-60:].strip()!r}"
    stop = _CLAUSE_STOP.search(text, c.end, s.end)
    end = min(stop.start() if stop else s.end, max(nxt, c.end))
    cum = _CUMULATIVE.search(lead) or SINCE_BEGAN.search(lead)
    if cum is not None and cum.re is SINCE_BEGAN and since_compared(lead, 0, cum.end()):
        cum = None  # "Deadliest attack since the offensive began kills 21": the figure after it is one event's
    elif cum is None:
        cum = _CUMULATIVE.search(text, c.start, end) or SINCE_BEGAN.search(text, c.start, end)
        if cum is not None and DAY_TOLD.search(text, c.start, cum.start()):
            # "two Americans killed in roadside bombs on Friday brought the number ... since the war began to
            # 1,269": the figure told with its own day is that day's event; the total is the later number.
            cum = None
        elif cum is not None and since_compared(text, c.start, cum.end()):
            cum = None  # "21 troops killed in deadliest attack since the offensive began": the figure is one event's
    # A period tally: the perfect verb, no superlative comparing the figure with the span, and no day told near the
    # figure (a day makes it that day's act; the window is short so a dateline's "today" elsewhere does not count).
    if cum is None and (_PERFECT.search(text, max(s.start, c.start - 80), end) is not None
                        or _CLAIMED_FIGURE.search(text, max(s.start, c.start - 60), c.start) is not None):
        p = _PERIOD.search(lead) or next((q for q in _PERIOD.finditer(text, c.start, end)
                                          if not _LONG.search(q.group(0))), None)
        if p is not None and not since_compared(text, max(s.start, c.start - 150), end) \
                and DAY_TOLD.search(text, max(s.start, c.start - 60), end) is None:
            cum = p
    if cum is not None:
        return "cumulative", f"a running total over the war or a period, not one event's toll: {cum.group(0)!r}"
    return None


def event_tolls(doc: WorkDoc) -> list[CasualtyMention]:
    """doc.casualties that may be an event's toll; the others are noted in doc.decisions."""
    out: list[CasualtyMention] = []
    ms = doc.casualties
    for k, c in enumerate(ms):
        # A figure's clause ends where the next figure of its sentence starts after a comma ("9 killed since May 1,
        # 3 today"); "1,204 killed and 2,918 wounded since March 2" shares its period.
        nxt = next((n.start for n in ms[k + 1 : k + 3] if n.sentence == c.sentence and n.start > c.end
                    and "," in doc.text[c.end : n.start]), doc.sentences[c.sentence].end)
        st = toll_status(doc, c, nxt)
        if st is None:
            out.append(c)
            continue
        doc.decisions.append({"stage": "assemble", "text": c.text, "start": c.start, "end": c.end,
                              "status": st[0], "reason": st[1]})
    return out
