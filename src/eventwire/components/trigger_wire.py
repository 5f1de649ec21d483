"""Trigger rules for acts as 1980s wire copy tells them: warplanes and gunships, naval gunfire, attacks crushed."""

from __future__ import annotations

import re

from eventwire.components.lexicon import OIL_SITE
from eventwire.components.trigger_parts import AIR, REST_OF_SENTENCE, SHELL
from eventwire.components.trigger_rules import CLASH, Rule

# A determiner, a number or an owner's name opening an object noun phrase.
_DET = r"(?:an?|the|two|three|four|five|six|several|some|\d[\d,]*|[A-Z][\w-]*['’]s)"
# An object after "destroyed" keeps a participle out: "12 Iraqi planes destroyed on the ground" is no raid.
# A time phrase after it keeps one out too: "three jets destroyed the previous day", "destroyed two days ago".
_OBJECT = (r"(?!\s+(?:the\s+)?(?:previous|next|same|day|night|week|month|year|\w+day)\b)"
           r"(?!\s+\w+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b)"
           r"(?=\s+" + _DET + r"\s)")
_MAY = r"(?:\s+(?:also|today|yesterday|again|later|\w+ly))?"
_WARSHIPS = r"(?:warships?|destroyers?|frigates?|cruisers?|battleships?|naval\s+(?:vessels|ships))"
_FIRED = r"(?:bombarded|shelled|pounded|fired\s+(?:on|at))"
# Sites a side claims to have destroyed: military posts, relay and power facilities, bridges and depots.
_SITE = (r"(?:(?:radio|relay|power|pumping|police|army|military|communications?|microwave|radar)\s+)?(?:stations?|"
         r"substations?|towers?|masts?|antennas?|posts?|outposts?|bases?|garrisons?|barracks|camps?|headquarters|"
         r"depots?|plants?|pylons?|bridges?|dams?|pipelines?|installations?|facilit(?:y|ies)|airstrips?|airfields?)")
# The rest of the sentence (a full stop before a capital or quote ends it): no stated means, no denial.
_CLAIM_GUARD = (r"(?!" + REST_OF_SENTENCE + r"\b(?:with\s+(?:\w+\s+){0,2}?"
                r"(?:explosives|dynamite|charges|mines|bombs)|deni(?:ed|es|al)|to\s+(?:slow|hinder|delay))\b)")

# The rest of the sentence tells air means: "destroyed the platform in air strikes", "with missiles fired from aircraft".
_AIR_GUARD = (r"(?!" + REST_OF_SENTENCE + r"\b(?:air\s*strikes?|air\s+raids?|aircraft|jets|warplanes|war\s+planes|"
              r"helicopters|gunships|bombers)\b)")

WIRE_RULES: list[Rule] = [
    # "Israeli helicopter gunships raided south Lebanon", "Iraqi warplanes destroyed an oil pumping station".
    Rule(r"(?:helicopter\s+)?gunships" + _MAY + r"\s+(?:raided|rocketed|strafed|attacked|struck|hit|"
         r"fired\s+(?:rockets\s+)?(?:on|at))\b(?!\s+by\b)|(?:jets|warplanes|war\s+planes|fighter[-\s]planes|aircraft|bombers|"
         r"helicopters|gunships)" + _MAY + r"\s+(?:destroyed|rocketed)" + _OBJECT,
         AIR, "ASSAULT", "aerial", anchors="gunship jet warplane war fighter aircraft bomber helicopter"),
    # "French frigates shelled them", "warships fired on and wrecked a Libyan gas platform": naval gunfire is
    # shelling (gold dev14/dev15/dev18), not an air strike or an attack on civilians.
    # Naval forces or units may be infantry: only their gunfire is shelling ("naval forces attacked protesters").
    Rule(r"(?:" + _WARSHIPS + _MAY + r"\s+(?:" + _FIRED + r"|attacked|destroyed)|naval\s+(?:units|forces)" + _MAY
         + r"\s+" + _FIRED + r")\b",
         SHELL, "ASSAULT", "artillery", anchors="warship destroyer frigate cruiser battleship naval"),
    # "British naval units wrecked an offshore gas rig", "said its forces destroyed the platform": an oil site
    # that a side's forces destroyed, the means untold, is coded Shelling, as the warships rule (gold dev14, dev18).
    # A refinery or terminal only of oil ("cocaine refineries", "computer terminals", "the crossing terminal" are
    # raids or demolition); not air forces nor a sentence telling air means (the air trigger codes that act).
    Rule(r"(?<!air\s)(?:forces|troops)" + _MAY + r"\s+(?-i:destroyed)(?=\s+" + _DET + r"\s+(?:[\w-]+\s+){0,3}?"
         r"(?:(?:oil\s+)?" + OIL_SITE + r"|(?:oil|gas|fuel|petroleum|crude)\s+(?:refiner(?:y|ies)|terminals?))\b)" + _AIR_GUARD + _CLAIM_GUARD,
         SHELL, "ASSAULT", "artillery", anchors="forces troops"),
    # "Syria said its troops had crushed a rebel attack on a hilltop post": an attack beaten off is a battle.
    # Not the passive "were crushed in a bomb attack", nor a noun reached past a preposition ("smashed windows at
    # the brigade headquarters", "routed traffic around the attack site").
    Rule(r"(?<!were\s)(?<!was\s)(?<!been\s)(?:crushed|smashed|routed)\s+(?:an?\s+|the\s+|\d[\d,]*\s+|two\s+|three\s+)?"
         r"(?:(?!(?:in|at|by|of|on|around|through|under|for|to|from|with|near|into)\b)[\w-]+\s+){0,2}?"
         r"(?:attacks?|offensives?|assaults?|thrusts?|brigades?|divisions?|battalions?)\b(?!\s+(?:victims?|sites?)\b)",
         CLASH, "ASSAULT", "firearms", armed=False,
         anchors="crush smash rout"),
    # "Maoist rebels said they wrecked a key army radio relay post": a site that rebels claim to
    # have destroyed, the means untold, is coded Shelling (gold README, as dev13's depots). Only a facility (not
    # documents, crops or their own rifles), and, as the bridge rule, no stated means, no claim the army denies and
    # no ALL-CAPS wire copy.
    Rule(r"(?:rebels|guerrillas|insurgents)\s+(?:said|claimed)\s+(?:that\s+)?they\s+(?:had\s+)?(?-i:destroyed)"
         r"(?=\s+" + _DET + r"\s+(?:[\w-]+\s+){0,3}?"
         + _SITE + r"\b)" + _CLAIM_GUARD, SHELL, "ASSAULT", "artillery", anchors="rebel guerrilla insurgent"),
]

