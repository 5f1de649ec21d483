"""Trigger statuses beyond status_of: aims, court cases, mishaps, downed strikes, taken places, talked-of acts."""

from __future__ import annotations

import re

from eventwire.components.lexicon import PART_COMPASS
from eventwire.pipeline.workdoc import WorkDoc

ALL_DOWNED = re.compile(r"\ball\s+(?:of\s+)?(?:which|them|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,4}?(?:intercepted|shot\s+down|"
                        r"downed)\b|\b(?:intercepted|shot\s+down|downed)\s+all\b|\bintercepting\s+the\s+(?:missile|"
                        r"drone|rocket)\b(?!s)|\bprevented\s+(?:[\w-]+\s+){0,5}?from\s+striking\b", re.I)
ACCIDENT = re.compile(r"(?<!\bno\s)(?<!not\san\s)\baccident(?:al|ally|s)?\b", re.I)
HAVE_BEEN = re.compile(r"\bhave\s+(?:\w+\s+)?been\s+$", re.I)
# "in order to kill", "set out to kill", "can kill": an aim or ability, not a killing.
_KILL_INTENT = re.compile(r"\b(?:to|can|cannot|can['’]t|must|should|order\s+to|want\s+to|tried\s+to)\s+$", re.I)
# "killed in an airplane accident": a death that no one inflicted.
_MISHAP = re.compile(r"[^.;,]{0,40}?\b(?:accidents?|crash(?:ed|es)?|collisions?|earthquakes?|floods?|landslides?|"
                     r"avalanches?|heart\s+attacks?|illness|disease)\b", re.I)


_BASE_VERB = frozenset({"attack", "kill", "murder", "assassinate", "kidnap", "massacre", "bomb", "abduct", "shell",
                        "strike", "ambush"})
# "have come here to massacre the people", "calling for the assassination of": an aim, not an act.
# "continue to attack Bakhmut", "unsuccessfully attempted to attack Stepova Dolyna": the attack is told as done (an
# attempt is a clash, gold README "attempted to seize X").
_TO_BEFORE = re.compile(r"(?<!continued\s)(?<!continue\s)(?<!continues\s)(?<!continuing\s)(?<!began\s)(?<!started\s)"
                        r"(?<!proceeded\s)(?<!managed\s)(?<!attempted\s)\bto\s+$", re.I)
# "Russian forces used nine S-300 missiles to strike Nikopol", "modified S-300 missiles to strike": the means
# told in the past with its infinitive is the act done ("has relied on to strike Ukraine for months" is not).
_USED_TO = re.compile(r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!been\s)\b(?:used|modified|employed|repurposed)\s+"
                      r"(?:[\w’'()-]+\s+){1,8}?to\s+$", re.I)  # "used ... rocket systems (HIMARS) to strike"
_CALL_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|incit\w*|urg(?:e|es|ed|ing))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
                       re.I)
# "a murder trial", "the murder case of": proceedings about an act, not the act being reported.
_LEGAL_AFTER = re.compile(r"\s+(?:trials?|cases?|charges?|investigations?|inquir(?:y|ies)|suspects?|convictions?)\b",
                          re.I)


def intent_status(text: str, s0: int, s1: int, m: re.Match[str]) -> tuple[str, str]:
    """Status of a trigger that is an aim ("came to massacre", "called for the assassination") or a court case."""
    before = text[max(s0, m.start() - 40) : m.start()]
    if m.group(0).lower() in _BASE_VERB and _TO_BEFORE.search(before) \
            and not _USED_TO.search(text, max(s0, m.start() - 80), m.start()):
        return "hypothetical", f"an aim, not an act: {before[-20:] + m.group(0)!r}"
    if _CALL_FOR.search(before):
        return "hypothetical", f"called for, not done: {before[-25:] + m.group(0)!r}"
    if _LEGAL_AFTER.match(text, m.end(), s1):
        return "historical", f"proceedings about an earlier act: {text[m.start() : m.end() + 12]!r}"
    return "asserted", ""


def killing_status(text: str, s1: int, m: re.Match[str]) -> tuple[str, str]:
    """Status of a killing word beyond `status_of`: an intent to kill, or a death in a mishap."""
    if m.group(0).lower() == "kill" and _KILL_INTENT.search(text, max(0, m.start() - 20), m.start()):
        return "hypothetical", f"an aim to kill, not a killing: {text[max(0, m.start() - 20) : m.end()]!r}"
    if _MISHAP.match(text, m.end(), s1):
        return "negated", f"a death in a mishap, not violence: {text[m.end() : m.end() + 40]!r}"
    return "asserted", ""


