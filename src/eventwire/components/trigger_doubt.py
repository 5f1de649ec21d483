"""Doubted and quoted triggers: claims ISW cannot confirm, brief quotations, quoted source words."""

from __future__ import annotations

import re

from eventwire.components.lexicon import REPORT_VERBS

# "Kyiv claimed troops struck a depot, but ISW cannot confirm this claim" (or "ISW cannot verify these strikes" opening
# the next sentence): a reported strike ISW doubts is left out (gold README); only the last claim before the doubt, and
# not "these claims of advances". Ground claims (captures, kills, repelled) tell of fighting: older gold keeps them.
FIRE_WORD = re.compile(r"(?:air\s*)?strik|struck|shell|\bfir(?:e|ed|ing)\b|artillery|missile|rocket|bomb|destroy|drone", re.I)
KILL_STEM = re.compile(r"kill", re.I)  # "struck a post, killing two generals": the kill is the doubted strike's
REPORT_OR_STATE_VERBS = REPORT_VERBS + "|states"  # the reporting verbs of claims, and "states"
_REPORT = re.compile(rf"\b(?:{REPORT_OR_STATE_VERBS})\b", re.I)
_CANNOT_VERIFY = r"(?:cannot|could\s+not|can\s+not)\s+(?:independently\s+)?(?:confirm|verify)"
# "We" is ISW's own voice only with no speaker after it ("We cannot confirm these reports, an army spokesman said").
_CANNOT_CONFIRM = (r"(?:ISW|we(?![^.]*,\s*(?:[\w’'-]+\s+){0,4}?(?:" + REPORT_OR_STATE_VERBS + r")\b))\s+" + _CANNOT_VERIFY +
                   r"\s+(?:or\s+(?:refute|deny)\s+)?(?:this|these|that|those|such)\s+(?:[\w’'-]+\s+){0,2}?(?:claims?|"
                   r"reports?|allegations?|statements?|assertions?|strikes?|attacks?)\b(?!\s+(?:of|that|about|regarding)\b)")
_DOUBT_LATER = re.compile(r"(?:,\s*(?:but|though|although)|;)\s+" + _CANNOT_CONFIRM, re.I)
_DOUBT_NEXT = re.compile(r"\s*" + _CANNOT_CONFIRM, re.I)
# "ISW cannot independently verify this strike": the act word is the doubt's own object.
_DOUBT_OBJECT = re.compile(r"\b" + _CANNOT_VERIFY + r"\s+(?:or\s+(?:refute|deny)\s+)?(?:this|these|that|those|such|the)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def claim_start(text: str, s0: int, t0: int) -> int:
    """End of the last report verb before t0 in the sentence (s0 when none)."""
    return max((m.end() for m in _REPORT.finditer(text, s0, t0)), default=s0)


def doubted_report(text: str, s0: int, s1: int, t0: int, t1: int) -> bool:
    """True when ISW doubts the act: its doubt's object, or the last claim before a doubt (same or next sentence)."""
    if _DOUBT_OBJECT.search(text, max(s0, t0 - 80), t0) is not None:
        return True
    later = _DOUBT_LATER.search(text, t1, s1)
    # A report verb must head the act; one between the act and the doubt heads another claim.
    if _REPORT.search(text, s0, t0) is None or _REPORT.search(text, t1, later.start() if later else s1):
        return False
    return later is not None or _DOUBT_NEXT.match(text, s1, s1 + 200) is not None


def _brief_quote(text: str, s0: int, s1: int, t0: int) -> tuple[int, int] | None:
    """The quote marks (open, close) around the trigger when the quotation holds at most three words."""
    for o, c in (("“", "”"), ('"', '"')):
        i = text.rfind(o, s0, t0)
        if i != -1:
            j = text.find(c, t0, s1 + 1)
            # "completely destroyed by a bomb explosion." is a quoted report; figures of speech are brief.
            if j != -1 and j - i < 45 and (o != '"' or text.count('"', s0, i) % 2 == 0) \
                    and len(text[i + 1 : j].split()) <= 3:
                return i, j
    return None


def _source_word(text: str, s0: int, i: int, j: int) -> bool:
    """True when the quote i..j is a source report's word for what forces did to a place named right after it."""
    return _SOURCE_WORD.fullmatch(text, i + 1, j) is not None and _NAME_AFTER.match(text, j + 1) is not None and (
        _QUOTED_ACT.search(text, max(s0, i - 60), i) is not None or _AUX_BEFORE.search(text, max(s0, i - 40), i)
        is not None)


def short_quote(text: str, s0: int, s1: int, t0: int) -> bool:
    """True when the trigger sits inside a brief quotation of at most three words."""
    # "compared them to “children fighting”": a brief quotation is a figure of speech, not a report.
    q = _brief_quote(text, s0, s1, t0)
    return q is not None and not _source_word(text, s0, *q)


def doubted_quote(text: str, s0: int, s1: int, t0: int) -> bool:
    """True when the trigger is a quoted source word ("forces “liberated” Pisky") the sentence doubts."""
    q = _brief_quote(text, s0, s1, t0)
    if q is None or not _source_word(text, s0, *q):
        return False
    # The doubt follows the quote, up to a new "..., and" clause ("..., and officials called unconfirmed reports ...
    # false" doubts other reports); ", but ISW cannot confirm", "; ISW cannot confirm this" doubt the claim itself.
    # Before the quote only a strong cue counts ("ISW cannot confirm claims that ..."), not "after a claim by Kyiv".
    stop = _CLAUSE_STOP.search(text, q[1], s1)
    if _DOUBT.search(text, q[1], stop.start() if stop else s1) is not None:
        return True
    return _STRONG_DOUBT.search(text, s0, q[0]) is not None


# "Russian forces “fully liberated” Pisky", "troops had “partial success” in Mazanivka": a quoted act of forces is a
# source's word for what they did (ISW), not a figure of speech. Only the words such reports use: "were “shelling”
# Kharkiv, a blogger joked" or "“attacked” Kyiv with lies" are figures.
_SOURCE_WORD = re.compile(r"(?:(?:fully|partially|completely|successfully)\s+)?(?:liberated|cleared|clearing|captured|"
                          r"took\s+control|partial\s+success|advanced)", re.I)
_QUOTED_ACT = re.compile(r"\b(?:forces|troops)\s+(?:(?:had|have|has|are|is|were|was|been|\w+ly)\s+){0,2}$", re.I)
# "... and reportedly are “clearing” Sviatohirsk": a quoted verb after an auxiliary. Either way a place name follows
# ("“partial success” in the direction of Optyne").
_AUX_BEFORE = re.compile(r"\b(?:had|have|has|are|is|were|was|been)\s+(?:\w+ly\s+)?$")
_NAME_AFTER = re.compile(r"\s+(?:(?:in|near|around|at|of)\s+(?:the\s+directions?\s+of\s+)?)?[A-Z][a-z]")
# "a claim ISW cannot confirm", "unverified reports": the quoted word is a claim the text doubts (README: left out).
# "a claim" counts only as an appositive (", a claim no one could confirm").
_STRONG_DOUBT = re.compile(r"\b(?:" + _CANNOT_VERIFY + r"|unverified|unconfirmed)\b", re.I)
_DOUBT = re.compile(r",\s*a\s+claim\b|" + _STRONG_DOUBT.pattern, re.I)
_CLAUSE_STOP = re.compile(r",\s*and\b", re.I)


