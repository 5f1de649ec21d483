"""Interceptions (Disrupted weapons use): who launched what was shot down, who defended, and over whose land."""

from __future__ import annotations

import re

from eventwire.components.assemble_link import ATTACKER_KINDS, attacker_for, in_sentence, recipient_for
from eventwire.components.lexicon import BY_NEXT
from eventwire.components.trigger_parts import DISRUPT
from eventwire.components.trigger_rules import LAUNCH_ARMS, LAUNCHED_WEAPON, POINTS_BACK
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import ActorMention, Trigger, WorkDoc

# The trigger of an air defence's act ("intercept", "shot down", "downed 30 drones"), not a bomb defused on the ground.
_INTERCEPT = re.compile(r"\b(?:intercept\w*|shot\s+down|shoot\w*|downed|downing|destroy\w*|neutrali[sz]ed)\b", re.I)
_WEAPON = r"(?:drones?|missiles?|rockets?|projectiles?|strikes?|attacks?|UAVs?|shaheds?|warheads?|munitions|barrages?)"
# "Iranian strikes", "Russian attack drones", "Iranian-launched drones", "militias' drones": the launcher named before
# the weapon. Not "Iranian-made drones": a maker is not the party that fired them.
_OWNER_BEFORE = re.compile(r"(?:'s|’s|'|’)?(?:-(?:launched|fired))?(?:\s+[\w-]+){0,2}?\s+" + _WEAPON + r"\b", re.I)
# "drones launched by Russia", "missiles fired from Yemen", "drones from Iran and Yemen": named after it.
_OWNER_AFTER = re.compile(_WEAPON + r"\s+(?:(?:\w+\s+){0,2}?(?:launched|fired|sent)\s+)?(?:by|from)\s+(?:the\s+)?"
                          r"(?:\w+\s+and\s+)?$", re.I)
# "drones launched from Russia's Kursk Oblast": the place a weapon flew from, at any level.
_FROM_BEFORE = re.compile(r"\b(?:launched|fired|sent|flew|flying|coming)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?"
                          r"(?:(?!(?:to|toward|towards|at|on|into|over|against|in|near)\b)[\w’'-]+\s+){0,2}$", re.I)
# A weapon right before the verb ("drones were shot down", "Houthi missile intercepted by ..."), or "by" right after it.
_WEAPON_BEFORE = re.compile(_WEAPON + r"\s+(?:(?:was|were|is|are|been|being|have\s+been|has\s+been|had\s+been)\s+)?$",
                            re.I)
_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
# "Israeli and US forces": two parties joined by "and".
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")


# "Russian forces launched ...", "that Hezbollah fired at Haifa": a party right before a launch verb launched it.
# A party named by its adjective may stand before its fighters' noun ("Houthi militants launched").
_LAUNCHED = re.compile(r"(?:\s+(?:forces|troops|militants|fighters|rebels|militias?|army|military|units))?"
                       r"\s+(?:(?:also|reportedly|likely|then|again)\s+)?(?:launched|fired|sent|used)\b", re.I)
# "Iran launched 100 drones": the launch verb's object is a weapon, not "used fighter jets" or "sent warships".
_LAUNCHED_ARMS = re.compile(_LAUNCHED.pattern + r"\s+(?:[\w,’'-]+\s+){0,5}?" + LAUNCHED_WEAPON, re.I)
# "launched 30 drones at Odesa": the target named in the launch clause, where the weapons were stopped.
_AT_TARGET = re.compile(LAUNCH_ARMS.pattern + r"\s+(?:[\w’'-]+\s+){0,2}?(?:at|on|against|toward|towards|into)\s+"
                        r"(?:the\s+)?(?:city\s+of\s+)?$", re.I)
# "Israeli and US forces intercepted ...": a list of defenders names no single land to place it in.
_CO_DEFENDERS = re.compile(r"\s+and\s+(?:the\s+)?[\w-]+\s+(?:forces|troops|air\s+defen[cs]es|jets|navies|militaries)\s+"
                           r"(?:\w+\s+)?$", re.I)
# "intercepted rockets that ...", "the 39 drones Russia launched": a relative clause (its "that" may go unsaid) on the
# weapon just intercepted; the caller requires a launch verb right after the party.
_THAT_BEFORE = re.compile(_WEAPON + r"\s+(?:(?:that|which)\s+)?(?:the\s+)?$", re.I)