# "captured unspecified northern portions of Izyum", "the main part of Vodyane": a part of a town is the town taken.
_TAKEN_GAP = re.compile(r"\s+(?:the\s+|full\s+|entire\s+|control\s+of\s+|(?:most|all|much|entirety)\s+of\s+|"
                        r"(?:at\s+least\s+)?(?:parts?|portions?|sections?|half)\s+of\s+|"
                        r"(?:" + PART_COMPASS + r"|downtown|unspecified|main)\s+)*")
_TAKEN_NOUN = re.compile(r"(?:villages?|towns?|cit(?:y|ies)|areas?|districts?|settlements?|bases?|airports?|region|"
                         r"province|territory|positions|hills?|heights|outskirts|neighbou?rhoods?|barracks|outposts?|buildings?|"
                         r"plants?|bridges?|airfields?|ports?|stations?|strongholds?|(?:\w+\s+)?headquarters)\b",
                         re.I)
_TAKEN_NOUN_LATE = re.compile(r"(?:[\w-]+\s+){1,2}?" + _TAKEN_NOUN.pattern, re.I)  # "many towns", "the X town"
# "captured the enemy position", "seized the UNESCO site", "took the island": ground a side holds, taken (seen ISW
# reports drop about 15 such takings as "no place"). These nouns are common in police, traffic and civil copy, so they
# count only when an armed party takes them (trigger_sense.armed_subject or _group_taker), with no preposition among
# the words before the noun ("captured the suspect on the road" takes people) and the noun ending its phrase: a place
# word, a name or punctuation follows, not "block", "race", "of chairman" or "after the crash". Not "between A and B":
# the list reader would make one stretch of road two events (guard156 review D7).
_TAKEN_GROUND = re.compile(r"(?:(?!(?:on|at|in|near|by|from|with|to|for|of|along|during|into|after|over|and)\b)"
                           r"[\w’'-]+\s+){0,2}?(?:position|strongpoints?|sites?|islands?|roads?|highways?|"
                           r"(?:road\s+)?junctions?|terrain)"
                           r"(?=\s*$|\s*[,;:.!?)\-–—]|\s+(?-i:[A-Z])|\s+(?:near|in|at|around|outside|on|from|to|along|"
                           r"(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|of\s+(?:the\s+)?(?-i:[A-Z]))\b)", re.I)
# A taker of ground: an armed group's name right before the verb, with at most an adverb or auxiliary between.
_GROUP_GAP = re.compile(r"\s+(?:(?:\w+ly|also|have|has|had|then)\s+){0,2}", re.I)
_MIXED_CAPITAL = re.compile(r"[A-Z][a-z]")
_LOWER = re.compile(r"[a-z]")


def _group_taker(doc: WorkDoc, t0: int) -> bool:
    """A named armed group heads the clause whose verb starts at t0."""
    s0 = doc.sentences[doc.sentence_of(t0)].start
    return any(
        a.kind == "group" and s0 <= a.start and a.end <= t0 and _GROUP_GAP.fullmatch(doc.text, a.end, t0) is not None
        for a in doc.actors)


def taken_place(doc: WorkDoc, end: int, verb: str, armed: bool = False) -> bool:
    """True when a capture verb takes a place: a territory noun or a place name right after it (armed: troops take)."""
    # The rule's lookahead accepts any capital, and in ALL-CAPS wire copy every word has one: "SEIZED AN M-14
    # RIFLE", "CAPTURED SUSPECTED DRUG TRAFFICKER" are no territory (MUC dev: 56 false events, 16 true).
    low = verb.lower()
    if low.startswith(("fell", "recapt", "retook", "retak", "regained", "liberat", "took back")):
        return True  # "fell to" names the taker; retaking verbs say it was territory
    gap = _TAKEN_GAP.match(doc.text, end)
    q = gap.end() if gap else end
    if _TAKEN_NOUN.match(doc.text, q) or _TAKEN_NOUN_LATE.match(doc.text, q):
        return True
    if _TAKEN_GROUND.match(doc.text, q) and (armed or _group_taker(doc, end - len(verb))):
        return True
    if any(p.start == q and p.role != "demonym" for p in doc.places):
        return True
    # In mixed case a capitalised name still counts (the gazetteer misses villages: "seized Lozove"), unless an
    # actor (a person, a group) starts there; in ALL CAPS only a recognised place does.
    s = doc.sentences[doc.sentence_of(end)]
    return (_LOWER.search(doc.text, s.start, s.end) is not None and _MIXED_CAPITAL.match(doc.text, q) is not None
            and not any(a.start == q for a in doc.actors))


