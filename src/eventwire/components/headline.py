"""Headline-only mends of assembled groups: the strike an act answers, a far state's attack placed at a reaction."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_link import decide
from eventwire.components.trigger_background import ANSWER_WORDS
from eventwire.components.trigger_refs import lone_headline
from eventwire.gazetteer.index import haversine_km
from eventwire.pipeline.workdoc import WorkDoc

ANSWERED = 1  # switch: drop the strike a headline's act answers
FAR_STATE = 1  # switch: unplace a far state's attack told at a place of reaction
HEADING = 1  # switch: drones "heading to" a land strike there
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_FAR_KM = 1000  # Iran to Israel is 1,700 km, Israel to Gaza 30: only a far state's attack is moved
_ATTACK_NOUN = re.compile(r"attacks?", re.I)
# "attack on Israel in response to Damascus consulate strike": what follows the link is the earlier strike answered.
_ANSWER_LINK = re.compile(r"\b(?:in\s+" + ANSWER_WORDS + r"\s+(?:to|for)|to\s+avenge)\b", re.I)
# "drones heading toward Israel": the trigger ends in its heading, and the land right after it is where they strike.
_HEADING = re.compile(r"(?:to|toward|towards|for)$", re.I)
_GAP = re.compile(r"\s+(?:the\s+)?$", re.I)
# "Iran attack", "Iran's attack", "Iran’s attack": a state named right before the act as its author.
_AUTHOR_GAP = re.compile(r"(?:['’]s)?\s+$")
# "Israel strikes southern Gaza": a place within three words after the act is its target.
_TARGET_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+$")
# "Iran's attack on Israel", "Israel's attack on civilians awaiting aid in Gaza": a target told keeps the place.
_TARGET_LINK = re.compile(r"\s+(?:on|against|in|at|targeting|into)\s", re.I)



def mend(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Drop the strike a headline's act answers; place drones where they head; unplace a far state's attack."""
    if not groups or not lone_headline(doc):
        return groups
    text = doc.text
    link = _ANSWER_LINK.search(text) if ANSWERED else None
    if link is not None and any(t.end <= link.start() and t.event_type in VIOLENT
                                for g in groups.values() for t in g.triggers):
        for key, g in list(groups.items()):
            if all(t.start >= link.end() for t in g.triggers):
                decide(doc, g.head, "historical", "the strike a headline's act answers: an earlier event")
                del groups[key]
    for g in groups.values():
        if HEADING and g.head.event_type in VIOLENT and _HEADING.search(g.head.text):
            g.place = next((p for p in doc.places if p.role != "demonym" and p.start > g.head.end
                            and _GAP.fullmatch(text, g.head.end, p.start)), g.place)
        if not FAR_STATE or g.place is None or g.head.event_type not in VIOLENT:
            continue
        if _far_author(doc, g.head, g.place):
            decide(doc, g.place, "unplaced", "a headline's place is not where a named foreign state's attack struck")
            g.place = None
    return groups


def _far_author(doc: WorkDoc, t: Any, place: Any) -> bool:
    """True when a far state named before the noun "attack" ("Iran's attack") is its author and no target is told."""
    if not _ATTACK_NOUN.fullmatch(t.text) or _TARGET_LINK.match(doc.text, t.end) is not None or place.lat is None:
        return False
    if place.start >= t.start and (_TARGET_AFTER.fullmatch(doc.text, t.end, place.start) is not None or any(
            t.end <= c.start < place.start for c in doc.casualties)):
        return False  # "Russia's attack kills 5 in Kharkiv": the toll ties the place to the act
    for p in doc.places:
        # "Israeli bombardment" is read as a demonym: the author's land, but often also where the act was.
        if p.end <= t.start and p.role != "demonym" and (p.feature_code or "").startswith("PCL") and \
                _AUTHOR_GAP.fullmatch(doc.text, p.end, t.start) is not None:
            return p.lat is not None and haversine_km(p.lat, p.lon, place.lat, place.lon) >= _FAR_KM
    return False

