"""ACLED codings, the Rule record and the pattern fragments the trigger rule tables share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.components.actors import load_lexicon
from eventwire.components.lexicon import (
    COMPASS_POINT,
    DISRUPTED,
    EDGE_BEARING,
    NEAR_VILLAGE,
    PART_COMPASS,
    PROBE_NOUN,
)
from eventwire.geoparsing.matching import demonyms

EXP = "Explosions/Remote violence"
AIR = (EXP, "Air/drone strike")
SHELL = (EXP, "Shelling/artillery/missile attack")
IED = (EXP, "Remote explosive/landmine/IED")
SUICIDE = (EXP, "Suicide bomb")
GRENADE = (EXP, "Grenade")
CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")
DISRUPT = ("Strategic developments", DISRUPTED)
CHEM = (EXP, "Chemical weapon")
SEXUAL = ("Violence against civilians", "Sexual violence")
GOV_REGAINS = ("Battles", "Government regains territory")
NSA_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
TERRITORY = (None, "~territory")  # who took it decides: state forces regain, non-state actors overtake
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
# ISW: "continued to advance in central Mariupol", "advancing within Lysychansk itself": forces moving inside a
# contested town fight for it. Not an advance "in the Bakhmut direction", "in Luhansk and Donetsk oblasts" or "in
# eastern Ukraine" (a heading or a region), nor the noun "advances" ("made advances in" is coded elsewhere). A
# capital then a small letter: all-caps wire copy ("TO ADVANCE IN THE COUNTRY'S DEMOCRATIZATION") has no name cue.
IN_TOWN = (r"(?:(?:" + PART_COMPASS + r"|downtown)\s+)?(?=(?!(?:Ukraine|Donbas|Donbass|Crimea)\b)"
           r"(?-i:[A-Z][a-z])[\w’'-]*\b(?!\s+(?:and\s+[\w’'-]+\s+)?(?:oblasts?|direction|axis|area|region|front)\b))")
ADVANCE_IN = r"(?:advance|advancing|advanced)\s+(?:in|within)\s+" + IN_TOWN
# Ground gained: "established positions", "secured positions", "gained a foothold" (the verbs are GAINED_VERBS). One
# piece for trigger_isw._GAINED_AT, trigger_sense._FOOTHOLD and the checks in triggers, so a verb added here reaches
# the rule, its sense check and its history check alike.
GAINED_VERBS = r"(?:established|secured|gained)"
GAINED_GROUND = GAINED_VERBS + r"\s+(?:positions|a\s+foothold)"
# "advanced to the eastern outskirts of X", "advanced into the northwestern outskirts of A", "advanced on the
# southern outskirts of B": troops reaching a named town's edge fight for it, as "advanced into X" tells. Any bearing
# (EDGE_BEARING); "outskirts" must be told: a bare "advanced to X" can be a heading. Done or going on only: the base
# form is an aim ("plan to advance to the outskirts of X").
ADVANCE_EDGE = (r"(?:advancing|advanced)\s+(?:further\s+)?(?:into|to|on|in|within)\s+(?:the\s+)?"
                r"(?:" + EDGE_BEARING + r"\s+)?outskirts\s+of\s+" + IN_TOWN)
# A trigger that tells ground gained or a town entered ("entered X", "advanced into X", "advanced to the outskirts of
# X", "gained a foothold in X"): the move is a fight, but a toll told with another act of the sentence ("and their
# shelling killed 12", ", killing three civilians") is that act's (assemble.link_casualties, trigger_weak).
GAIN_TRIGGER = re.compile(r"\b(?:entered|advanc\w*\s+(?:further\s+)?(?:into|in|within|to|on)|" + GAINED_GROUND + r")\b",
                          re.I)
DAY_NAME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
            r"August|September|October|November|December)\b")
# "stopped routine fire", "reduced their pace of fire": the verb right before the fire's modifier, maybe with a
# determiner (look-behinds are fixed-width, so one per verb and determiner).
FIRE_NOT_STOPPED = "".join(rf"(?<!{v}\s{d})" for v in ("stopped", "ceased", "halted", "suspended", "paused", "ended",
                                                       "reduced", "decreased", "lowered", "cut", "hold", "held")
                           for d in ("", r"their\s", r"the\s", r"its\s"))
# ISW: "continued to take territory in Mariupol", "continued to capture territory in central Mariupol", "making
# significant progress in Bakhmut": ground gained inside a named town is fought for (gold dev16), whatever the verb of
# gaining ("captured"/"seized" territory is a taking, coded by the territory rule). Not "made no progress", nor ground
# in an oblast or direction (the town lookahead above), nor progress at talks ("made progress in Doha in ceasefire
# talks") or in a task ("in Baghdad on recruitment", "in Kharkiv in demining the city", "toward a deal"); trigger_sense
# wants an armed subject ("the yen gained ground in Tokyo" is no fight).
GAIN_IN = (r"(?:(?:take|takes|took|taken|taking|capture|captures|gain|gains|gained|gaining|seize|seizes)\s+"
           r"(?:[\w-]+\s+)?(?:territory|ground)|(?:make|makes|made|making)\s+(?!no\b|any\b)(?:[\w-]+\s+){0,2}?"
           r"progress)\s+(?:in|within)\s+(?![^.;]*\b(?:talks|negotiat\w*|summit|mediat\w*|deal)\b)" + IN_TOWN
           + r"(?!(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:on\s+(?!(?:the\s+)?\d|" + DAY_NAME
           + r")|towards?\b|in\s+\w+ing\b))")
# One list of armed heads for round 64's subject checks ("Russian troops attacking from X", "units attempting to cross
# the river", "forces ... and entered X"); the police are no fighting side (trigger_sense also drops peacekeepers and
# market or party "forces").
ARMED_HEADS = ("forces", "troops", "units", "elements", "soldiers", "fighters", "servicemen", "detachments")
ARMED_HEAD = r"\b(?:" + "|".join(ARMED_HEADS) + r")\s+"
# Armed or police people by their plural (trigger_weak reads them killed as a side's dead, not civilians).
FORCE_PEOPLE = ("soldiers", "troops", "servicemen", "policemen", "police officers", "gendarmes", "guards", "militiamen")
FORCE_PEOPLE_RE = "|".join(w.replace(" ", r"\s+") for w in FORCE_PEOPLE)
# "Three police officers killed", "policeman was killed": no such word (plural or singular) right before the death.
_FORCE_WORDS = tuple(dict.fromkeys(v.replace(" ", r"\s") for p in FORCE_PEOPLE + ("officers", "police")
                                    for v in (p, p[:-2] + "an" if p.endswith("men") else p.rstrip("s"))))
NOT_FORCE_KILLED = "".join(rf"(?<!{w}\s{x})" for w in _FORCE_WORDS for x in ("", r"was\s", r"were\s"))
AFTER_ARMED = ("(?:" + "|".join(rf"(?<={w}\s)" for w in ARMED_HEADS) + ")"
               + "".join(rf"(?<!police\s{w}\s)" for w in ARMED_HEADS))
# Nobody fought: "advanced into Kherson unopposed", "troops advancing into Goma were greeted with flowers".
# Up to the sentence's end, past a comma ("advanced to X, where residents greeted them"); "without meeting
# resistance", "without firing a shot"; a move after the other side left ("after Russian forces withdrew").
NO_FIGHT = (r"(?![^.;]*\b(?:unopposed|without\s+(?:\w+\s+){0,2}(?:fight|resistance|a\s+shot)|welcomed|greeted|cheered|"
            r"(?:after|as)\s+[^.;]*\b(?:withdrew|retreated|pulled\s+out|had\s+withdrawn|had\s+left|"
            r"melted\s+away))\b)")
# An "and" that opens a verb coordinated with the one before: "... and have entered X", "... and then entered X", "on
# March 30 and quickly entered X" (triggers' troops, assemble_date's day).
AND_VERB = r"\band\s+(?:(?:have|has|had)\s+)?(?:(?:then|also|later|\w+ly)\s+)?"
# A participle clause whose head is an armed noun: "Russian units attacking from Avdiivka to the west gained nothing",
# "a video showed enemy troops advancing into Hranitne": the troops fight at the town, as "attacked"/"advanced into"
# tell (gold dev16). Needs a town right after: not "advancing in the Petrivka direction", nor "attacking on Monday";
# nor police units (a crowd's or the police's moves are no battle; the case is kept, so "Police" counts too).
MOVING_AT = (AFTER_ARMED + r"(?:attacking|advancing|assaulting)" + NO_FIGHT + r"\s+"
           r"(?:into|in|on(?!\s+" + DAY_NAME + r")|near|around|from)\s+(?:the\s+(?:" + PART_COMPASS + r"\s+)?"
           r"(?:outskirts|sector|part|districts?)\s+of\s+)?" + IN_TOWN)
# What makes an "assault" or "attacks" no fight of troops on the ground: fire ("an artillery assault", "Shahed
# attacks"), no arms ("a cyber assault", "a sexual assault"), or the army-only "ground"/"infantry" assault, which is
# taken by the army-only rule (no armed party needed there). Whole words: an "airborne assault" is a ground fight.
NOT_GROUND = (r"(?!(?:artillery|fire|missiles?|rockets?|air|aerial|mortars?|drones?|UAVs?|Shaheds?|cyber|verbal|sexual|"
              r"indecent|ground|infantry)\b)")
# Where an assault was made; not "in order to", "in preparation for", "in an effort to" (a purpose, not a place).
IN_NOT_PURPOSE = r"in(?!\s+(?:order|preparation|an?\s+(?:effort|attempt|bid))\b)"
# ISW: "forces are conducting an offensive toward X", "are still launching assaults near X": the act told as going on
# is made there, as "conducted" tells it done (gold dev: an offensive toward a named town is a clash at that town).
AT_PLACE = r"(?:around|near|on|against|" + IN_NOT_PURPOSE + r"|toward)\b"
# A compass point (lexicon.COMPASS_POINT).
COMPASS = COMPASS_POINT
# ISW's shape "an assault northeast of Bakhmut near Soledar", "assaults within 10km southwest of Avdiivka in the
# direction of Pisky": an act told by its bearing from a town, then at a named village, is made at
# the village (assemble_offset reads the bearing as the village's anchor). A bare bearing ("attacks northwest of Kyiv")
# stays out, and so does a bearing then a thing ("near the T0513 highway", "near positions held by"): the gold labels
# such a town only where no village carries the act. A lookahead: the act's span stops at its noun, so the village,
# not the bearing's town, is its place.
BEARING_NEAR = (r"(?=(?:(?:(?:within|about|approximately|roughly|around|some|nearly)\s+)?\d+\s?(?:kms?|kilomet(?:er|re)s?)\s+)?"
                r"(?:to\s+the\s+)?" + COMPASS + r"\s+of\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?,?\s+"
                + NEAR_VILLAGE + r"\s+(?-i:[A-Z]))")
AT_OR_BEARING = r"(?:" + AT_PLACE + r"|" + BEARING_NEAR + r")"
SD = "Strategic developments"
AGREEMENT = (SD, "Agreement")
ARRESTS = (SD, "Arrests")
CHANGE = (SD, "Change to group/activity")
BASE = (SD, "Headquarters or base established")
LOOTING = (SD, "Looting/property destruction")
TRANSFER = (SD, "Non-violent transfer of territory")
OTHER = (SD, "Other")
RAID = OTHER  # an armed entry with no violence told: ACLED has no raid sub-type short of violence
REF = (None, "~ref")  # "the strikes", "bombarding": takes the type of a nearby strong trigger
STRIKE = (None, "~strike")  # a weak "strikes"/"struck" with nothing typed near: coded by the weapons named
POLITICAL = (None, None)

OPT_ADVERB = r"(?:\s+\w+ly)?"
FEW_WORDS = r"(?:\s+[\w’'-]+){0,3}?"
ARMS_WORDS = r"(?:drones?|missiles?|UAVs?|rockets?|Shaheds?|projectiles?|cruise\s+missiles?|ballistic\s+missiles?)"
# What "target ... with" aims at: names and place nouns ("settlements in Mykolaiv Oblast"), not a side's own assets
# nor people or firms ("sanctions targeted firms supplying Russia with drones", "targeted drivers with drones").
_AIMED_WORD = (r"(?:(?-i:[A-Z0-9][\w’'-]*)|the|and|of|in|near|along|across|around|unspecified|civilian|critical|energy|"
               r"military|industrial|residential|surrounding|settlements?|areas?|infrastructure|positions?|districts?|"
               r"city|towns?|villages?|oblasts?|raions?|regions?|frontline|border|facilities|targets|sites|airfields?|"
               r"bases|depots?|ports?|(?:north|south|east|west)(?:east|west)?(?:ern)?|central)")
AIMED_AT = r"(?!(?:the\s+)?(?:Ukrainian|Russian)\b)(?:" + _AIMED_WORD + r",?\s+){1,8}?"


# What troops try: "efforts to surround the city", "attempts to regain lost positions" (not "to impeach").
_MOVE = (r"(?:\w+\s+)?(?:advance|surround|encircle|envelop|cross|capture|seize|take|storm|break|push|attack|assault|"
         r"regain|retake|enter|reach|breach|infiltrate|penetrate|recapture|restore|dislodge|establish|land|improve|"
         r"gain|hold|cut)\b")
NOT_CIVIL_AIM = r"(?!\s+(?:by\s+(?:\w+\s+){1,3})?to\s+(?!" + _MOVE + r"))"


# A people named in the plural: the gazetteer's demonyms ("Iraqis", "Ukrainians") and a few faiths and groups; not
# any "-is"/"-ans" word, which takes in cities ("Paris", "Tunis", "Memphis").
NATIONALS = "|".join(sorted({w.title() for w in demonyms() if w.endswith("s") and w.isalpha()}
                            | {"Christians", "Sunnis", "Yazidis", "Alawis", "Tutsis", "Fulanis"}, key=lambda w: (-len(w), w)))
# A side of a war as a modifier, the singular half of the same list ("Russian", "Ukrainian"), with the armed groups'
# one-word names from the actor lexicon ("Wagner", "Houthi", "Kadyrovites"), group words ("Chechen", "separatist",
# "rebel") and all-caps sides ("DPR", "LNR"); not "The attacks continued" nor "Cyber attacks continued".
SIDE = "(?:" + "|".join(sorted({w.title() for w in demonyms() if w.isalpha() and not w.endswith("s")}
                               | {a for g in load_lexicon("groups")["groups"] if g.get("sector") not in ("IGO", "NGO")
                                  for a in g["aliases"] if re.fullmatch(r"[A-Z][a-z]+", a)}
                               | {"Chechen", "Kadyrovite", "Kurdish"}, key=lambda w: (-len(w), w))) + \
    r"|(?i:separatist|rebel|militant|insurgent|jihadist|guerrilla|militia|proxy)|[A-Z]{2,5})"
# "neutralized a Russian reconnaissance and sabotage group near Vovchansk", "eliminated two Ukrainian sabotage groups
# within 10km west of Kreminna near Dibrova": a probing group beaten is a fight at the named place (gold dev11b), whoever
# claims it. A named place must follow: "groups near two unspecified settlements", "along the front line" name none, and
# the act would take a speaker's title or another paragraph's town. A bare "sabotage group" needs a side ("a Ukrainian
# sabotage group"), and no police or security-service doer: police breaking up a plot is an arrest, not a fight.
# "destroyed" is a kill by fire when artillery, strikes or aviation did it (the fire rules code those), so not there.
_PROBE_GROUP = (r"(?:(?:sabotage\s+and\s+)?reconnaissance(?:\s+and\s+sabotage)?(?:[-\s]in[-\s]force)?|"
                r"(?-i:" + SIDE + r")\s+sabotage)\s+" + PROBE_NOUN)
_BY_FIRE = r"(?:artillery|aviation|aircraft|air|strikes?|airstrikes?|HIMARS|MLRS|drones?|UAVs?|missiles?|rockets?|mortars?|fire|shelling)"
BEATEN_GROUP = (r"(?<!police\s)(?<!FSB\s)(?<!SBU\s)(?<!service\s)(?<!services\s)(?:neutrali[sz]ed|eliminated|"
                r"(?<!artillery\s)(?<!aviation\s)(?<!strikes\s)(?<!shelled\sand\s)destroyed(?![^.;]*\b" + _BY_FIRE + r"\b))"
                r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _PROBE_GROUP + r"\b"
                r"(?=\s+(?:near|in|around|outside)\s+(?-i:[A-Z])|\s+" + BEARING_NEAR + r")")
# Whom an execution kills: people or a count of them ("a shepherd", "7 men", "19 civilians", "them").
UP_TO = r"(?:(?:at\s+least|as\s+many\s+as|more\s+than|up\s+to|some|about|around|nearly|over|dozens\s+of|scores\s+of)\s+)?"
# Person nouns, singular and plural (shared with the casualty reader).
PERSON_NOUNS = (r"m[ae]n|wom[ae]n|boys?|girls?|children|civilians?|prisoners?|captives?|hostages?|detainees?|shepherds?|"
                r"farmers?|villagers?|residents?|collaborators?|informants?|people|persons?|POWs|soldiers?|servicem[ae]n|"
                r"fighters?|rebels?|militants?|combatants|deserters?|policem[ae]n|officers?|officials?|journalists?|"
                r"activists?|spies|spy|members|youths?|teens?|teenagers?|protesters?")
PEOPLE = r"(?:" + PERSON_NOUNS + r"|(?-i:" + NATIONALS + r")|them|him)\b"


@dataclass(frozen=True)
class Rule:
    """One trigger pattern with its coding; `weak` rules defer to a strong trigger nearby."""

    pattern: str
    coding: tuple[str | None, str | None]
    plover: str | None
    mode: str | None
    weak: bool = False
    fallback: tuple[str | None, str | None] | None = None  # a weak rule's own coding when no strong one is near
    armed: bool | None = None  # needs an armed party in the sentence (None: by coding, see NEEDS_ARMED)
    # Word-initial stems, one of which every match contains: a rule runs only on sentences holding one.
    anchors: str = ""
    headline: bool = False  # only in a document that is one lone headline
    subject: bool = False  # needs the armed or non-state doer before the trigger (or "by" one after a passive)
    line: bool = False  # told along a dash pair of nearby towns right after it, and placed at the pair's first town


def _armed_subject(*more: str) -> str:
    """Lookbehinds for an armed subject right before the verb, not retreating or withdrawing forces."""
    return "(?:" + "|".join(rf"(?<={w}\s)" for w in (
        "forces", "troops", "units", "military", "army", "artillery", "HIMARS", "marines", "brigade", "battalion",
        r"claimed\sit", r"claimed\sthey", *more)) + ")" + "".join(
        rf"(?<!{r}\s{d}{w}\s)" for r in ("retreating", "withdrawing") for d in ("", r"Russian\s", r"Ukrainian\s")
        for w in ("forces", "troops", "units"))


# "Ukrainian forces destroyed", "Special Forces destroyed", "the Command claimed it destroyed" (a side's own claim): an
# armed subject right before the verb, not retreating.
BRIDGE_SUBJECT = _armed_subject()
# A depot told after another target: the same, and strikes ("Ukrainian strikes destroyed a concentration area and
# ammunition depot", gold dev12), not a storm, a fire or forces wrecking their own stores as they leave (review s21 c).
DEPOT_SUBJECT = _armed_subject("strikes")
# The words of one target: a place preposition or a sequencer ends it ("destroyed two tanks near X and later a depot").
TARGET_WORD = r"(?:(?!(?:near|in|at|around|outside|later|then)\b)[\w’'-]+\s+)"


# The rest of a sentence: a full stop ends it only before a capital, a quote or the end of the text.
REST_OF_SENTENCE = r"(?:[^.!?]|\.(?!\s+(?-i:[A-Z])|\s+[\"“]|\s*$))*"

# Drones told in flight; headline.py reads the same words to find this rule's triggers.
IN_FLIGHT = r"(?:drones|UAVs)\s+(?:heading|headed|en\s+route|approaching|flying)"

# A thrown incendiary or stone: the riot rules (trigger_rules) and the checks on who threw (trigger_checks, triggers).
THROW_VERB = r"(?:threw|hurled|throwing|hurling)"
# A protest as an event ("during a protest", "at a rally", "in protest") and its crowd as a doer ("protesters threw").
PROTEST_EVENT = r"(?:protests?|demonstrations?|rall(?:y|ies))"
PROTEST_DOER = r"(?:protesters|protestors|demonstrators|rioters)"