# The act noun's own modifiers (articles, quantifiers, adjectives of manner or time, a demonym): the span a frame word
# may stand from its act. Any other word ("as", "who", "that", "on Sunday") starts another clause or phrase, whose act
# the frame does not govern ("Fears of war as Israel strikes Lebanon"). trigger_status's counter-attack rules share it.
_MODIFIER = (r"an?|the|possible|potential|further|future|ongoing|continued|continuing|recent|repeated|renewed|heavy|"
             r"intense|fierce|major|large-scale|sustained|successful|limited|anticipated|expected|likely|imminent|"
             r"Ukrainian|Russian")
COUNTER_WORDS = rf"\s+(?:(?:{_MODIFIER})\s+){{0,3}}$"
_ACT_WORDS = (rf"(?:(?:{_MODIFIER}|any|more|new|current|massive|fresh|retaliatory|claimed|alleged|another|such|these|"
              r"those|its|their|(?-i:[A-Z][\w-]*(?:ian|an|i|ese|ish)))\s+)")
# A campaign noun ("counteroffensives", "offensive operations"), not a single strike or attack.
CAMPAIGN_NOUN = re.compile(r"counter[\s-]?(?:offensive|attack)s?|offensives?|operations", re.I)
# "out of fear of Ukrainian counteroffensive operations", "views the prospect of a counteroffensive", "Putin's fixation
# with continuing offensive operations", "warning about Ukrainian counteroffensives", "discussions of the
# counteroffensive": an act that is the object of fear, a prospect or talk is talk about operations, not one done.
_TALK_OF = re.compile(r"\b(?:(?:prospects?|fears?|threats?|(?P<talk>discussions?|warn(?:s|ed|ing|ings)?))\s+(?:of|about)|"
                      rf"fixation\s+with)\s+(?P<mods>{_ACT_WORDS}{{0,3}})$", re.I)
# "he expects current counteroffensive operations to succeed", "the West expected a counteroffensive": a forecast
# ("as expected", "than expected" compare a told act with the forecast).
_EXPECTED = re.compile(rf"(?<!\bas\s)(?<!\bthan\s)\bexpect(?:s|ed)?\s+{_ACT_WORDS}{{0,3}}$", re.I)
# "discussions of the strike on the hospital", "warnings about the explosion at the depot on Monday": talk of a definite
# act with its own place or day presupposes that it happened (a fear or threat of "the offensive in the south" does not).
_OWN_DEFINITE = re.compile(r"(?:the|this|that|its)\s", re.I)
_OWN_PLACE_OR_DAY = re.compile(r"\s+(?:at|in|on|near|outside)\b", re.I)
# "advancing the narrative that Russian forces are making significant progress in Bakhmut", "the earlier narrative,
# repeated for weeks, that ...": the narrative's own "that" clause (next to it, or after one aside in commas), up to
# four words before the act; not a later "reported that" of another verb.
_NARRATIVE_THAT = re.compile(r"\bnarratives?(?:\s*,[^,.;:]{1,80},)?\s+that\s+"
                             r"(?:(?!(?:but|while|whereas|and)\b)[\w’'-]+\s+){0,4}$", re.I)
# "to protect it from Ukrainian strikes", "to alleviate the artillery pressure of Ukrainian strikes on Donetsk City",
# "oriented around preventing Ukrainian counteroffensives from pushing ...": attacks a move guards against are feared,
# not told. Only the purpose ("to protect") and the aim ("preventing"): "air defenses protected the city from the
# strikes" and "prevented the assault" tell of an attack that came.
_GUARDED = re.compile(r"\bto\s+(?:protect|shield|safeguard|insulate)\s+(?:[\w’'-]+\s+){0,4}?(?:from|against)\s+"
                      rf"{_ACT_WORDS}{{0,2}}$|"
                      r"\bto\s+(?:alleviate|relieve|ease|lessen|mitigate|reduce)\s+(?:[\w’'-]+\s+){0,3}?(?:pressure|"
                      rf"threat|burden|danger|risk|impact|effects?)\s+(?:of|from|on)\s+{_ACT_WORDS}{{0,2}}$|"
                      rf"(?<!\bto\s)\b(?:preventing|prevents)\s+{_ACT_WORDS}{{0,2}}$", re.I)
