"""Clause cues for event location: another verb's clause, an aside, a quotation, a relative clause about a place."""

from __future__ import annotations

import re

# "Iraq, whose military targets have been bombed": the trigger is in a relative clause about the place.
_WHOSE = re.compile(r"\s*,\s+(?:whose|where)\b[^,;.]*$", re.I)
# "and Varela was killed in Venezuela", "a grenade that killed a soldier during a firefight in Afghanistan": a place
# after a second verb with its own subject belongs to that verb's event. "a boy who was killed" (the victim) and
# "died and 22 were injured" (the toll) tell the same event.
_AND_VERB = re.compile(r"\b(?:and|but)\s+(?:[\w.'-]+\s+){1,3}?(?:was|were|is|are|has|have|had)\s+(?:(killed|wounded|"
                       r"injured|died|shot)|fought|ruled|arrested|attacked|bombed|captured|seized|detonated|exploded)\b",
                       re.I)
_WHICH_VERB = re.compile(r"\b(?:that|which|who)\s+(?:(?!(?:was|were|is|are|been|be)\b)[\w.'-]+\s+){0,2}?"
                         r"(?:(?:has|have|had|then)\s+)?(?:killed|wounded|injured|fought|ruled|arrested|attacked|shot|"
                         r"bombed|captured|seized|detonated)\b", re.I)
_TOLL_TRIGGER = re.compile(r"(?:kill|die|dead|death|wound|injur|shot|shoot|murder)", re.I)


def other_verb(text: str, lo: int, hi: int, trigger: tuple[int, int]) -> bool:
    """True when a verb with its own subject stands between the trigger and a place after it."""
    m = _AND_VERB.search(text, lo, hi)
    if m and not (m.group(1) and _TOLL_TRIGGER.match(text, trigger[0])):
        return True
    m = _WHICH_VERB.search(text, lo, hi)
    # "a drone invasion Sunday that targeted ...": a clause right after the trigger noun tells of the trigger itself.
    return m is not None and len(text[trigger[1] : m.start()].split()) > 2


# "tried without success to renew offensive operations south of Lyman and did not advance in the Siversk or
# Bakhmut directions", "made small offensive moves toward Orikhiv but did not launch any attacks in
# Sumy or Kharkiv oblasts": a place after a later clause that denies an act is where nothing happened. A denied
# result of the act itself ("shelled but caused no damage to the plant") keeps the place.
_DENIED = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?(?:did|do|does|have|has|had)\s+not\s+(?:yet\s+|any\s+)?(?:advance|launch|"
                     r"conduct|resume|attack|assault|make|gain|captur|take|took|secur|enter|seiz|attempt)\w*\b", re.I)


def denied_clause(text: str, lo: int, hi: int) -> bool:
    """True when a clause denying an act ("and did not advance in") stands between the trigger and a place after it."""
    return _DENIED.search(text, lo, hi) is not None


# "(as they did for Russian assaults near Sumy)": a bracketed clause is a comparison or comment, not where the act
# was; a bracketed bare place ("(northwest of Kyiv)") says where a named village lies and is not matched.
_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;.]*?(?=,)|\((?:as|which|who|unlike|like|than|while)\s[^()]*\)", re.I)


def in_aside(text: str, pos: int, trigger: tuple[int, int]) -> bool:
    """True when `pos` lies in a relative clause set off by commas or brackets that the trigger is outside of."""
    for m in _ASIDE.finditer(text, max(0, pos - 200), min(len(text), pos + 200)):
        if m.start() < pos < m.end():
            return not m.start() < trigger[0] < m.end()
    return False


def in_quote(text: str, pos: int, s0: int, trigger: tuple[int, int]) -> bool:
    """True when `pos` lies inside a quotation that the trigger is outside of."""
    q = max(text.rfind("“", s0, pos), text.rfind('"', s0, pos))
    if q < 0:
        return False
    if text[q] == "“":
        close = text.find("”", q)
    else:
        if text.count('"', s0, pos) % 2 == 0:
            return False
        close = text.find('"', pos)
    if close < 0:
        close = len(text)
    return pos < close and not q < trigger[0] < close


def whose_clause(text: str, end: int, trigger_start: int) -> bool:
    """True for "Iraq, whose military targets have been bombed": the trigger is in a relative clause about the place."""
    return _WHOSE.match(text[end:trigger_start]) is not None


# "broke the encirclement of Izyum and pushed Russian forces back and captured Bohorodychne": a past act verb after
# "and" opens its own predicate; a place before it belongs to an earlier verb (blind dev12 analysis, round 48).
_AND_PREDICATE = re.compile(r"\band\s+(?:(?:then|later|also|reportedly|subsequently)\s+)?$", re.I)
# An attempt ("and tried to push on from the village towards X") is still fought where the chain began.
_PAST_ACT = re.compile(r"(?!attempted|tried)(?:[a-z]+ed|took|retook|struck|hit|shot|fought)\b")


def later_predicate(text: str, end: int, trigger: tuple[int, int]) -> bool:
    """True when the trigger is a past act verb right after "and", so a place before it is an earlier verb's."""
    return _PAST_ACT.match(text, trigger[0]) is not None \
        and _AND_PREDICATE.search(text, max(end, trigger[0] - 25), trigger[0]) is not None
