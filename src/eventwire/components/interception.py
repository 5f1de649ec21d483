"""Interceptions (Disrupted weapons use): who launched what was shot down, who defended, and over whose land."""

from __future__ import annotations

import re

from eventwire.components.actors import alpha3, country_name
from eventwire.components.assemble_link import ATTACKER_KINDS, in_sentence
from eventwire.components.trigger_parts import DISRUPT
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import ActorMention, Trigger, WorkDoc

# The trigger of an air defence's act ("intercept", "shot down", "downed 30 drones"), not a bomb defused on the ground.
_INTERCEPT = re.compile(r"\b(?:intercept\w*|shot\s+down|shoot\w*|downed|downing|destroy\w*|neutrali[sz]ed)\b", re.I)
_WEAPON = r"(?:drones?|missiles?|rockets?|projectiles?|strikes?|attacks?|UAVs?|shaheds?|warheads?|munitions|barrages?)"
# "Iranian strikes", "Russian attack drones", "Iranian-launched drones": the weapon's owner is named before it.
_OWNER_BEFORE = re.compile(r"(?:-(?:launched|made|fired|built))?(?:\s+[\w-]+){0,2}?\s+" + _WEAPON + r"\b", re.I)
# "drones launched by Russia", "missiles fired from Yemen", "drones from Iran and Yemen": named after it.
_OWNER_AFTER = re.compile(_WEAPON + r"\s+(?:(?:\w+\s+){0,2}?(?:launched|fired|sent)\s+)?(?:by|from)\s+(?:the\s+)?"
                          r"(?:\w+\s+and\s+)?$", re.I)


def is_interception(t: Trigger) -> bool:
    """Whether the trigger tells weapons in flight shot down or intercepted."""
    return (t.event_type, t.sub_event_type) == DISRUPT and _INTERCEPT.search(t.text) is not None


def launcher(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party whose drones, missiles or strikes were intercepted, named with them after the trigger."""
    s = doc.sentences[t.sentence]
    text = doc.text
    for a in in_sentence(doc, "actors", t.sentence):
        if a.start >= t.start and a.kind in ATTACKER_KINDS and a.country_code \
                and (_OWNER_BEFORE.match(text, a.end) or _OWNER_AFTER.search(text, max(t.start, a.start - 60), a.start)):
            return a
    # "drones from Iran": a place after "from" is no actor mention (a place preposition), but says whose they were.
    for p in in_sentence(doc, "places", t.sentence):
        if p.start >= t.start and p.end <= s.end and p.country_code and _country_level(p) \
                and _OWNER_AFTER.search(text, max(t.start, p.start - 60), p.start):
            return ActorMention(p.start, p.end, p.text, country_name(p.country_code).removeprefix("the "), "state",
                                p.country_code, alpha3(p.country_code), "GOV")
    return None


def defender(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party that intercepted: its air defences, else the last party named before the trigger."""
    here = [a for a in in_sentence(doc, "actors", t.sentence) if a.kind in ATTACKER_KINDS]
    named = next((a for a in here if "defen" in a.text.lower()), None)
    if named is not None:
        return named
    before = [a for a in here if a.end <= t.start]
    return before[-1] if before else None


def interceptor(doc: WorkDoc, t: Trigger, own: ActorMention | None) -> tuple[ActorMention | None, str, str | None]:
    """The recipient of an interception, as `recipient_for` gives it: the defender, unless it is the launcher's side."""
    d = defender(doc, t)
    if d is None or d.country_code is None or (own is not None and d.country_code == own.country_code):
        return None, "none", None
    return d, "military", d.country_code


def _country_level(p: PlaceMention) -> bool:
    return p.role == "demonym" or (p.feature_code or "").startswith("PCL")


def defended_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """For an interception picked at the launcher's country: the land its air defences guard, else unplaced."""
    # The launcher's country names whose weapons flew, not where they were stopped ("Ukrainian air defences shot
    # down Russian drones" happened over Ukraine). Air defences fire from the land they guard; jets, ships and
    # forces abroad ("US forces downed drones from Iran") say nothing of where, so the event is left unplaced.
    if p is None or not _country_level(p) or not is_interception(t):
        return p
    own = launcher(doc, t)
    if own is None or p.country_code != own.country_code:
        return p
    d = defender(doc, t)
    if d is None or d.country_code in (None, own.country_code) or "defen" not in d.text.lower():
        return None
    return next((q for q in in_sentence(doc, "places", t.sentence) if q.country_code == d.country_code
                 and _country_level(q) and d.start <= q.start < d.end), None)