# "a bomb went off in a plane taking her to Amman": the aircraft is where the bomb went off, not what dropped it.
ABOARD = re.compile(r"\b(?:in|aboard|on\s+board|inside|under\s+\w+['’]s\s+seat\s+in)\s+(?:an?|the|his|her|its|their)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:helicopters?|planes?|aircraft|airliners?|jets?)\b", re.I)

# "striking shipyard workers clashed with police", "mourners clashed with police at a funeral": a crowd fighting the
# police riots (ACLED Violent demonstration); it is no armed clash.
_CROWD_BEFORE = re.compile(r"\b(?:protesters|demonstrators|strikers|workers|students|mourners|rioters|youths|marchers|"
                           r"crowds?|fans|villagers|residents)\s+(?:(?:also|again|later|\w+ly)\s+)?$", re.I)
_CLASH_POLICE = re.compile(r"clash(?:ed|es)?\s+with\s+(?:the\s+)?(?:riot\s+)?(?:police(?:men)?|riot\s+squads?)\b", re.I)


# "Guerrillas and villagers clashed with police", "armed villagers": an armed party keeps it a battle.
_ARMED_PARTY = r"armed|gunmen|guerrillas?|rebels?|militants?|militiamen|insurgents?"
_ARMED_NEAR = re.compile(r"\b(?:" + _ARMED_PARTY + r"|soldiers|troops)\b", re.I)


CROWD_NOUNS = r"(?:protesters|demonstrators|strikers|students|mourners|rioters|youths|marchers|crowds?)"
_POLICE = r"(?:riot\s+)?(?:police(?:men)?|riot\s+squads?|security\s+forces|troops|soldiers)"
# "clashes between police and protesters", "clashes between students and riot police": the crowd is one side.
_CLASH_BETWEEN = re.compile(r"clash(?:es)?\s+between\s+(?:the\s+)?(?:" + _POLICE + r"\s+and\s+(?:[\w-]+\s+)?"
                            + CROWD_NOUNS + r"|" + CROWD_NOUNS + r"\s+and\s+(?:the\s+)?" + _POLICE + r")\b", re.I)
# "Soldiers clash with Togolese marchers": the crowd, at most named by a place, is what the forces met.
_CLASH_WITH_CROWD = re.compile(r"(?i:clash(?:ed|es)?\s+with\s+(?:the\s+)?)(?:[A-Z][\w-]*\s+){0,2}(?i:" + CROWD_NOUNS
                               + r")\b")
_FORCES_BEFORE = re.compile(r"\b" + _POLICE + r"\b", re.I)
# An armed crowd or armed men beside it ("armed protesters", "Hezbollah gunmen clashed with demonstrators"): the
# forces named as a side of these shapes are no such party, so the list is _ARMED_NEAR's less troops and soldiers.
ARMED_SIDE = re.compile(r"\b(?:" + _ARMED_PARTY + r")\b", re.I)
# "Protests at three universities on Monday led to clashes with riot police": the protests turned into the clashes.
_PROTEST_LED = re.compile(r"\b(?:demonstrations|protests|marches|rallies|riots)\b[^.;]{0,60}\b(?:led\s+to|sparked|"
                          r"erupted\s+into|turned\s+into|ended\s+in|degenerated\s+into)\s+$", re.I)


def crowd_clash(text: str, s0: int, t0: int) -> bool:
    """A crowd, with no armed party beside it, as a side of the clash at t0 ("protesters clashed with police")."""
    m = _CLASH_BETWEEN.match(text, t0)
    if m is None and _FORCES_BEFORE.search(text, max(s0, t0 - 40), t0) is not None:
        m = _CLASH_WITH_CROWD.match(text, t0)  # "<forces> clash with (<Name>) protesters" only
    if m is not None:
        return ARMED_SIDE.search(text, max(s0, t0 - 40), m.end()) is None
    return _CLASH_POLICE.match(text, t0) is not None and (
        _CROWD_BEFORE.search(text, max(s0, t0 - 40), t0) is not None
        or _PROTEST_LED.search(text, max(s0, t0 - 90), t0) is not None) and \
        _ARMED_NEAR.search(text, max(s0, t0 - 40), t0) is None
