"""Headline-only mends of assembled groups: the strike an act answers, a far state's attack placed at a reaction."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_fold import TALLY
from eventwire.components.assemble_link import decide
from eventwire.components.trigger_background import ANSWER_WORDS
from eventwire.components.trigger_refs import lone_headline
from eventwire.gazetteer.index import haversine_km
from eventwire.pipeline.workdoc import WorkDoc

ANSWERED = 1  # switch: drop the strike a headline's act answers
FAR_STATE = 1  # switch: unplace a far state's attack told at a place of reaction below a country
HEADING = 1  # switch: drones "heading to" a land strike there
TOLL_APART = 1  # switch: a war-long tally beside a strike in one headline is not the strike's toll
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_FAR_KM = 1000  # Iran to Israel is 1,700 km, Israel to Gaza 30: only a far state's attack is moved
_ATTACK_NOUN = re.compile(r"attacks?", re.I)
# "attack on Israel in response to Damascus consulate strike": what follows the link is the earlier strike answered.
_ANSWER_LINK = re.compile(r"\b(?:in\s+" + ANSWER_WORDS + r"\s+(?:to|for)|to\s+avenge)\b", re.I)
_KILL_WORD = re.compile(r"kill|dead|death|died|die", re.I)
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
    # "in retaliation for Ukrainian strikes on Kursk on June 3": a dated answered strike is left to the date stage.
    if link is not None and not any(d.start >= link.end() for d in doc.dates) and any(t.end <= link.start() and t.event_type in VIOLENT
                                for g in groups.values() for t in g.triggers):
        for key, g in list(groups.items()):
            if all(t.start >= link.end() for t in g.triggers):
                decide(doc, g.head, "historical", "the strike a headline's act answers: an earlier event")
                del groups[key]
    for g in groups.values():
        if TOLL_APART:
            # "Gaza death toll rises to 29313, Rafah residents killed in strike": the strike is news, the total is not
            # its toll (drop_tallies reads a headline's one sentence as the tally alone and would drop the strike).
            tallies = [c for c in g.casualties if (c.count.best or 0) >= TALLY]
            # Only with a killing and an act of its own beside it: "strikes have killed 29,000 in Gaza" and "scale of Gaza
            # deaths as 25,000 reported killed" stay tallies.
            if tallies and len(tallies) < len(g.casualties) and any(
                    not _KILL_WORD.match(t.text) and not any(c.start <= t.start < c.end for c in tallies)
                    for t in g.triggers):
                g.casualties = [c for c in g.casualties if c not in tallies]
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
    # A country may be the target ("Israel extends school closures after Iran attack"): only a place below a country
    # (the Gaza Strip, Rafah) or a region is read as where the attack was voiced, not where it struck.
    if not _ATTACK_NOUN.fullmatch(t.text) or _TARGET_LINK.match(doc.text, t.end) is not None or place.lat is None \
            or (place.feature_code or "").startswith("PCL"):
        return False
    if place.start >= t.start and (_TARGET_AFTER.fullmatch(doc.text, t.end, place.start) is not None or any(
            t.end <= c.start < place.start for c in doc.casualties)):
        return False  # "Russia's attack kills 5 in Kharkiv": the toll ties the place to the act
    for p in doc.places:
        # "Israeli bombardment" is read as a demonym: the author's land, but often also where the act was.
        if p.end <= t.start and p.role != "demonym" and (p.feature_code or "").startswith("PCL") and \
                _AUTHOR_GAP.fullmatch(doc.text, p.end, t.start) is not None:
            return p.lat is not None and p.lon is not None and place.lon is not None and \
                haversine_km(p.lat, p.lon, place.lat, place.lon) >= _FAR_KM
    return False