# "the army massed brigades near Tokmak for a spring offensive", "units were moved to Kursk Oblast to step up their
# fire on frontier hamlets": the act that troops are gathered or sent for is the build-up's purpose, not a report of
# it. The rule holds only where forces are what moves (a crowd assembling for a rally, a victim taken to hospital for
# treatment, are no build-up) and only for the purpose's own phrase: a done act after it ("and retook the village"),
# a result ("that killed", ", killing"), a time span ("for a week") or an act already going on ("ongoing assaults",
# "defenders repelling") is told as done. Weapon verbs ("used drones to strike") report strikes, so not here.
# trigger_status._FORECAST_BEFORE also reads "for future/possible ..." purposes; this rule needs the build-up verb.
_BUILD_UP = re.compile(r"\b(?:concentrat(?:e|es|ed|ing)|mass(?:es|ed|ing)|amass\w*|transfer\w*|redeploy\w*|"
                       r"regroup\w*|accumulat(?:e|es|ed|ing)|transport(?:s|ed|ing)|reinforc(?:e|es|ed|ing)|"
                       r"assembl(?:e|es|ed|ing)|stockpil\w*|(?:build|built|building)\s+up|bring(?:s|ing)?\s+up|"
                       r"mov(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,3}?(?:units?|troops|forces|reserves|equipment|"
                       r"reinforcements|artillery))\b", re.I)
# Who or what is gathered: a military subject before the verb or a military object after it.
_FORCES = re.compile(r"\b(?:forces|troops|army|military|soldiers|units?|brigades?|battalions?|regiments?|divisions?|"
                     r"fighters|militants|rebels|reserves|reinforcements|artillery|equipment|ammunition|personnel|"
                     r"garrisons?|tanks|(?-i:RSF|IDF|Wagner|Tatmadaw|Hamas|Hezbollah))\b", re.I)
# "for a week", "for the third consecutive day", "for the first time", "for several months": a span, not a purpose.
_SPAN = (r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|past|last|next|coming|"
         r"whole|entire|consecutive|straight|first|second|third|\d+(?:-\d+)?|\w+th)\s+){0,4}"
         r"(?:hours?|days?|nights?|weeks?|months?|years?|times?)\b")
_BUILD_UP_PURPOSE = re.compile(rf"\b(?:for(?!\s+{_SPAN})|in\s+preparation\s+for|in\s+order\s+to|to\s+(?:support|"
                               r"increase|intensify|enable|facilitate|prepare|begin|renew|resume|reinforce))\b", re.I)
# What ends the purpose's reach: a new clause, a result ("with", "that", "as", ", killing"), or a second done act,
# regular or irregular ("and shelled", "and broke through"). A list's ", and" ("the north, east, and south
# approaches") stops nothing; one before a new subject does.
_BUILD_UP_STOP = re.compile(r"[;:]|\b(?:but|while|whereas|after|before|with|as|that|which)\b|,\s+[a-z]+ing\b|"
                            r",\s+(?:where|when)\b|,\s+and\s+(?:(?-i:[A-Z])|(?:the|they|it|he|she|we)\b)|"
                            r"\band\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|fought|hit|struck|shot|kept|held|took|retook|broke|"
                            r"drove|won|overran|began|blew|threw|beat|led|ran|seized|captured)\b", re.I)
# The purpose reaches only its own noun phrase: "for an assault on", "to increase their shelling". A comma, "and",
# a passive ("was hit by") or a finite verb between it and the act starts another clause ("for an offensive, and
# airstrikes killed 20"; "a convoy carrying troops for the offensive was hit by a drone strike").
_PURPOSE_GAP_WORDS = 4
_PURPOSE_GAP_BREAK = re.compile(r"[,;:]|\b(?:and|was|were|is|are|been|being|by|has|have|had|killed|hit|struck|"
                                r"shelled|bombed|attacked|ambushed|wounded|destroyed|damaged|targeted|fired|"
                                r"launched|conducted|repelled|raided|stormed|seized|captured|took|retook|broke)\b",
                                re.I)
