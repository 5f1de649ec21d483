"""Trigger rules for acts as 1980s wire copy tells them: warplanes and gunships, naval gunfire, attacks crushed."""

from __future__ import annotations

import re

from eventwire.components.lexicon import OIL_SITE
from eventwire.components.trigger_parts import AIR, IED, REST_OF_SENTENCE, SHELL, VAC
from eventwire.components.trigger_rules import CLASH, Rule
from eventwire.components.trigger_weak import AIR_CUE

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

# A ship or an oil rig at sea as the subject of the act ("Greek tanker", "offshore oil platform"); not carriers
# (airlines are carriers too) nor a bare platform or rig (a party's platform "came under attack").
_HULL = (r"\b(?:(?:super)?tankers?|ships?|vessels?|freighters?|frigates?|destroyers?|cruisers?|ferry|ferries|"
         r"(?:oil|offshore|drilling|gas)\s+(?:platforms?|rigs?))\b")
# One ship or rig told as an object: "a Greek tanker", "the Saudi Arabian supertanker", "Iran's offshore oil platform".
_ONE = r"(?:an?|the|two|three|four|[A-Z][\w-]*['’]s)\s+(?:[\w’'.,-]+\s+){0,4}?"
# The ship told before the verb, up to ten words before it (its name, flag and tonnage: "the Liberian-registered Stena
# Concordia, 273,616 tonnes, both came under fire"), no verb or clause word among them: the passive or "came under
# fire", which the attack rules miss.
# Weather and the sea are no attack ("was hit by a storm").
SHIP_HIT = re.compile(_HULL + r"(?:\s+(?!(?:was|were|is|are|had|has|have|when|which|who|that|after|while)\b)"
                      r"[\w’'.,()-]+){0,10}?\s+(?:(?:was|were)\s+(?:\w+ly\s+)?(?:attacked|hit|struck|"
                      r"shelled|rocketed|strafed|set\s+(?:ablaze|on\s+fire))(?!\s+by\s+(?:an?\s+|heavy\s+)?(?:storms?|"
                      r"waves?|seas|lightning|hurricanes?|typhoons?|cyclones?|gales?)\b)|(?:came|comes|come)\s+under\s+"
                      r"(?:(?:heavy|renewed|sustained|intense|machine-?gun|rocket|missile|gunboat|Iranian|Iraqi)\s+){0,2}"
                      r"(?:fire|attack|gunfire|shelling))\b|"
                      # "gunboats set a Kuwaiti tanker ablaze", "Iran attacked the Saudi supertanker Arabian Sea": the
                      # active, one ship or rig as its object (not "attacked ships", a pattern).
                      # Not "hit" or "struck": a ship strikes a tanker in a collision, and the strike rules code
                      # "jets struck two ships"; nor a list of targets ("attacked a supertanker and four Iranian oil
                      # sites"), a lead that sums up the acts told after it, each with its place.
                      r"set\s+" + _ONE + _HULL + r"\s+(?:ablaze|on\s+fire)\b|(?<!to\s)(?:attacked|rocketed|"
                      r"shelled|strafed|fired\s+(?:on|at))(?=\s+" + _ONE + _HULL + r"(?!\s+and\s+(?:an?|the|two|three|"
                      r"four|five|six|several|\d+)\s))", re.I)
# The means a ship-attack sentence tells: gold dev14 codes warplanes' hits Air/drone strike, missiles and naval guns
# Shelling, a mine a Remote explosive, and gunboat fire with the weapon unstated Violence against civilians/Attack.
_RIG = re.compile(r"\b(?:platforms?|rigs?)\b", re.I)
_GUNBOATS = re.compile(r"\b(?:gunboats?|speedboats?|boats)\b", re.I)
_SEA_MINE = re.compile(r"\b(?:mines?|minefields?)\b", re.I)
_SEA_SHELL = re.compile(r"\b(?:missiles?|rockets?|shells?|shelling|artillery|Exocets?|Silkworms?)\b", re.I)
# Warships as the doer, told before the act ("destroyers shelled the rig"), not as the ship hit.
_SEA_GUNS = re.compile(r"\b(?:warships?|destroyers?|frigates?|cruisers?|battleships?|naval)\b", re.I)


def ship_coding(text: str, s0: int, s1: int, t0: int) -> tuple[str | None, str | None] | None:
    """The coding of a ship attack told at t0 (SHIP_HIT) by the means its sentence names; None when t0 tells none."""
    m = SHIP_HIT.match(text, t0, s1)
    if m is None:
        return None
    rest = text[m.end() : s1]  # the ship's own words ("the frigate Stark") are no means
    if AIR_CUE.search(rest) or AIR_CUE.search(text, s0, t0):
        return AIR
    if _SEA_MINE.search(rest):
        return IED
    if _SEA_SHELL.search(rest) or _SEA_SHELL.search(text, s0, t0) or _SEA_GUNS.search(text, s0, t0) \
            or _RIG.search(text, t0, m.end() + 80):
        return SHELL  # an attack on a facility, the means untold, is Shelling (gold dev15: "attack on an oil platform")
    if _GUNBOATS.search(text, s0, s1) is None and (AIR_CUE.search(text, max(0, s0 - 300), s0)):
        # "Iraqi warplanes attacked a naval target ... Lloyds said a Greek freighter was attacked": a ship hit with
        # the means untold, after a raid told with them, is that raid told again (it folds into it).
        return AIR
    return VAC


WIRE_RULES: list[Rule] = [
    # "A Liberian-registered tanker came under fire off the Qatari coast", "two supertankers were attacked in the
    # southern Gulf by Iranian gunboats": a ship told hit is an attack (gold dev14), typed by `ship_coding`. No
    # armed word is needed: the attacker is often a country or unnamed ("was attacked and hit at 1715 hours").
    Rule(SHIP_HIT.pattern, VAC, "ASSAULT", "firearms", armed=False,
         anchors="tanker supertanker ship vessel freighter frigate destroyer cruiser ferry ferries oil offshore "
                 "drilling gas"),
    # "Iranian forces launched a new offensive against Iraqi troops", "mounted an assault on Iraqi lines": an offensive
    # opened against forces is a battle (gold dev15 codes both sides' accounts of one offensive as one Armed clash).
    Rule(r"(?:launched|mounted|opened|began|started)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
         r"(?:offensive|assault|attack|thrust)\s+(?:against|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
         r"(?:troops|forces|lines|positions|defen[cs]es|army|soldiers|units)\b",
         CLASH, "ASSAULT", "firearms", armed=True, anchors="launched mounted opened began started"),
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
