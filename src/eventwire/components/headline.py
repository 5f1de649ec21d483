"""Headline-only mends of assembled groups: the strike an act answers, drones in flight, a war tally beside a strike,
and a state's attack placed where a reaction to it was voiced."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_date import ANSWER_LINK
from eventwire.components.assemble_fold import TALLY
from eventwire.components.assemble_link import decide
from eventwire.components.assemble_where import NOUN_GAP, attacker_place
from eventwire.components.checks import ATTACK_TYPES
from eventwire.components.trigger_parts import IN_FLIGHT
from eventwire.components.trigger_refs import ACT_NAMED, lone_headline
from eventwire.pipeline.workdoc import WorkDoc

ANSWERED = 1  # switch: drop the strike a headline's act answers
FAR_STATE = 1  # switch: unplace a state's attack told at a place that only voiced a reaction to it
HEADING = 1  # switch: drones "heading to" a land strike there; all shot down, they strike nowhere
TOLL_APART = 1  # switch: a war-long tally beside a strike in one headline is not the strike's toll
FAREWELL = 1  # switch: a death told only in a mourning, funeral or obituary frame is no violent event
_ATTACK_NOUN = re.compile(r"attacks?", re.I)
# "<act> in response to <strike>", "<act> to avenge <strike>": what follows the link is the earlier strike answered.
_ANSWER_LINK = re.compile(r"\b(?:" + ANSWER_LINK + r"|to\s+avenge)\b", re.I)
# The answered noun phrase ends at a clause break: "<strike> and clashes erupt", not "<rocket> and drone attacks".
_PHRASE_END = re.compile(r"[,;:]|\s+(?:as|while|but|amid|when|and)\s+(?!(?:[\w-]+\s+)?(?:attacks?|strikes?|"
                         r"drones?|rockets?|missiles?|shelling|raids?|bombings?)\b)", re.I)
# A trigger that is itself a killing word ("killed", "deadly attack"); wider than trigger_background._KILLING (a
# headline's first word only: "dead", not "deadly"), so the two lists stay apart.
_KILL_WORD = re.compile(r"\b(?:kill\w*|dead\w*|deaths?|died|dies?)\b", re.I)
# Mourning, funerals and obituaries ("<party> mourn death of <leader>", "<name>, <description>, dies at 63") tell a
# death whose cause is elsewhere; with no act and no killing word in the headline they code no violent event.
# ("memorial" is left out: "Memorial Hospital", "Memorial Day parade" name a place or a day where violence is told.)
_FAREWELL = re.compile(r"\b(?:mourn\w*|funerals?|obituar\w*|condolences?|tributes?|laid\s+to\s+rest|burial|"
                       r"(?:dies|died|dead)\s+(?:at\s+(?:age\s+)?|aged\s+)\d+)\b|"
                       # "<title> Dies (AP)": a headline that ends in the death alone is a death notice.
                       r"\bdies(?:\s+\([\w .-]+\))?\s*$", re.I)
_DEATH_ONLY = re.compile(r"(?:deaths?|dies|died|dead)(?:\s+of)?", re.I)
# Violence told beside the mourning frame ("funeral march turns violent", "clashes at funeral") keeps the event.
_VIOLENT_DEATH = re.compile(r"\b(?:kill\w*|slain|slay\w*|murder\w*|assassinat\w*|execut\w*|gunned|martyr\w*|"
                            r"lynch\w*|behead\w*|stabb\w*|massacre\w*|violen\w*|clash\w*|riot\w*|unrest)\b", re.I)
# "<drones> heading toward <land>": the trigger ends in its heading, and the land right after it is where they strike.
_HEADING = re.compile(r"\b(?:to|toward|towards|for)$", re.I)
_GAP = re.compile(r"\s+(?:the\s+)?$", re.I)
_IN_FLIGHT = re.compile(r"\bapproach|\b" + IN_FLIGHT + r"\b", re.I)
# Weapons all intercepted make no strike (they are Disrupted weapons use): "<drones heading to X> shot down".
_DOWNED = re.compile(r"\b(?:shot\s+down|shoots?\s+down|shooting\s+down|downed|intercept\w*|destroyed)\b", re.I)
# "<State> attack", "<State>'s attack": a state named right before the act as its author.
# "<State> attack ... <place> within three words after the act" is its target.
_TARGET_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+$")
# "<State>'s attack on <land>", "<attack> against <people> in <place>": a target told keeps the place.
_TARGET_LINK = re.compile(r"\s+(?:on|against|in|at|targeting|into)\s", re.I)
# Where a reaction is voiced, not where the attack struck: "<place> war/talks" names a wider war, "<place> concerns"
# a worry, "in <place> back/hail/condemn" the speakers' seat, "need in <place>" where help is asked for.
_PLACE_NAMES_WAR = re.compile(r"\s+(?:war|conflict|ceasefire|truce|talks|crisis|concerns?|fears?|worries)\b", re.I)
_SEAT_OF = re.compile(r"\b(?:in|from)\s+$", re.I)
_NEED_IN = re.compile(r"\bneeds?\s+in\s+$", re.I)
# A headline's verbs of voice and stance ("<place> hails", "<place> residents condemn"): its own list, as
# assemble_link._REACTION (a party's answer to an attack: "mourns", "demands") lacks the cheering "hails", "welcomes".
_VOICED = re.compile(r"\s+(?:(?:officials?|residents?|leaders?|people|crowds?)\s+)?(?:says?|said|warns?|vows?|"
                     r"condemns?|backs?|hails?|cheers?|celebrates?|welcomes?|praises?|denounces?|decries?)\b", re.I)
# Damage or dead told anywhere in the headline tie its place to the attack: "<city> counts damage after <attack>".
_HARM = re.compile(r"\b(?:damag\w*|destroy\w*|hit|struck|ruins?|rubble|wounded|injur\w*|dead|mourns?|reels?|"
                   r"without\s+power|blasts?|fires?|casualt\w*)\b", re.I)


def mend(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """In a lone headline: drop the strike an act answers (and its toll), drop drones in flight all shot down, place
    drones where they head, keep a strike apart from a war tally, unplace a state's attack told where it was voiced."""
    if not groups or not lone_headline(doc):
        return groups
    text = doc.text
    if ANSWERED:
        _drop_answered(doc, groups)
    if FAREWELL and _FAREWELL.search(text) and not ACT_NAMED.search(text) and not _VIOLENT_DEATH.search(text):
        for key, g in list(groups.items()):
            if all(_DEATH_ONLY.fullmatch(t.text) for t in g.triggers):
                decide(doc, g.head, "not_event", "a death told in a mourning or obituary frame: no violent act")
                del groups[key]
    downed = HEADING and _DOWNED.search(text) is not None
    for key, g in list(groups.items()):
        if downed and all(_IN_FLIGHT.search(t.text) for t in g.triggers):
            decide(doc, g.head, "not_event", "drones in flight a headline tells were shot down: no strike")
            del groups[key]
            continue
        if TOLL_APART:
            # "<war> death toll rises to <N>, <place> residents killed in strike": the strike is news, the total is
            # not its toll (drop_tallies reads a headline's one sentence as the tally alone and would drop the strike).
            tallies = [c for c in g.casualties if (c.count.best or 0) >= TALLY]
            # Only with a killing and an act of its own beside it: "<strikes> have killed <N> in <place>" and "scale
            # of <place> deaths as <N> reported killed" stay tallies.
            if tallies and len(tallies) < len(g.casualties) and any(
                    not _KILL_WORD.match(t.text) and not any(c.start <= t.start < c.end for c in tallies)
                    for t in g.triggers):
                g.casualties = [c for c in g.casualties if c not in tallies]
        if HEADING and g.head.event_type in ATTACK_TYPES and _HEADING.search(g.head.text):
            g.place = next((p for p in doc.places if p.role != "demonym" and p.start > g.head.end
                            and _GAP.fullmatch(text, g.head.end, p.start)), g.place)
        if not FAR_STATE or g.place is None or g.head.event_type not in ATTACK_TYPES:
            continue
        if _reaction_seat(doc, g.head, g.place):
            decide(doc, g.place, "unplaced", "a headline's place voiced a reaction to a named state's attack")
            g.place = None
    return groups