# A result told after the act: "a raid on the camp, killing nine", "a push near the dam, retaking two trenches", "an
# assault that left 50 dead", "a counterattack and recaptured the village" (the taking is the act carried out).
_DONE_AFTER = re.compile(r"[^.;]*?(?:,\s+(?:killing|wounding|injuring|leaving|retaking|recapturing|capturing|seizing|"
                         r"liberating|destroying|breaking)\b|\s+and\s+(?:\w+ly\s+)?(?:recaptured|retook|captured|"
                         r"liberated|seized|took|broke\s+through)\b|\b(?:that|which)\s+(?:\w+ly\s+)?"
                         r"(?:[a-z]{3,}ed|hit|struck|took|retook|drove|broke|left|shot)\b)|"
                         # the act noun as subject of a finite verb: "airstrikes killed 20", "a strike hit the town"
                         r"\s+(?:\w+ly\s+)?(?:killed|hit|struck|wounded|injured|destroyed|damaged|left|razed|"
                         r"[a-z]{3,}ed(?!\s+(?:by|for|to|in|at|on|from|with|toward|towards|against|into|as|near|"
                         r"around|along|over|under)\b))\b", re.I)
# "for continued assaults", "to support ongoing attacks", "to reinforce troops fighting near": the act is under way.
_ACT_GOING_ON = re.compile(r"\b(?:ongoing|continued|continuing|current)\b|\b(?:troops|forces|units|defenders|"
                           r"fighters|soldiers|personnel|garrisons?|brigades|men)\s+[a-z]{3,}ing\b", re.I)
# For a crowd, gathering is the act ("assembled outside the court for a protest"); a casualty is moved for care.
_NOT_BUILD_UP = re.compile(r"\b(?:protests?|rall(?:y|ies)|demonstrat\w*|sit-ins?|marches|vigils?|hospitals?|treatment|"
                           r"clinics?)\b", re.I)
_PROTEST_TRIGGER = re.compile(r"protest\w*|rall(?:y|ies)|demonstrat\w*|sit-ins?|march\w*|vigils?|riot\w*|gather\w*",
                              re.I)


def _own_phrase(gap: str) -> bool:
    """Whether the words between a purpose word and the act keep to the purpose's own noun phrase."""
    return len(gap.split()) <= _PURPOSE_GAP_WORDS and _PURPOSE_GAP_BREAK.search(gap) is None


def built_up_for(text: str, s0: int, t0: int, t1: int | None = None) -> str | None:
    """The build-up and purpose words when the act at t0:t1 is what forces are massed or moved for, else None."""
    end = t0 if t1 is None else t1
    if _PROTEST_TRIGGER.fullmatch(text, t0, end) or (t1 is not None and _DONE_AFTER.match(text, t1)):
        return None
    for m in _BUILD_UP.finditer(text, max(s0, t0 - 200), t0):
        p = _BUILD_UP_PURPOSE.search(text, m.end(), t0)
        if p is None or not _own_phrase(text[p.end() : t0]) or _BUILD_UP_STOP.search(text, m.end(), end) is not None \
                or _NOT_BUILD_UP.search(text, m.start(), end) or _ACT_GOING_ON.search(text, p.end(), end):
            continue
        if _FORCES.search(text, max(s0, m.start() - 80), m.start()) or _FORCES.search(text, m.end(), p.start()):
            return text[m.start() : p.end()]
    return None


# "two counteroffensive scenarios", "counteroffensive preparations": the campaign noun names a kind of plan.
_KIND_OF_PLAN = re.compile(r"\s+(?:scenarios?|preparations?)\b", re.I)


def talk_frame(text: str, s0: int, t0: int, t1: int, before: str) -> tuple[str, str] | None:
    """(status, reason) when the act at t0:t1 is talked of, feared, guarded against or massed for, else None."""
    if (m := _TALK_OF.search(before)) is not None and not (m.group("talk") and _OWN_DEFINITE.match(m.group("mods"))
                                                            and _OWN_PLACE_OR_DAY.match(text, t1)) \
            or (m := _EXPECTED.search(before)) is not None:
        return "hypothetical", f"an act talked of, feared or expected, not done: {m.group(0).strip()!r}"
    if (m := _GUARDED.search(before)) is not None:
        return "hypothetical", f"an act guarded against, not done: {m.group(0).strip()!r}"
    if (m := _NARRATIVE_THAT.search(text, s0, t0)) is not None:
        return "hypothetical", f"inside a narrative, not a report: {m.group(0)[:50].strip()!r}"
    if (built := built_up_for(text, s0, t0, t1)) is not None:
        return "hypothetical", f"an act forces are massed or moved for, not done: {built[:60]!r}"
    if CAMPAIGN_NOUN.fullmatch(text, t0, t1) and (m := _KIND_OF_PLAN.match(text, t1)) is not None:
        return "hypothetical", f"the act names a kind of plan: {text[t0 : m.end()]!r}"
    return None
