"""Choose where an event happened among the places named around its trigger."""

from __future__ import annotations

import re

from eventwire.model import PlaceMention

# Places after these words are where something was said, proposed or held, not where the event happened.
_NOT_HERE = re.compile(
    r"\b(?:talks|negotiations|summit|meeting|conference|speaking|said|says|told|announced|statement|"
    r"visit|visited|embassy|ambassador|envoy|based|headquartered|held|hosted|meet|met)\s+(?:\w+\s+){0,2}"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_HERE = re.compile(r"\b(?:in|at|near|on|over|outside|around|across|into|of|inside|hit|struck|targeted|attacked)\s+(?:the\s+)?$", re.I)
_SENT_END = re.compile(r"[.!?\n]")
# "Mexico's army", "a U.S. airstrike", "Afghan forces": the place names who acted, not where.
_POSSESSIVE = re.compile(r"['’]s?\b")
_MODIFIER = re.compile(
    r"\s+(?:[A-Z]\w*\s+)?(?:air\s*strikes?|forces|troops|army|military|soldiers|officials|government|police|"
    r"drones?|warplanes|jets|missiles?|authorities|embassy|company|law|navy|officers?|security|president|"
    r"minister|leaders?|media|state|citizens?|nationals?)\b")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, pos) for ch in ".!?\n") + 1
    m = _SENT_END.search(text, pos)
    return start, (m.end() if m else len(text))


def score_place(text: str, p: PlaceMention, trigger: tuple[int, int]) -> float:
    """How likely `p` is where the event at `trigger` happened (higher is likelier)."""
    before = text[max(0, p.start - 40) : p.start]
    s = 0.0
    if p.role == "demonym":
        s -= 2.0  # "Russian air bases": an adjective, unless nothing better is named
    if p.role == "metonym":
        s -= 3.0
    if _NOT_HERE.search(before):
        s -= 2.5
    if _HERE.search(before):
        s += 1.5
    if p.feature_code == "PCLI":
        s -= 0.8  # a town or region is more precise than the country
    if _POSSESSIVE.match(text, p.end) or _MODIFIER.match(text, p.end):
        s -= 2.0
    if p.end <= trigger[0] and re.fullmatch(r"\s+(?:\w+\s+){0,1}", text[p.end : trigger[0]]):
        s -= 2.0  # "India captured two peaks": the subject acts; the event is where the object is
    dist = p.start - trigger[1] if p.start >= trigger[1] else trigger[0] - p.end
    s -= min(dist, 200) / 100.0
    if p.geonameid is None and p.lat is None:
        s -= 1.0
    return s


def pick_event_location(text: str, places: list[PlaceMention], trigger: tuple[int, int]) -> PlaceMention | None:
    """The place where the event signalled by `trigger` happened, or None when its sentence names none."""
    s0, s1 = _sentence_bounds(text, trigger[0])
    local = [p for p in places if s0 <= p.start < s1]
    if not local:
        return None
    best = max(local, key=lambda p: score_place(text, p, trigger))
    return best if score_place(text, best, trigger) > -2.5 else None