def is_interception(t: Trigger) -> bool:
    """Whether the trigger tells weapons in flight shot down or intercepted."""
    return (t.event_type, t.sub_event_type) == DISRUPT and _INTERCEPT.search(t.text) is not None


def _passive(doc: WorkDoc, t: Trigger) -> bool:
    """Whether the interception verb is passive: the weapon stands right before it, or "by" right after it."""
    s = doc.sentences[t.sentence]
    return _WEAPON_BEFORE.search(doc.text, max(s.start, t.start - 40), t.start) is not None \
        or BY_NEXT.match(doc.text, t.end) is not None


def _by_agent(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party right after the trigger's "by" ("intercepted by Israel")."""
    return next((a for a in in_sentence(doc, "actors", t.sentence) if a.start >= t.end and a.kind in ATTACKER_KINDS
                 and _BY_AFTER.fullmatch(doc.text, t.end, a.start)), None)


def launcher(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party whose drones, missiles or strikes were intercepted: named with the weapon in the trigger or after it
    (active: "shot down Russian drones"), or before the trigger (passive: "Russian drones were shot down by ...")."""
    text = doc.text
    start = doc.sentences[t.sentence].start if _passive(doc, t) else t.start
    agent = _by_agent(doc, t)
    here = [a for a in in_sentence(doc, "actors", t.sentence) if a.start >= start and a.kind in ATTACKER_KINDS
            and a.country_code and a is not agent]
    # "drones launched by Russia" says who fired them; an owner named before the weapon may be its maker's land.
    after = next((a for a in here if _OWNER_AFTER.search(text, max(start, a.start - 60), a.start)), None)
    return after or next((a for a in here if _OWNER_BEFORE.match(text, a.end)), None) or _launch_clause(doc, t)


def _launch_clause(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party that launched what was intercepted, told in another clause: the subject of a launch verb or the
    attacker of a strike before the interception ("Russian forces launched 40 drones, and air defences shot down 35"),
    in the sentence before when the interception points back ("... shot down 35 of them"), or in a relative clause
    after it ("downed drones that Russian forces launched"); never the defender's own side."""
    text = doc.text
    d = defender(doc, t)
    back = POINTS_BACK.match(text, t.end) is not None
    sentences = [t.sentence - 1, t.sentence] if back and t.sentence > 0 else [t.sentence]
    told: list[tuple[int, ActorMention | None]] = [
        (u.start, attacker_for(doc, u)) for u in doc.triggers if u.status == "asserted"
        and u.event_type == "Explosions/Remote violence" and u.sentence in sentences and u.start < t.start]
    for si in sentences:
        told += [(a.start, a) for a in in_sentence(doc, "actors", si) if a.end <= t.start
                 and _LAUNCHED_ARMS.match(text, a.end)]
    # The relative clause names the launcher of these very weapons, so it goes first.
    after = next((a for a in in_sentence(doc, "actors", t.sentence) if a.start >= t.end
                  and _THAT_BEFORE.search(text, max(t.start, a.start - 60), a.start) and _LAUNCHED.match(text, a.end)), None)
    for _, a in [(0, after)] + sorted(told, key=lambda x: x[0], reverse=True):
        # "a is not d" matters only for a defender with no country.
        if a is not None and a.kind in ATTACKER_KINDS and a.country_code \
                and (d is None or a.country_code != d.country_code) and a is not d:
            return a
    return None


def _launch_country(doc: WorkDoc, t: Trigger) -> str | None:
    """The country the weapons came from: the launcher's, else a country after "from" ("drones from Iran")."""
    own = launcher(doc, t)
    if own is not None:
        return own.country_code
    s = doc.sentences[t.sentence]
    # A bare origin names no party (launches from Yemen or Lebanon are mostly by armed groups), but it is not the place.
    return next((p.country_code for p in in_sentence(doc, "places", t.sentence) if p.start >= t.start
                 and p.end <= s.end and p.country_code and _country_level(p)
                 and _OWNER_AFTER.search(doc.text, max(t.start, p.start - 60), p.start)), None)


def defender(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party that intercepted: after "by" in a passive; else its air defences, else (active voice assumed) the last
    party named before the trigger."""
    if _passive(doc, t):
        return _by_agent(doc, t)
    here = [a for a in in_sentence(doc, "actors", t.sentence) if a.kind in ATTACKER_KINDS]
    named = next((a for a in here if "defen" in a.text.lower()), None)
    if named is not None:
        return named
    # Not the launch clause's own subject ("The Houthis launched missiles at the ship; the ship shot down both"): the
    # party that fired is never the one that stopped the weapons.
    fired = {id(attacker_for(doc, u)) for u in doc.triggers if u.status == "asserted" and u.sentence == t.sentence
             and u.event_type == "Explosions/Remote violence" and u.start < t.start}
    before = [a for a in here if a.end <= t.start and id(a) not in fired and not _LAUNCHED_ARMS.match(doc.text, a.end)]
    if not before:
        return None
    # "Israeli and US forces intercepted ...": two defenders, neither the single one.
    last = before[-1]
    if any(_AND_GAP.fullmatch(doc.text, a.end, last.start) for a in before[:-1]):
        return None
    return last


def interceptor(doc: WorkDoc, t: Trigger, own: ActorMention | None,
                place: PlaceMention | None) -> tuple[ActorMention | None, str, str | None]:
    """The recipient of an interception, as `recipient_for` gives it: the defender, unless it is the launcher's side."""
    d = defender(doc, t)
    if d is None and _passive(doc, t):
        # "Hezbollah drone shot down over northern Israel": no defender named; read the target as for any attack.
        return recipient_for(doc, t, own, place)
    if d is None or d.country_code is None or (own is not None and d.country_code == own.country_code):
        return None, "none", None
    return d, "military", d.country_code


def _country_level(p: PlaceMention) -> bool:
    return p.role == "demonym" or (p.feature_code or "").startswith("PCL")


def defended_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """For an interception picked where the weapons came from: the land its air defences guard, else unplaced."""
    # The launcher's country, or a place the weapons were "launched from", says whence they flew, not where they were
    # stopped ("Ukrainian air defences shot down Russian drones" happened over Ukraine). Air defences fire from the
    # land they guard; jets, ships and forces abroad ("US forces downed drones from Iran") say nothing of where.
    if p is None or not is_interception(t):
        return p
    if _country_level(p):
        # "Israeli and US forces intercepted ...": a co-defender's land is no place; "fired rockets at Ashkelon": the
        # town the launch clause aimed at is where they were stopped.
        target = _launch_target(doc, t)
        co = _CO_DEFENDERS.match(doc.text, p.end, t.start) is not None or any(
            _CO_DEFENDERS.match(doc.text, q.end, t.start) for q in in_sentence(doc, "places", t.sentence)
            if q.end <= p.start and p.end <= t.start and _AND_GAP.fullmatch(doc.text, q.end, p.start))
        d = defender(doc, t)
        # A land that is neither the defender's nor the target's ("US forces used jets, and Israeli air defences ...").
        other = target is not None and d is not None and d.country_code is not None \
            and p.country_code not in (d.country_code, target.country_code)
        if co or (target is not None and not _country_level(target)) or other:
            return target
    origin = _FROM_BEFORE.search(doc.text, max(doc.sentences[t.sentence].start, p.start - 80), p.start) is not None
    own = _launch_country(doc, t)
    if not origin and (not _country_level(p) or own is None or p.country_code != own):
        return p
    d = defender(doc, t)
    if d is None or d.country_code in (None, own, p.country_code) or "defen" not in d.text.lower():
        return None
    return next((q for q in in_sentence(doc, "places", t.sentence) if q.country_code == d.country_code
                 and _country_level(q) and d.start <= q.start < d.end), None)


def _launch_target(doc: WorkDoc, t: Trigger) -> PlaceMention | None:
    """The place a launch clause aimed at, in the interception's sentence or the one it points back to."""
    sentences = [t.sentence, t.sentence - 1] if t.sentence > 0 and POINTS_BACK.match(doc.text, t.end) else [t.sentence]
    for si in sentences:
        start = doc.sentences[si].start
        q = next((q for q in in_sentence(doc, "places", si) if q.start < t.start
                  and _AT_TARGET.search(doc.text, max(start, q.start - 120), q.start)), None)
        if q is not None:
            return q
    return None
