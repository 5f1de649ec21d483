"""Trigger rules for acts as 1980s wire copy tells them: warplanes and gunships, naval gunfire, attacks crushed."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.lexicon import OIL_SITE
from eventwire.components.ships import HULL, ONE_HULL
from eventwire.components.trigger_parts import (
    AIR,
    IED,
    PROTEST_DOER,
    PROTEST_EVENT,
    REST_OF_SENTENCE,
    SHELL,
    VAC,
)
from eventwire.components.trigger_rules import ARMED_CUE, CLASH, NON_STATE, Rule
from eventwire.components.trigger_status import CLAUSE_BREAK
from eventwire.components.trigger_weak import AIR_CUE
from eventwire.pipeline.workdoc import Trigger

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

# A sentence about a ship, a naval target or a coast: an act at sea folds only into an act it tells (assemble_fold).
SHIP_TOLD = re.compile(HULL + r"|\bnaval\s+targets?\b|\boff\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}(?:coast(?:line)?|shores?)\b",
                       re.I)
# What hits a ship in an attack: a weapon, an armed craft or party, an attack. Not a wave, a truck, another ship in
# a collision, a cyberattack, sanctions or cancellations ("ships were hit by higher rates").
_ARMED_AGENT = (r"(?:missiles?|rockets?|shells?|shellfire|gunfire|fire|artillery|torpedo(?:es)?|mines?|bombs?|"
                r"drones?|Exocets?|Silkworms?|grenades?|bullets|warplanes?|jets?|aircraft|planes?|helicopters?|"
                r"gunboats?|speedboats?|warships?|pirates|gunmen|militants|guerrillas|rebels|attacks?|strikes?|"
                r"raids?|air\s*strikes?)")
# The ship told before the verb, up to ten words before it (its name, flag and tonnage), no verb or clause word among
# them: the passive or "came under fire", which the attack rules miss. "Hit" and "struck" need an armed agent or
# none at all ("was hit on Saturday").
# A modal, "to" or a negation between ship and verb tells a risk or a plan ("tankers could come under fire"), no act.
SHIP_HIT = re.compile(HULL + r"(?:\s+(?!(?:was|were|is|are|had|has|have|when|where|which|who|that|after|while|"
                      r"will|would|could|may|might|can|cannot|should|must|to|not|never)\b)"
                      r"[\w’'.,()-]+){0,10}?\s+(?:(?:was|were)\s+(?:\w+ly\s+)?(?:attacked|shelled|rocketed|strafed|"
                      r"set\s+(?:ablaze|on\s+fire)|(?:hit|struck)(?:(?=\s+(?:by|with)\s+(?:[\w’'.,-]+\s+){0,4}?"
                      + _ARMED_AGENT + r"\b)|(?!\s+(?:by|with)\b)))|(?:came|comes|come)\s+under\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:fire|attack|gunfire|shelling))\b|"
                      # "gunboats set a Kuwaiti tanker ablaze", "Iran attacked the Saudi supertanker": the active, one
                      # ship or rig as its object (not "attacked ships", a pattern).
                      # Not "hit" or "struck": a ship strikes a tanker in a collision, and the strike rules code
                      # "jets struck two ships"; nor a list of targets ("attacked a tanker and three oil sites"), a
                      # lead that sums up the acts told after it, each with its place.
                      r"set\s+" + ONE_HULL + HULL + r"\s+(?:ablaze|on\s+fire)\b|(?<!to\s)(?:attacked|rocketed|"
                      r"shelled|strafed|fired\s+(?:on|at))(?=\s+" + ONE_HULL + HULL + r"(?!\s+and\s+(?:an?|the|two|three|"
                      r"four|five|six|several|\d+)\s))", re.I)
# The means a ship-attack sentence tells: gold dev14 codes warplanes' hits Air/drone strike, missiles and naval guns
# Shelling, a mine a Remote explosive, and gunboat fire with the weapon unstated Violence against civilians/Attack.
_RIG = re.compile(r"\b" + OIL_SITE + r"\b", re.I)
# Small craft and irregulars fire guns, not shells: their attack is Violence against civilians/Attack.
_IRREGULAR = re.compile(r"\b(?:gunboats?|speedboats?|boats?|pirates|gunmen|militants|guerrillas|rebels)\b", re.I)
_SEA_MINE = re.compile(r"\b(?:mines?|minefields?)\b", re.I)
_SEA_SHELL = re.compile(r"\b(?:missiles?|rockets?|shells?|shelling|artillery|Exocets?|Silkworms?)\b", re.I)
# Warships as the doer: the subject right before the act ("two destroyers shelled the rig") or its "by" agent.
_WARSHIP = r"(?:warships?|destroyers?|frigates?|cruisers?|battleships?)"
_GUNS_BEFORE = re.compile(_WARSHIP + r"(?:\s+\w+ly)?\s+$", re.I)
# The active form's object ("attacked an offshore oil platform"): the hull the match looked ahead to.
_OBJECT_HULL = re.compile(r"\s+" + ONE_HULL + HULL, re.I)
_GUNS_BY = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:[\w’'-]+\s+){0,3}?" + _WARSHIP + r"\b", re.I)


# The PLOVER mode of a ship attack by the type `ship_coding` gives it, as the other rules of that type set it.
SHIP_MODES: dict[tuple[str | None, str | None], str | None] = {AIR: "aerial", SHELL: "heavy-weapons", IED: "explosives",
                                                                VAC: "firearms"}


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
    if _SEA_SHELL.search(rest) or _SEA_SHELL.search(text, s0, t0):
        return SHELL
    if _IRREGULAR.search(text, s0, s1):
        return VAC  # "attacked by Iranian gunboats near an oil platform": gunfire from small craft or irregulars
    obj = _OBJECT_HULL.match(text, m.end(), s1)
    if _GUNS_BEFORE.search(text, max(s0, t0 - 40), t0) or _GUNS_BY.match(rest) \
            or _RIG.search(m.group(0) + (obj.group(0) if obj else "")):
        return SHELL  # a state's attack on a rig, the means untold, is Shelling (gold dev15: "attack on an oil platform")
    if AIR_CUE.search(text, max(0, s0 - 300), s0):
        # "jets struck a naval target at dawn ... shipping sources said a bulk ship was hit": a ship hit with
        # the means untold, after a raid told with them, is that raid told again (it folds into it).
        return AIR
    return VAC


# "War risk premiums rose after a tanker was attacked": an act told as a market's reason, not as the news.
_AS_REASON = re.compile(r"\bafter\s+(?:[\w’'-]+\s+){0,3}$", re.I)
_BREAK = re.compile(CLAUSE_BREAK, re.I)
_MARKET = re.compile(r"\b(?:prices?|premiums?|rates|crude|futures|markets?|shares|stocks|insurers?|insurance|"
                     r"underwriters)\b", re.I)


def ship_yields(found: list[tuple[Trigger, Rule]], text: str, sentences: list[Any]) -> list[tuple[Trigger, Rule]]:
    """`found` less the ship attacks (SHIP_HIT) that another rule's typed trigger in their clause already codes ("a
    tanker was hit by a roadside bomb", "by missiles fired by a warplane in May") or that a market sentence gives
    as its reason."""
    out = []
    for t, r in found:
        if r.pattern == SHIP_HIT.pattern:
            s = sentences[t.sentence]
            if _AS_REASON.search(text, max(s.start, t.start - 30), t.start) and _MARKET.search(text, s.start, s.end):
                continue
            if any(u.sentence == t.sentence and u.event_type is not None and q.pattern != SHIP_HIT.pattern and not q.weak
                   and t.start - 80 <= u.start <= t.end + 80
                   and not _BREAK.search(text, min(t.end, u.end), max(t.start, u.start)) for u, q in found):
                continue
        out.append((t, r))
    return out


WIRE_RULES: list[Rule] = [
    # "A Liberian-registered tanker came under fire off the Qatari coast", "two supertankers were attacked in the
    # southern Gulf by Iranian gunboats": a ship told hit is an attack (gold dev14), typed by `ship_coding`. No
    # armed word is needed: the attacker is often a country or unnamed ("was attacked and hit at 1715 hours").
    Rule(SHIP_HIT.pattern, VAC, "ASSAULT", "firearms", armed=False,
         anchors="tanker supertanker ship vessel freighter frigate destroyer ferry ferries oil offshore "
                 "drilling gas"),
    # "Iranian forces launched a new offensive against Iraqi troops", "mounted an assault on Iraqi lines": an offensive
    # opened against troops is a battle (gold dev15 codes both sides' accounts of one offensive as one Armed clash).
    # Not a campaign of words ("a propaganda offensive against Western forces"): the target is troops, lines or
    # positions, not bare "forces"; nor one told in a relative clause ("Iran, which launched an offensive ... in
    # January"), the actor's past.
    Rule(r"(?<!which\s)(?<!that\s)(?:launched|mounted|opened|began|started)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
         r"(?:(?!(?:charm|propaganda|legal|diplomatic|marketing|media|PR|political|peace|publicity|sales|"
         r"advertising|verbal)\b)[\w’'-]+\s+){0,3}?(?:offensive|assault|attack|thrust)\s+(?:against|on)(?=\s+(?:the\s+)?"
         r"(?:[\w’'-]+\s+){0,3}?(?:troops|lines|positions|defen[cs]es|army|soldiers|units)\b)",
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
# police riots (ACLED Violent demonstration); it is no armed clash. So do "farmers battled police" and "three students
# were wounded in clashes with police": a crowd that names a side, hurt in the clashes, was that side ("villagers were
# wounded in clashes" may be bystanders, so the passive form takes only such crowds). ("fought" is left out, though
# "residents fought police plans", opposition, still reads as a battle: see test_s30_wire177_crowd_police.)
_SIDE_CROWD = r"protesters|demonstrators|strikers|workers|students|mourners|rioters|marchers"
_CROWD_BEFORE = re.compile(r"\b(?:(?:" + _SIDE_CROWD + r")\s+(?:(?:also|again|later|\w+ly)\s+)?"
                           r"(?:(?:were|had\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|arrested|detained)\s+in\s+)?|"
                           r"(?:youths|crowds?|fans|villagers|residents|farmers|peasants)\s+(?:(?:also|again|later|"
                           r"\w+ly)\s+)?)$", re.I)
_CLASH_POLICE = re.compile(r"(?:clash(?:ed|es)?\s+with|battled?)\s+(?:the\s+)?(?:riot\s+)?"
                           r"(?:police(?:men)?|riot\s+squads?)\b", re.I)
# "battled police with machetes and shotguns": weapons told right after the police are the crowd's; "police armed with
# rifles", "police, who opened fire with rifles" are the police's own. "killing two officers", "leaving one officer
# dead": police dead, told after the verb, make the crowd an armed side too.
_ARMED_AFTER = re.compile(r"\s+with\s+(?:[\w-]+\s+)?(?:guns|rifles|shotguns|firearms|machetes|pistols|grenades|weapons)\b|"
                          r"[^.;]{0,100}?\b(?:killing\s+(?:[\w-]+\s+){0,2}?(?:officers?|policem[ae]n|police)|"
                          r"(?:officers?|policem[ae]n)\s+(?:dead|killed))\b", re.I)
# "villagers were wounded in clashes with police and Maoist rebels": an armed group beside the police is the other side.
_AND_ARMED = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,2}?(?=" + ARMED_CUE.pattern + r")", re.I)
_STATE_FORCE = re.compile(r"(?:police|troops|soldiers?|army|military|forces|security|gendarmes?|carabineros|national\s+"
                          r"guard|servicemen|units?|paratroopers|marines)\b", re.I)


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
    police = _CLASH_POLICE.match(text, t0)
    if police is None:
        return False
    armed = _AND_ARMED.match(text, police.end())
    if armed is not None and _STATE_FORCE.match(text, armed.end()) is None:
        return False  # "clashes with police and gunmen": an armed group is a side
    return (_CROWD_BEFORE.search(text, max(s0, t0 - 40), t0) is not None
            or _PROTEST_LED.search(text, max(s0, t0 - 90), t0) is not None) and \
        _ARMED_NEAR.search(text, max(s0, t0 - 40), t0) is None and _ARMED_AFTER.match(text, police.end()) is None


# Who threw (trigger_rules' throw forms): the words right before the verb, back to a clause opener ("troops fired tear
# gas as youths threw petrol bombs": the youths threw). "and" opens none: "gunmen stormed a bar and threw a firebomb".
_CLAUSE_OPEN = re.compile(r"[,;:(]|\b(?:as|while|when|who|which|that|after|before|because|where|whom|but)\b", re.I)
# An armed group, a named one or a state's force as the thrower: their thrown incendiary is their attack, no mob's.
_ARMED_THROWER = re.compile(r"\b(?:" + _ARMED_PARTY + r"|" + _POLICE + r"|forces)\b", re.I)
_CROWD_THROWER = re.compile(r"\b(?:" + CROWD_NOUNS + r"|" + PROTEST_DOER + r")\b", re.I)
_PROTEST_THROWER = re.compile(r"\b" + PROTEST_DOER + r"\b", re.I)
# The protest as the throw's frame: "during a protest", "at the rally", "amid demonstrations", "in protest at".
_PROTEST_FRAME = re.compile(r"\b(?:during|at|amid|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + PROTEST_EVENT + r"\b",
                            re.I)


def thrower(text: str, s0: int, t0: int) -> str:
    """The words before the throw at t0 that name who threw: at most 50 characters, from the last clause opener."""
    start = max(s0, t0 - 50)
    for m in _CLAUSE_OPEN.finditer(text, start, t0):
        start = m.end()
    return text[start:t0]


def armed_thrower(text: str, s0: int, t0: int) -> bool:
    """An armed party or a force threw at t0 ("gunmen threw a firebomb", "police hurled"), with no crowd after it."""
    doer = thrower(text, s0, t0)
    armed = [m.end() for p in (_ARMED_THROWER, NON_STATE) for m in p.finditer(doer)]
    return bool(armed) and not any(c.start() >= max(armed) for c in _CROWD_THROWER.finditer(doer))


def protest_throw(text: str, s0: int, s1: int, t0: int) -> bool:
    """The throw at t0 is the protest's: protesters threw it, or it is told "during a protest" / "in protest"."""
    return _PROTEST_THROWER.search(thrower(text, s0, t0)) is not None or \
        _PROTEST_FRAME.search(text, s0, s1) is not None