def _drop_answered(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> None:
    """Drop the groups inside the noun phrase an act answers ("<act> in response to <strike>"), and its toll."""
    link = _ANSWER_LINK.search(doc.text)
    if link is None or not any(
            t.end <= link.start() and t.event_type in ATTACK_TYPES for g in groups.values() for t in g.triggers):
        return
    first = min((t.end for g in groups.values() for t in g.triggers if t.start >= link.end()), default=None)
    if first is None:
        return
    stop = _PHRASE_END.search(doc.text, first)
    end = stop.start() if stop is not None else len(doc.text)
    # "in retaliation for <strike> on <date>": a dated answered strike is left to the date stage; a date after the
    # phrase ("..., officials said on <day>") is the act's or the telling's.
    if any(link.end() <= d.start < end for d in doc.dates):
        return
    for key, g in list(groups.items()):
        if all(link.end() <= t.start < end for t in g.triggers):
            decide(doc, g.head, "historical", "the strike a headline's act answers: an earlier event")
            del groups[key]
        else:  # "<act> in response to <strike> that killed 20": the 20 are the answered strike's
            g.casualties = [c for c in g.casualties if not link.end() <= c.start < end]


def _reaction_seat(doc: WorkDoc, t: Any, place: Any) -> bool:
    """True when a state's "attack" has no target told and its place only voiced a reaction to it."""
    # A country may be the target ("<country> extends school closures after <State> attack"): only a place below a
    # country or a region is read as where a reaction was voiced.
    text = doc.text
    if not _ATTACK_NOUN.fullmatch(t.text) or _TARGET_LINK.match(text, t.end) is not None \
            or (place.feature_code or "").startswith("PCL") or doc.casualties or _HARM.search(text) is not None:
        return False
    if place.start >= t.start and _TARGET_AFTER.fullmatch(text, t.end, place.start) is not None:
        return False
    voiced = _PLACE_NAMES_WAR.match(text, place.end) is not None or _NEED_IN.search(
        text, max(0, place.start - 12), place.start) is not None or (
        _SEAT_OF.search(text, max(0, place.start - 6), place.start) is not None
        and _VOICED.match(text, place.end) is not None)
    # "Israeli bombardment" is read as a demonym: the author's land, but often also where the act was.
    return voiced and any(
        p.role != "demonym" and (p.feature_code or "").startswith("PCL") and p.end <= t.start and (
            attacker_place(doc, t, p) or NOUN_GAP.fullmatch(text, p.end, t.start) is not None)
        for p in doc.places)
