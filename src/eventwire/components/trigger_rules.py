"""Trigger rules: ACLED codings, the Rule record, the pattern list, and the cue words the rules check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.components.actors import load_lexicon
from eventwire.components.lexicon import DOING, FIGHT_MOD
from eventwire.components.trigger_refs import MISHAP_HEAD
from eventwire.geoparsing.matching import demonyms
from eventwire.model import VIOLENT_TYPES

EXP = "Explosions/Remote violence"
AIR = (EXP, "Air/drone strike")
SHELL = (EXP, "Shelling/artillery/missile attack")
IED = (EXP, "Remote explosive/landmine/IED")
SUICIDE = (EXP, "Suicide bomb")
GRENADE = (EXP, "Grenade")
CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")
DISRUPT = ("Strategic developments", "Disrupted weapons use")
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
_IN_TOWN = (r"(?:(?:central|northern|southern|eastern|western|downtown)\s+)?(?=(?!(?:Ukraine|Donbas|Donbass|Crimea)\b)"
            r"(?-i:[A-Z][a-z])[\w’'-]*\b(?!\s+(?:and\s+[\w’'-]+\s+)?(?:oblasts?|direction|axis|area|region|front)\b))")
_ADVANCE_IN = r"(?:advance|advancing|advanced)\s+(?:in|within)\s+" + _IN_TOWN
_DAY_NAME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
             r"August|September|October|November|December)\b")
# "stopped routine fire", "reduced their pace of fire": the verb right before the fire's modifier, maybe with a
# determiner (look-behinds are fixed-width, so one per verb and determiner).
_FIRE_NOT_STOPPED = "".join(rf"(?<!{v}\s{d})" for v in ("stopped", "ceased", "halted", "suspended", "paused", "ended",
                                                        "reduced", "decreased", "lowered", "cut", "hold", "held")
                            for d in ("", r"their\s", r"the\s", r"its\s"))
# ISW: "continued to take territory in Mariupol", "continued to capture territory in central Mariupol", "making
# significant progress in Bakhmut": ground gained inside a named town is fought for (gold dev16), whatever the verb of
# gaining ("captured"/"seized" territory is a taking, coded by the territory rule). Not "made no progress", nor ground
# in an oblast or direction (the town lookahead above), nor progress at talks ("made progress in Doha in ceasefire
# talks") or in a task ("in Baghdad on recruitment", "in Kharkiv in demining the city", "toward a deal"); trigger_sense
# wants an armed subject ("the yen gained ground in Tokyo" is no fight).
_GAIN_IN = (r"(?:(?:take|takes|took|taken|taking|capture|captures|gain|gains|gained|gaining|seize|seizes)\s+"
            r"(?:[\w-]+\s+)?(?:territory|ground)|(?:make|makes|made|making)\s+(?!no\b|any\b)(?:[\w-]+\s+){0,2}?"
            r"progress)\s+(?:in|within)\s+(?![^.;]*\b(?:talks|negotiat\w*|summit|mediat\w*|deal)\b)" + _IN_TOWN
            + r"(?!(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:on\s+(?!(?:the\s+)?\d|" + _DAY_NAME
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
_NOT_FORCE_KILLED = "".join(rf"(?<!{w}\s{x})" for w in _FORCE_WORDS for x in ("", r"was\s", r"were\s"))
_AFTER_ARMED = ("(?:" + "|".join(rf"(?<={w}\s)" for w in ARMED_HEADS) + ")"
                + "".join(rf"(?<!police\s{w}\s)" for w in ARMED_HEADS))
# Nobody fought: "advanced into Kherson unopposed", "troops advancing into Goma were greeted with flowers".
_NO_FIGHT = r"(?![^.;,]*\b(?:unopposed|without\s+(?:a\s+)?(?:fight|resistance)|welcomed|greeted|cheered)\b)"
# An "and" that opens a verb coordinated with the one before: "... and have entered X", "... and then entered X", "on
# March 30 and quickly entered X" (triggers' troops, assemble_date's day).
AND_VERB = r"\band\s+(?:(?:have|has|had)\s+)?(?:(?:then|also|later|\w+ly)\s+)?"
# A participle clause whose head is an armed noun: "Russian units attacking from Avdiivka to the west gained nothing",
# "a video showed enemy troops advancing into Hranitne": the troops fight at the town, as "attacked"/"advanced into"
# tell (gold dev16). Needs a town right after: not "advancing in the Petrivka direction", nor "attacking on Monday";
# nor police units (a crowd's or the police's moves are no battle; the case is kept, so "Police" counts too).
_MOVING_AT = (_AFTER_ARMED + r"(?:attacking|advancing|assaulting)" + _NO_FIGHT + r"\s+"
              r"(?:into|in|on(?!\s+" + _DAY_NAME + r")|near|around|from)\s+(?:the\s+(?:(?:northern|southern|eastern|"
              r"western|central)\s+)?(?:outskirts|sector|part|districts?)\s+of\s+)?" + _IN_TOWN)
# What makes an "assault" or "attacks" no fight of troops on the ground: fire ("an artillery assault", "Shahed
# attacks"), no arms ("a cyber assault", "a sexual assault"), or the army-only "ground"/"infantry" assault, which is
# taken by the army-only rule (no armed party needed there). Whole words: an "airborne assault" is a ground fight.
_NOT_GROUND = (r"(?!(?:artillery|fire|missiles?|rockets?|air|aerial|mortars?|drones?|UAVs?|Shaheds?|cyber|verbal|sexual|"
               r"indecent|ground|infantry)\b)")
# Where an assault was made; not "in order to", "in preparation for", "in an effort to" (a purpose, not a place).
_IN_PLACE = r"in(?!\s+(?:order|preparation|an?\s+(?:effort|attempt|bid))\b)"
# ISW: "forces are conducting an offensive toward X", "are still launching assaults near X": the act told as going on
# is made there, as "conducted" tells it done (gold dev: an offensive toward a named town is a clash at that town).
_AT_PLACE = r"(?:around|near|on|against|" + _IN_PLACE + r"|toward)\b"
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

_ADV = r"(?:\s+\w+ly)?"
_W = r"(?:\s+[\w’'-]+){0,3}?"
_ARMS = r"(?:drones?|missiles?|UAVs?|rockets?|Shaheds?|projectiles?|cruise\s+missiles?|ballistic\s+missiles?)"
# A compass point: "north", "southeast", "west" (the bearings ISW writes before "of" or as "-ern").
_COMPASS = r"(?:(?:north|south)(?:east|west)?|east|west)"
# What "target ... with" aims at: names and place nouns ("settlements in Mykolaiv Oblast"), not a side's own assets
# nor people or firms ("sanctions targeted firms supplying Russia with drones", "targeted drivers with drones").
_AIMED_WORD = (r"(?:(?-i:[A-Z0-9][\w’'-]*)|the|and|of|in|near|along|across|around|unspecified|civilian|critical|energy|"
               r"military|industrial|residential|surrounding|settlements?|areas?|infrastructure|positions?|districts?|"
               r"city|towns?|villages?|oblasts?|raions?|regions?|frontline|border|facilities|targets|sites|airfields?|"
               r"bases|depots?|ports?|(?:north|south|east|west)(?:east|west)?(?:ern)?|central)")
_AIMED_AT = r"(?!(?:the\s+)?(?:Ukrainian|Russian)\b)(?:" + _AIMED_WORD + r",?\s+){1,8}?"


# What troops try: "efforts to surround the city", "attempts to regain lost positions" (not "to impeach").
_MOVE = (r"(?:\w+\s+)?(?:advance|surround|encircle|envelop|cross|capture|seize|take|storm|break|push|attack|assault|"
         r"regain|retake|enter|reach|breach|infiltrate|penetrate|recapture|restore|dislodge|establish|land|improve|"
         r"gain|hold|cut)\b")
_NOT_CIVIL_AIM = r"(?!\s+(?:by\s+(?:\w+\s+){1,3})?to\s+(?!" + _MOVE + r"))"


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
# Whom an execution kills: people or a count of them ("a shepherd", "7 men", "19 civilians", "them").
_UP_TO = r"(?:(?:at\s+least|as\s+many\s+as|more\s+than|up\s+to|some|about|around|nearly|over|dozens\s+of|scores\s+of)\s+)?"
# Person nouns, singular and plural (shared with the casualty reader).
PERSON_NOUNS = (r"m[ae]n|wom[ae]n|boys?|girls?|children|civilians?|prisoners?|captives?|hostages?|detainees?|shepherds?|"
                r"farmers?|villagers?|residents?|collaborators?|informants?|people|persons?|POWs|soldiers?|servicem[ae]n|"
                r"fighters?|rebels?|militants?|combatants|deserters?|policem[ae]n|officers?|officials?|journalists?|"
                r"activists?|spies|spy|members|youths?|teens?|teenagers?|protesters?")
_PEOPLE = r"(?:" + PERSON_NOUNS + r"|(?-i:" + NATIONALS + r")|them|him)\b"


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


def _armed_subject(*more: str) -> str:
    """Lookbehinds for an armed subject right before the verb, not retreating or withdrawing forces."""
    return "(?:" + "|".join(rf"(?<={w}\s)" for w in (
        "forces", "troops", "units", "military", "army", "artillery", "HIMARS", "marines", "brigade", "battalion",
        r"claimed\sit", r"claimed\sthey", *more)) + ")" + "".join(
        rf"(?<!{r}\s{d}{w}\s)" for r in ("retreating", "withdrawing") for d in ("", r"Russian\s", r"Ukrainian\s")
        for w in ("forces", "troops", "units"))


# "Ukrainian forces destroyed", "Special Forces destroyed", "the Command claimed it destroyed" (a side's own claim): an
# armed subject right before the verb, not retreating.
_BRIDGE_SUBJECT = _armed_subject()
# A depot told after another target: the same, and strikes ("Ukrainian strikes destroyed a concentration area and
# ammunition depot", gold dev12), not a storm, a fire or forces wrecking their own stores as they leave (review s21 c).
_DEPOT_SUBJECT = _armed_subject("strikes")
# The words of one target: a place preposition or a sequencer ends it ("destroyed two tanks near X and later a depot").
_TARGET_WORD = r"(?:(?!(?:near|in|at|around|outside|later|then)\b)[\w’'-]+\s+)"


# The rest of a sentence: a full stop ends it only before a capital, a quote or the end of the text.
REST_OF_SENTENCE = r"(?:[^.!?]|\.(?!\s+(?-i:[A-Z])|\s+[\"“]|\s*$))*"

# Drones told in flight; headline.py reads the same words to find this rule's triggers.
IN_FLIGHT = r"(?:drones|UAVs)\s+(?:heading|headed|en\s+route|approaching|flying)"

RULES: list[Rule] = [
    Rule(r"suicide\s+(?:car\s+)?(?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|vests?)|blew\s+(?:himself|herself|"
         r"themselves)\s+up", SUICIDE, "ASSAULT", "suicide-attack",
         anchors="suicid blew"),
    Rule(r"air\s*-?\s*strikes?|airstrikes?|air\s+raids?(?!\s+(?:sirens?|alerts?|warnings?|shelters?|alarms?))|aerial\s+(?:bombardments?|attacks?|strikes?|bombing)|"
         r"bombing\s+raids?|(?:jets|warplanes|aircraft|helicopters|bombers)\s+(?:bombed|struck|hit|attacked|"
         r"fired\s+on|strafed|raided)|air\s+(?:attacks?|bombardments?|bombings?)|"
         # "air and artillery strikes", "air, mortar, artillery, and rocket strikes": air named in a list of strikes
         r"air(?=(?:\s*,\s*[\w-]+){0,4},?\s+and\s+(?:[\w-]+\s+){0,2}(?:strikes|bombardments?|support)\b)",
         AIR, "ASSAULT", "aerial",
         anchors="air aerial bomb jet warplane helicopter"),
    Rule(r"drone\s+(?:strikes?|attacks?|invasion|raids?|assaults?|incursions?)|drones?" + _ADV +
         r"\s+(?:hit|struck|targeted|attacked|slammed\s+into|crashed\s+into|strikes?|hits?|kill(?:s|ed)?)|(?:kamikaze|loitering|"
         r"attack)\s+drones?|(?:launch(?:es|ed)|sent|used)" + _W + r"\s+(?:\d[\d,]*\s+)?(?:Shahed[\w-]*\s+)?"
         r"(?:attack\s+)?(?:drones|UAVs)", AIR, "ASSAULT", "drone",
         anchors="drone uav"),
    # "40 dead in two massacres committed by the warplanes in Saraqib": a massacre done by aircraft is an air strike.
    # Not ground troops with air support ("by the army with aircraft support"): no link word in the gap.
    Rule(r"massacres?\s+(?:carried\s+out|committed|perpetrated|done)\s+by\s+(?:the\s+)?"
         r"(?:(?!(?:with|and|backed|supported|or)\b)[\w’'-]+\s+){0,2}?"
         r"(?:aircraft|warplanes|war\s+planes|jets|helicopters|air\s+force|planes)\b", AIR, "ASSAULT", "aerial",
         anchors="massacre"),
    # A lone headline "Student killed as Sudan city protests for second week", "Two shot dead during Nairobi protests": a
    # death told with a protest is force used on the crowd (the killer is implied by the protest). Not armed or police
    # people killed ("Two soldiers killed in protests": a clash's dead), a mishap or a clash in the gap ("killed in
    # stampede at rally"), or a non-state killer named ("killed at rally by unknown gunmen"); a bare "shot" is no
    # death (a shooting at a rally is an attack, not force on a crowd).
    Rule(_NOT_FORCE_KILLED + r"(?:killed|shot\s+dead)"
         r"(?=\s+(?:as|during|in|at|amid)\s+(?:(?!" + MISHAP_HEAD.pattern + r"|clash\w*|run-up|fight\w*)[\w’'-]+\s+)"
         r"{0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches)\b(?!\s+by\s+(?!(?:riot\s+)?(?:police|security|"
         r"troops|soldiers|forces|army)\b)))", EXCESSIVE, "PROTEST", "demo", armed=False, headline=True,
         anchors="killed shot"),
    # A lone headline: "<army> tracking approach of <N> drones", "drones heading toward <land>": drones in flight at
    # a land are the strike under way (headline.py drops them when the headline tells them shot down).
    Rule(r"approach(?:ing)?\s+of\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
         r"(?:\d[\d,]*\s+)?(?:drones|UAVs)\b|" + IN_FLIGHT + r"\s+(?:to|toward|towards|for)\b",
         AIR, "ASSAULT", "drone", headline=True, anchors="approach drones uavs"),
    Rule(r"(?:missile|rocket|artillery|mortar|MLRS|tank)\s+(?:strikes?|attacks?|barrages?|fire|shelling|salvos?)|"
         r"shell(?:ing|ed|s)\b(?<!hollow\sshells)|(?:to|and|,)\s+shell\b|with\s+(?:\w+\s+){0,2}?artillery\b|"
         # "with heavy air and artillery support", "ground assaults supported by artillery": the fires an assault leans
         # on are an event of their own (gold README, operations that lean on fires).
         r"artillery\s+support\b|(?:supported|backed)\s+by\s+(?:heavy\s+|massive\s+)?artillery\b|"
         r"(?:missiles?|rockets?|shells)" + _ADV + r"\s+(?:hit|struck|slammed\s+into|"
         r"landed|exploded)|(?:fired|fires|launch(?:es|ed))" + _W + r"\s+[‘“'\"]?(?:\d[\d,]*\s+)?(?:\w+\s+){0,2}?"
         r"(?:missiles|rockets|shells|artillery)|conducted\s+(?:\w+\s+){0,3}strikes|"
         # Headlines: "nearly 20 rockets fired from Rafah", "ballistic missiles fired toward Israel".
         r"(?:missiles|rockets|projectiles)\s+(?:were\s+|being\s+|have\s+been\s+)?(?:fired|launched)\s+"
         r"(?:from|at|toward|towards|into|on|by|across)\b|"
         # "fired six rounds at Enerhodar", "fired several HIMARS rounds at": not rubber or warning rounds.
         r"fired\s+(?!(?:[\w’'-]+\s+){0,2}?(?:rubber|plastic|warning|blank|live)\b)(?:[\w’'-]+\s+){0,3}?rounds\s+"
         r"(?:at|on|into)\b|"
         # ISW: "kept firing on settlements near Sumy City", "fired at Ukrainian positions".
         r"(?:fire|fired|firing)\s+(?:intensively\s+|heavily\s+)?(?:on|at)\s+(?:[\w’'-]+\s+){0,2}?(?:settlements|positions|villages)\b|"
         # ISW: "fired on Tsyrkuny, Derhachi, and Kozacha Lopan", "additionally fired on Zaporizhia, Mykolaiv Oblasts",
         # "fired on the line of contact in ... Oblasts": the places named are the fire's targets. A name standing
         # alone only, and no people ("fired on Palestinians", "on Kurdish protesters", "at US warships": gunfire or
         # no place).
         r"(?:fired|firing|(?<=to\s)fire)\s+(?:intensively\s+|heavily\s+)?(?:on|at)(?=\s+(?:(?!(?:"
         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|Ukrainian|Russian)\b)(?![\w’'-]*(?:ians|ans|ese|ish|is)\b)"
         r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)*(?:\s*[,.;:(]|\s*$|\s+(?:and|or|in|on|near|with|from|as|"
         r"at|to|City|Oblasts?|Raion|district)\b)|the\s+line\s+of\s+contact\b|"
         # "kept firing on the Shevchenkivskyi and Korabelnyi districts of Mykolaiv": a city's districts.
         r"the\s+(?-i:[A-Z])[\w’'-]+(?:\s+and\s+(?-i:[A-Z])[\w’'-]+)?\s+districts?\s+of\s+(?-i:[A-Z])|"
         r"various\s+(?:locations|settlements|areas|targets)\b))|"
         # ISW: "Ukrainian troops destroyed a Russian fuel depot in Nova Kakhovka" (struck from afar), also as the
         # second of two targets by an armed doer ("forces destroyed two strongholds and three ammunition depots in").
         # No "and" among the first form's words: a second target needs the armed doer ("A fire destroyed a barn and a
         # fuel depot" is no strike).
         r"(?:(?:struck|destroyed|blew\s+up)\s+(?:(?:a|an|two|three|four|five|several|\d+)\s+)?(?:(?!and\b)[\w’'-]+\s+){0,3}?|"
         + _DEPOT_SUBJECT + r"(?:(?:likely|reportedly|also|successfully|then)\s+)?(?:struck|destroyed|blew\s+up)\s+"
         r"(?:(?:a|an|two|three|four|five|several|\d+)\s+)?" + _TARGET_WORD + r"{0,3}?and\s+"
         r"(?:(?:a|an|two|three|four|five|several|\d+)\s+)?" + _TARGET_WORD + r"{0,3}?)"
         r"(?:ammunition|ammo|fuel|weapons?)\s+(?:depots?|warehouses?|dumps?|storage\s+(?:sites?|facilit\w+))\b|"
         # ISW: "Ukrainian forces destroyed a Russian pontoon bridge near Darivka": the means unstated, coded as
         # Shelling (gold dev). Only an armed subject right before the verb (floods, protesters, engineers, partisans
         # and air strikes destroy bridges too). Left out: a bridge torn down "to slow" an advance or by retreating
         # forces, a stated means ("with explosives"), "have/having destroyed" (background), "a destroyed bridge" and
         # ALL-CAPS wire copy (MUC: guerrillas "DESTROYED THE BRIDGE" with charges).
         + _BRIDGE_SUBJECT + r"(?:(?:likely|reportedly|also|successfully|then)\s+)?(?-i:destroyed)\s+"
         r"(?:a|the|another|both|two|three|at\s+least\s+one)\s+(?:Russian\s+|Ukrainian\s+)?"
         r"(?:(?:pontoon|railway|rail|road)\s+)?bridges?\b"
         r"(?!" + REST_OF_SENTENCE + r"\b(?:to\s+(?:slow|hinder|prevent|impede|delay|stop|cover)|slowing|"
         r"withdr[ae]w\w*|retreat\w*|with\s+(?:\w+\s+){0,2}?(?:explosives|dynamite|charges|mines))\b)",
         SHELL, "ASSAULT", "heavy-weapons",
         anchors="missile rocket artiller mortar mlrs tank shell conducted fire struck destroy blew"),
    # ISW: "Russian artillery fire attacks on Ukrainian lines in Sumy Oblast": fire attacks are fires, not a
    # ground assault, and fire that supports a ground attack is a second event, as "with artillery support" is (gold
    # README, operations that lean on fires). Not arson ("settlers carried out fire attacks on homes"): "indirect", or
    # a military target.
    Rule(r"(?<![\w-])(?:indirect\s+fire\s+"
         r"attacks?\s+(?:on|against)\b|(?<!indirect\s)fire\s+attacks?\s+(?:on|against)(?=\s+(?:[\w’'-]+\s+){0,2}?"
         r"(?:positions|lines|trenches|strongholds|defen[cs]es|fortifications|troops|forces|units)\b))",
         SHELL, "ASSAULT", "heavy-weapons", armed=True, anchors="fire indirect"),
    # ISW: "kept targeting Odesa and Kherson Oblast with Shahed drones", "targeted the
    # Pavlohrad city district with three Kh-101 missiles": the places aimed at are struck by the weapon named after "with".
    # Not a side's assets ("targeted Ukrainian infrastructure with ten drones"): they name no place and would lend
    # their weapon to a strike told nearby.
    Rule(r"target(?:ed|ing|s)?\s+" + _AIMED_AT + r"with\s+(?:(?!missiles|rockets|artillery|MLRS)[\w’'-]+\s+){0,3}?"
         r"(?:drones|UAVs|Shaheds)\b"
         # "with drones and artillery", "with missiles and drones": the shelling rule's "with ... artillery" takes the
         # span (mixed fires), in either order.
         r"(?!\s+and\s+(?:[\w-]+\s+)?(?:artillery|missiles|rockets|MLRS))",
         AIR, "ASSAULT", "drone", anchors="target"),
    Rule(r"target(?:ed|ing|s)?\s+" + _AIMED_AT + r"with\s+(?:[\w’'-]+\s+){0,3}?(?:missiles|rockets|MLRS|"
         r"artillery|shells)\b(?!\s+(?:strikes|fire|attacks))",
         SHELL, "ASSAULT", "heavy-weapons", anchors="target"),
    # "kept firing on Toretsk and nearby villages", "firing intensively on Ukrainian positions in
    # Pytomnyk": the rule above lists "firing" but its anchor "fire" never gates it. Lower case only: in ALL-CAPS wire
    # copy "BEGAN FIRING AT THEM" is gunfire at people and every word looks like a name (MUC dev).
    Rule(r"(?-i:firing)\s+(?:intensively\s+|heavily\s+)?(?:on|at)\s+(?:(?:[\w’'-]+\s+){0,2}?(?:settlements|positions|"
         r"villages)\b|(?=(?!(?:Ukrainian|Russian)\b)(?-i:[A-Z][a-z])))", SHELL, "ASSAULT", "heavy-weapons",
         anchors="firing"),
    # ISW: "stepped up their fire against Bakhmut, Soledar and nearby villages", "continued
    # routine fire against areas in Kharkiv Oblast": fire as a noun (its modifier tells it), aimed at places. Only the
    # modifiers of a war's routine ("heavy fire in Los Angeles", "drew intense fire in Washington", "turned their fire
    # on" are wildfires and politics), and an armed party. "to fire on/at X" is the rule above's (its guards), so "to"
    # only before "against". Not at people or forces ("indirect fire against Russian forces"), a side ("on Russia"),
    # nor a day ("fire on August 3"), nor "fire against Ukrainian positions" (round 59: told from the firing side).
    # So is fire told along a front or across a named area ("daily indirect fire along the front in
    # Donetsk Oblast", "routine fire in Zaporizhia and Mykolaiv oblasts"; not "in the Kupyansk direction", an axis).
    # Not fire that stops or shrinks ("ceased routine fire", "reduced their pace of fire").
    Rule(r"(?<![\w-])" + _FIRE_NOT_STOPPED + r"(?:(?-i:routine|indirect|(?:pace|rate|volume)\s+of)\s+fire\s+"
         r"(?:against|on|at)|(?-i:to)\s+fire\s+against)(?=\s+(?:(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:areas|"
         r"settlements|villages)\b|(?!(?:Ukrain|Russia)[\w’'-]*|" + _DAY_NAME + r")(?-i:[A-Z][a-z])))|"
         r"(?<![\w-])" + _FIRE_NOT_STOPPED + r"(?-i:routine|indirect|(?:pace|rate|volume)\s+of)\s+fire\s+"
         r"(?:along|across|throughout|in)(?=\s+(?:the\s+(?:line\s+of\s+contact|contact\s+line|front\s*line)\s+"
         r"(?:in|near|around|(?:north|south|east|west)\w*\s+of)\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?"
         r"(?!(?:Ukrain|Russia)[\w’'-]*|" + _DAY_NAME + r")(?-i:[A-Z][a-z]))",
         SHELL, "ASSAULT", "heavy-weapons", armed=True, anchors="fire"),
    Rule(r"(?:roadside|car|truck|parcel|letter|remote[-\s]controlled|time)[-\s]+bombs?|improvised\s+explosive\s+"
         r"devices?|\bIEDs?\b|land\s*mines?|explosive\s+devices?|dynamite\s+(?:attacks?|charges?|sticks?)|"
         r"bombs?\s+(?:exploded|went\s+off|blasts?|attacks?|explosions?)|booby[-\s]trap(?:s|ped)?|"
         r"(?:placed|planted|detonated|set\s+off)\s+(?:a\s+|an\s+)?(?:bomb|explosive|charge|dynamite)|"
         r"car\s+bombings?|bomb\s+attacks?|bombings?\b", IED, "ASSAULT", "explosives",
         anchors="bomb improvised ied land explosive dynamite booby charge"),
    # ISW: "used incendiary munitions to strike Kherson City", "used thermobaric artillery systems against positions
    # near Lyman": such munitions are fired by guns and rocket launchers (weapon unstated: shelling, as gold dev).
    # Only the past or the act told ("used", "using"): "continue to use ... in occupied territories" is a practice.
    Rule(r"(?:used|using)\s+(?:incendiary|thermobaric|cluster|(?:white\s+)?phosphorus)\s+(?:munitions|weapons|rounds|"
         r"shells|ammunition|rockets|artillery(?:\s+systems)?)\s+(?:to\s+(?:strike|shell|hit|target)|against|on)\b",
         SHELL, "ASSAULT", "heavy-weapons", anchors="used using"),
    # ISW: "Partisans blew up a rail line outside Tokmak", "saboteurs blew up the substation": a
    # planted charge (gold README: partisans mining a pipeline is a remote explosive). Troops blowing up their own
    # bridge as they withdraw are left out.
    Rule(r"(?:(?<=partisans\s)|(?<=saboteurs\s))(?:(?:also|reportedly|likely|allegedly|had|have|previously)\s+){0,2}"
         r"(?:blew|blown)\s+up\b",
         IED, "ASSAULT", "explosives", armed=False, anchors="blew blown"),
    Rule(r"(?:hand\s+)?grenades?\s+(?:attacks?|exploded)|(?:threw|hurled|tossed)\s+(?:a\s+)?(?:hand\s+)?grenades?",
         GRENADE, "ASSAULT", "explosives",
         anchors="grenade"),
    # Phrases that only armies use: no armed party need be named ("sources reported fighting near Siversk").
    Rule(r"(?:ground|infantry)\s+(?:attacks?|assaults?)|"
         # "ground and artillery attacks near Pavlivka": a ground fight beside the shelling (like the air twin).
         r"ground(?=\s+and\s+(?:artillery|air|missile|mortar)\s+(?:attacks|assaults|strikes)\b)|repel(?:led|ling|s)?\s+(?:\w+\s+){0,3}?(?:attacks?|assaults?|"
         # "repelled renewed Russian attempts to encircle the town of Lyman": a try at a place, as "attempts" is; not
         # a try at a civil aim ("Parliament repelled efforts to impeach the president" is politics).
         r"offensives?|advances?|(?:attempts?|efforts?)" + _NOT_CIVIL_AIM + r")\b|repuls(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:attacks?|assaults?|attempts?)\b|"
         r"counter-?offensives?\b(?:\s+operations)?|fighting\s+(?:near|around|outside|on\s+the\s+outskirts\s+of)\b|(?:heavy|fierce|intense)\s+"
         r"(?:fighting|battles?|combat)\b|(?:locali[sz]ed|local|positional|sporadic|limited)\s+fighting\b|fighting\s+continued\b|"
         r"fighting\s+(?:rages?|raged|raging|erupted|broke\s+out|intensifie[sd])\b|"
         # "minor fighting is reportedly ongoing in Oleksandrivka", "fighting is occurring in Tsupivka": "occurring" and
         # "taking place" only before a named place ("price fighting is occurring in the car market" is no battle).
         r"fighting\s+(?:is|was|has\s+been|remains|remained)\s+(?:(?:still|reportedly|also)\s+){0,2}(?:ongoing\b|"
         r"(?:occurring|taking\s+place)(?=\s+(?:in\s+areas\s+)?(?:in|near|around|at|on\s+the\s+outskirts\s+of)\s+(?-i:[A-Z])))|"
         r"ongoing\s+fighting\b|"
         # ISW: "Russian forces continued combat in ... near Vysokopillya": fighting told with "continued" before a
         # place word is a fight (not "continued combat readiness", nor "continued fighting over the budget").
         # A named place must follow ("in court", "at the polls", "fighting inflation" are no fight).
         r"continued\s+(?:combat|fighting)(?=\s+(?:(?:in|near|around|along|at)\s+(?:the\s+)?"
         r"(?:" + _COMPASS + r"(?:ern)?\s+|central\s+)?(?-i:[A-Z])|" + _COMPASS + r"\s+(?:and\s+[a-z]+\s+)?of\b))|"
         # ISW: "fighting south of Vuhledar in Pavlivka and Prechystivka".
         r"fighting\s+(?:north|south|east|west)(?:east|west)?\s+of\b|"
         # "three BTGs attacked toward Mykolayiv", "attacked toward Zazymya and Vyshenky": an attack with a heading is
         # troops on the move.
         r"attack(?:ed|s)?\s+(?:toward|towards|in\s+the\s+direction\s+of)\b|"
         # ISW: "failed in an attempt to retake lost positions near Bilohorivka": a try to retake a place
         # is a fight there. A lone "lost position" is left out: it often names only where the try came from.
         r"(?:attempted|attempting|tried|trying)\s+to\s+regain\s+(?:(?:previously|recently|certain|some)\s+)?lost\s+"
         r"positions\b",
         CLASH, "ASSAULT", "firearms", armed=False,
         anchors="ground infantry repel repuls counter fighting heavy fierce intense ongoing attack limited attempt tried trying continued"),
    # "Niger: fighting between the army and the rebels ... spreads to Agadez", "fresh fighting in Beni".
    Rule(r"clash(?:es|ed)?\b|firefights?|gun\s*battles?|fierce\s+fighting|heavy\s+fighting|fighting\s+(?:in|near|"
         r"around|for|between)\b|(?:fresh|renewed)\s+fighting\b|fought\b|skirmish(?:es)?|ground\s+assaults?|(?:attacked|assaulted|stormed)\s+"
         r"(?:\w+\s+){0,3}(?:positions|barracks|outposts?)|counter-?attack(?:s|ed)?|ambush(?:ed|es)?|"
         r"armed\s+confrontations?|battl(?:e|es|ed|ing)\s+(?:[A-Z][\w-]+\s+|(?:\w+\s+)?(?:militants|fighters|rebels|"
         r"troops|forces|insurgents|gunmen)\s+)(?:in|for|near|around)\b|offensive\s+operations?|assaults?\s+(?:on|against)\b|attempt(?:s|ed|ing)?\s+to\s+"
         r"advance\b|(?:attempted|(?:are|is|were|was|been)\s+(?:also\s+|still\s+|reportedly\s+)?attempting|"
         # "losses on enemy units attempting to cross the Inhulets near Davydiv Brid": a participle clause whose
         # head is an armed noun tells the try as done, as "attempted" does; a try to cross (a river, a line) is a fight
         # at the crossing when it was opposed (trigger_sense: an armed subject and a sign of a fight; not a man who
         # drowned crossing the Tisza). Not "forces attempting to encircle X continue to face shortages": an
         # encirclement is a campaign's aim (dev12), so it is left out.
         + _AFTER_ARMED + r"attempting)\s+to\s+"
         r"(?:(?:re)?(?:capture|take|seize|storm)|cross)\b|"
         # ISW: "attempted to assault Blahodatne and Pavlivka", "tried to assault Kreminna", "attempted to attack
         # Dovhenke": forces trying to take a place fight there (gold dev labels such tries as clashes).
         r"(?:attempted|tried|(?:are|is|were|was|been)\s+(?:also\s+|still\s+|reportedly\s+)?(?:attempting|trying))\s+"
         r"to\s+(?:assault|attack)(?=\s+(?-i:[A-Z]))(?!\s+(?:[\w’'-]+\s+){0,4}?with\s+(?:[\w-]+\s+){0,2}?(?:drones?|"
         # "with drones" is a strike, "with infantry" a fight; "tried to attack Israeli communities" or "US warships"
         # is no battle between forces.
         r"missiles?|rockets?|aircraft|air\s*strikes?|artillery|shells?|UAVs?|Shaheds?|mortars?|bombs?)\b)"
         r"(?!\s+(?:[\w’'-]+\s+){0,2}?(?:communities|civilians|villagers|residents|homes|houses|(?:war)?ships?|"
         r"vessels?|tankers?)\b)|broke\s+through\s+(?:\w+\s+){0,2}?(?:defen[cs]es|lines)\b|"
         # ISW: "tried to break Ukrainian defences north and south of Marinka", "tried to push through Ukrainian
         # lines near Dolyna": a try at the defences is a fight there, as "broke through" is.
         r"(?:attempt(?:s|ed|ing)?|tried|trying)\s+to\s+break\s+(?:through\s+)?(?:\w+\s+){0,2}?(?:defen[cs]es|"
         r"defensive\s+lines?|lines?\s+of\s+defen[cs]e)\b|"
         # "Ukrainian troops halted a Russian push east of Kupiansk", "stopped Russian ground attacks
         # near Mayorsk": an attack stopped is an attack repelled ("stopping Russian forces from deserting" is none).
         r"(?:halted|halting|stopped|stopping)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?(?:forces|troops|advances?|"
         r"offensives?|attacks?|assaults?|attempts?)\b(?!\s+from\s+\w+ing\b)|"
         # ISW: "had ”partial success” in Midna Ruda" (a closing curly quote), "troops attempted attacks near X" (a
         # try is an attack made, as "unsuccessful attacks" is).
         r"partial\s+success[”\"’']?\s+(?:in|near|around)\b|made\s+(?!no\b)(?:\w+\s+){0,2}?(?:advances|gains)\s+"
         r"(?:in|near|around|toward|towards|to)\b|"
         # "continued to make limited gains around Bakhmut", "are making incremental advances around Svyatohirsk": gains
         # told as going on are made there, as "made gains in" is; not "gains toward Zaporizhya", a heading.
         r"(?:(?:continued|continue|continues|continuing)\s+(?:to\s+make|making)|(?:are|is|were|was|been)\s+(?:\w+ly\s+)?"
         r"making)\s+(?!no\b)(?:\w+\s+){0,2}?(?:advances|gains)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)\w*\s+of\s+"
         r"(?:the\s+)?[\w-]+(?:\s+City)?\s+)?(?:in|near|around)\b|street\s+fighting\b|urban\s+(?:combat|fighting)\s+(?:in|for|around|near)\b|(?:conducted|launched|continued|attempted|" + DOING + r")\s+(?:" + _NOT_GROUND + FIGHT_MOD + r"\(?\w+\)?\s+){0,2}?(?:ground\s+)?(?:attacks?|assaults|offensives)\s+"
         + _AT_PLACE + r"|unsuccessful(?:ly)?\s+(?:\w+\s+)?(?:attacks?|attacked|assaults?|offensives?)\b|"
         # ISW: "tried but failed to advance around Novoluhanske", "engaged in positional battles near Dementiivka".
         r"tried\s+(?:(?:but|and)\s+failed\s+)?to\s+advance\b|positional\s+battles\b|"
         # ISW: "continued to fight in Soledar", "kept fighting farther west of Horlivka in Zalizne": the
         # verb "fight" with a place told, as "fighting in" is.
         r"(?:continued|continue|continues|began|begun)\s+to\s+fight(?=\s+(?:(?:further|just|heavily|fiercely)\s+)?"
         r"(?:in|near|around|for|(?:north|south|east|west)\w*\s+of)\b)|"
         # "foiled Russian reconnaissance operations in Volodymyrivka", "carried out a failed reconnaissance-in-force
         # operation in Dmytrivka": a probing attack is a fight (gold dev); "conducting aerial reconnaissance" is not.
         r"(?:foiled|repelled|repulsed|defeated|stopped)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:sabotage\s+and\s+)?"
         r"reconnaissance(?:[-\s]in[-\s]force)?\s+(?:operations?|attempts?|attacks?|groups?|platoons?)\b|"
         # "had beaten back a Russian armoured column near Trostianets", "defeated Ukrainian forces in X": a
         # force beaten is a fight lost or won there.
         r"defeated\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:forces?|troops|units?|battalions?|columns?)\b|"
         r"(?:conducted|launched|carried\s+out)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?reconnaissance[-\s]in[-\s]force\b|"
         r"reconnaissance[-\s]in[-\s]force\s+(?:operations?\s+|attempts?\s+|attacks?\s+)?(?:on|near|in|around)\b|"
         # "Russian units entered the eastern edge of Spirne", "entered Orihove": troops moving into
         # a contested town fight for it (ISW; "entered ... unopposed" is a transfer, coded below).
         # "advanced into Novoluhanske", "advanced into the outskirts of X": moving into a named town is the same.
         r"(?:entered|advanced\s+(?:further\s+)?into)(?=\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?(?:outskirts\s+of\s+|"
         r"city\s+of\s+|downtown\s+)?(?-i:[A-Z]))" + _NO_FIGHT + "|" + _ADVANCE_IN + "|" + _GAIN_IN + "|" + _MOVING_AT,
         CLASH, "ASSAULT", "firearms",
         anchors="clash firefight gun battle fight fought skirmish assault attack storm counter ambush confrontation fresh renewed "
                 "offensive unsuccessful attempt street urban battl broke partial made tried positional entered "
                 "reconnaissance halt stop defeated advanc tak took captur gain seiz mak carr"),
    # ISW: "conducted an assault near Pidhorodne", "made a failed assault toward Dovhenke": one
    # assault at a place, as "conducted assaults near" is; "tried without success to better their tactical positions
    # in Ivano-Darivka": a try to push forward at a place is a fight there, as "repelled attempts to improve tactical
    # positions" is. The armed doer comes before the verb: "a man launched an assault in a bar, police said" is a
    # crime, "the company attempted to improve its tactical positions in Asia" business.
    Rule(r"(?:conducted|launched|continued|attempted|" + DOING + r")\s+an?\s+(?:" + _NOT_GROUND + FIGHT_MOD + r"[\w-]+\s+){0,2}?assault\s+"
         + _AT_PLACE + r"|" + DOING + r"\s+an\s+(?:" + _NOT_GROUND + FIGHT_MOD + r"[\w-]+\s+){0,2}?offensive\s+" + _AT_PLACE
         + r"|(?:attempted|tried)\s+to\s+improve\s+(?:their\s+|its\s+)?tactical\s+positions(?=\s+(?:" + _IN_PLACE
         + r"|near|around|at)\b)",
         CLASH, "ASSAULT", "firearms", subject=True, anchors="conduct launch carr continued attempted tried"),
    # ISW: "Russian units are now clearing Pisky of the last Ukrainian defenders", "reportedly are
    # “clearing” Sviatohirsk", "continued to clear Opytne": troops clearing a named town fight for it. The armed doer
    # comes before the verb; not mines ("demining and clearing Severodonetsk"), nor a side's positions ("clearing
    # Ukrainian strongholds"). Not "cleared": a military bill "cleared Congress" passed a vote. triggers._clears_town
    # also wants a town right after the verb, and no road, day, mines or police (review s20-a D1).
    Rule(r"(?<!demining\sand\s)(?-i:clearing|clear)(?=[”\"’']?\s+(?!(?:Ukrainian|Russian)\b)(?-i:[A-Z][a-z]))",
         CLASH, "ASSAULT", "firearms", subject=True, anchors="clear"),
    Rule(r"massacre(?:d|s)?\b|gunmen\s+(?:opened\s+fire|killed|shot|attacked|murdered)|(?:opened\s+fire|fired|fire|"
         r"fires|shot)\s+(?:on|at)\s+(?:\w+\s+){0,2}(?:civilians|residents|villagers|peasants|worshippers|crowds?|"
         r"aid\s+seekers|people\s+(?:seeking|waiting))|shot\s+dead|"
         r"(?:summarily|extrajudicially)\s+executed|murder(?:ed|s)?\b", VAC, "ASSAULT", "firearms",
         anchors="massacre gunmen opened shot summarily extrajudicially murder fire"),
    Rule(r"assassinat(?:ed|ion|ions|e|es|ing)\b|gunned\s+down|guns?\s+down\b|massacred\b|riddled\s+with\s+bullets|"
         r"shot\s+(?:and\s+killed|to\s+death)", VAC, "ASSAULT", "assassinate", armed=False,
         anchors="assassinat gunned gun massacre riddled shot"),
    # A lone headline: "<girl> shot dead", "<journalist> shot by troops", "<boy> shot in <place>, dies of wounds": a
    # civilian shot is an attack on a civilian even with no doer or toll told, when the shooting is told as violence
    # (a killing or wounding word, a doer, a weapon); not "shot to fame", "shot a film", "shot 45 percent".
    Rule(r"\b(?:school)?(?:girls?|boys?|child|children|teens?|teenagers?|women|woman|baby|babies|toddlers?|"
         r"journalists?|paramedics?|medics?|doctors?|nurses?)\s+(?:(?:is|was|were|are|being|been)\s+)?shot\b"
         r"(?:\s+(?:dead\b|and\s+(?:killed|wounded|injured|hurt)\b|by\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|"
         r"police\w*|gunm[ae]n|settlers|snipers?|forces|army|officers?|assailants|attackers|militants)\b|with\s+(?:"
         r"live\s+|rubber\s+)?(?:bullets|ammunition|rifles?))|(?!\s+(?:down|at|up|to|a|an|the|\d|footage|videos?|"
         r"films?|photos?|pictures?)\b)(?=[^.;]{0,80}?\b(?:killed|dies|died|wounded|injured|critically|bullets?|"
         r"gunfire|snipers?|rifles?)\b))",
         VAC, "ASSAULT", "firearms", armed=False, headline=True, anchors="shot"),
    Rule(r"kidnap(?:s|ped|ping|pings|pers?)?\b|abduct(?:s|ed|ing|ion|ions|ors?)?\b|forcibly\s+disappeared|"
         r"(?:took|taken|take|taking|held|holding|seized)\s+(?:\w+\s+){0,3}?hostages?\b|hostage-taking",
         ABDUCT, "ASSAULT", "abduct", armed=False,
         anchors="kidnap abduct forcibly hostage"),
    Rule(r"rap(?:ed|ing)\b|rapes?\b|gang-?rap\w*|sexual(?:ly)?\s+(?:violence|assault(?:ed|s)?|abused?|"
         r"enslave\w*)", SEXUAL, "ASSAULT", "sexual",
         anchors="rap gang sexual"),
    Rule(r"chemical\s+(?:weapons?\s+)?(?:attacks?|strikes?|munitions|agents?|shells)|(?:sarin|chlorine|mustard|"
         r"toxic|poison)\s+gas\s+(?:attacks?|shells)?|gas\s+attacks?|(?:used|dropped|fired|deployed)\s+"
         r"(?:\w+\s+){0,2}(?:chemical\s+weapons|chloropicrin|sarin|chlorine)", CHEM, "ASSAULT", "chemical",
         anchors="chemical sarin chlor mustard toxic poison gas"),
    Rule(r"(?:bombs?|explosives?|charges?|devices?|dynamite)\s+(?:\w+\s+)?(?:were\s+|was\s+)?(?:detonated|"
         r"exploded|went\s+off)|explosions?\s+of\s+(?:\w+\s+){0,2}(?:bombs?|explosives?|dynamite|charges?)",
         IED, "ASSAULT", "explosives",
         anchors="bomb explosive charge device dynamite explosion"),
    # Territory: state forces taking a place "regain" it, non-state actors "overtake" it (decided below).
    # ISW: "troops have retaken Dvorichna", "made minor advances, recapturing Osokorivka and Dobryanka", "forces
    # reportedly recapturing Shyroke": the perfect and a participle clause tell the retaking too. Not a bare
    # "liberating Crimea" ("the goal of retaking Crimea" is an aim).
    Rule(r"recaptured|retook|regained\s+control\s+of|liberated|took\s+back|recapture\s+of|liberation\s+of|"
         r"(?:(?:(?<=have\s)|(?<=has\s))retaken|(?:(?<=,\s)|(?<=reportedly\s)|(?<=forces\s)|(?<=troops\s))"
         r"(?:recapturing|retaking|liberating))(?=\s+(?-i:[A-Z])|\s+the\s+(?:towns?|city|villages?|settlements?)\s+of\b)",
         TERRITORY, "ASSAULT", "territory",
         anchors="recaptur retook retak regained liberat took"),
    # "Moscow's defence ministry claimed to capture Pervomaiske": a claimed capture of a named place needs no armed word.
    Rule(r"claim(?:ed|s)?\s+to\s+(?:have\s+)?(?:captured?|seized?|taken\s+control\s+of|take\s+control\s+of)(?=\s+[A-Z])",
         TERRITORY, "ASSAULT", "territory", armed=False, anchors="claim"),
    # "claimed to have encircled Ukrainian units in Lysychansk", "have surrounded Avdiivka in a semicircle": a
    # claimed encirclement of a named place is a battle there (README: claims are Armed clash at the named settlement).
    # A name is a capital then a small letter: in ALL-CAPS wire copy ("TROOPS SURROUNDED THE EMBASSY") every word has one.
    Rule(r"(?:encircled|surrounded)(?!\s+(?:by|with)\b)(?=\s+(?:(?:the\s+)?(?:Ukrainian|Russian)\s+)?(?:troops|forces|units|defenders|"
         r"garrison)\s+(?:in|within|near|around|at)\s+(?-i:[A-Z][a-z])|\s+(?!(?:Ukrainian|Russian)\b)(?-i:[A-Z][a-z]))",
         CLASH, "ASSAULT", "firearms",
         armed=True, anchors="encircled surrounded"),
    # "consolidated their recently captured positions": a participle before its noun describes it, it tells no capture.
    Rule(r"(?<!recently\s)(?<!newly\s)(?<!their\s)(?:captured|capturing|seized|seizing|overran|overrun|took\s+(?:full\s+)?"
         r"control\s+of|took\s+over|fell\s+to)"
         r"(?=\s+(?:the\s+|full\s+|control\s+of\s+|most\s+of\s+|parts?\s+of\s+)*(?:[A-Z]|villages?|towns?|"
         r"cit(?:y|ies)|areas?|districts?|settlements?|bases?|airports?|region|province|territory|positions|"
         r"hills?|rebels|militants|insurgents|jihadists))", TERRITORY, "ASSAULT", "territory", armed=True,
         anchors="captur seiz overr took fell"),
    # Headlines tell a capture in the present: "Somali troops retake key town from militants".
    Rule(r"(?:retakes?|recaptures?|captures?|seizes?|overruns?|takes?\s+(?:full\s+)?control\s+of)"
         r"(?=\s+(?:the\s+|key\s+|strategic\s+|coastal\s+|border\s+)*(?:[A-Z]|villages?|towns?|cit(?:y|ies)|areas?|"
         r"districts?|district\s+cent(?:re|er)s?|settlements?|bases?|airports?|region|province|territory|positions))",
         TERRITORY, "ASSAULT", "territory", armed=True, headline=True,
         anchors="retake recapture capture seize overrun take"),
    # Protests and riots; the police's response makes a protest one with intervention or excessive force.
    Rule(r"protesters|protestors|protested\b|(?:mass\s+|street\s+|anti-[\w-]+\s+)?protests?\s+(?:in|against|"
         r"over|erupted|broke\s+out|took\s+place|were\s+held|continued|outside)\b|demonstrators\b|"
         # "a demonstration of combat readiness / of force": a show of arms, not a protest.
         r"demonstrations?\b(?!\s+of\s+(?:\w+\s+)?(?:readiness|force|strength|power|capabilit))|"
         # A market rally ("the futures market rallied", "a rally in bonds") is prices, not people.
         r"(?<!market\s)(?<!markets\s)(?<!futures\s)(?<!stock\s)(?<!stocks\s)(?<!shares\s)(?<!price\s)"
         r"(?<!prices\s)(?<!relief\s)rall(?:y|ies|ied)\s+(?:in|against|outside|on|to|for)\b"
         r"(?!\s+(?:the\s+)?(?:stocks?|shares|bonds|prices|dollar|markets?|oil|gold)\b)|took\s+to\s+the\s+streets|sit-ins?\b|"
         r"marched\s+(?:in|through|to|on|against)\b|staged\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:protest|strike|march)",
         PEACEFUL, "PROTEST", "demo",
         anchors="protest demonstrat rall took sit marched staged"),
    Rule(r"riot(?:s|ers|ing|ed)?\b(?!\s+(?:police|gear|shields|control))|vandali[sz](?:ed|ing)\b|(?:threw|hurled|"
         r"throwing|hurling)\s+(?:\w+\s+)?(?:stones|rocks|molotov\s+cocktails|petrol\s+bombs|firebombs)",
         VIOLENT_DEMO, "PROTEST", "riot",
         anchors="riot vandal threw throwing hurl"),
    Rule(r"mobs?\b|lynch(?:ed|ing|ings)?\b|vigilantes?\b", MOB, "ASSAULT", "mob",
         anchors="mob lynch vigilante"),
    # Strategic developments.
    Rule(r"(?:signed|reached|agreed(?:\s+(?:on|to))?|brokered)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?(?:ceasefire|"
         r"cease-fire|truce|peace\s+(?:deal|agreement|accord)|prisoner\s+exchange\s+deal)", AGREEMENT, "AGREE",
         None,
         anchors="signed reached agreed brokered"),
    Rule(r"arrested\b|detained\b|apprehended\b|taken\s+into\s+custody|(?:made|carried\s+out)\s+(?:\w+\s+)?arrests",
         ARRESTS, "COERCE", "arrest", armed=True,
         anchors="arrest detained apprehended taken"),
    Rule(r"(?:declared|announced|ordered)\s+(?:a\s+|the\s+)?(?:general\s+|partial\s+)?mobili[sz]ation|"
         r"(?:imposed|declared)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:curfew|state\s+of\s+emergency|martial\s+law)|"
         r"(?:formed|founded|created|announced)\s+(?:a\s+)?(?:new\s+)?(?:armed\s+group|militia|coalition\s+of\s+"
         r"\w+\s+groups|brigade|battalion)|pledged\s+allegiance|(?:merged|merger)\s+(?:with|of)\b|"
         r"(?:deployed|redeployed|sent)\s+(?:\w+\s+){0,3}?(?:troops|soldiers|reinforcements)|"
         r"(?:withdrew|pulled\s+out)\s+(?:\w+\s+){0,2}?(?:troops|forces|soldiers)", CHANGE, "MOBILIZE", None,
         anchors="mobili imposed declared formed founded created announced pledged merge deployed redeployed sent withdrew pulled"),
    Rule(r"(?:established|set\s+up|built|opened)\s+(?:a\s+|an\s+|its\s+|their\s+|new\s+)*(?:\w+\s+)?"
         r"(?:military\s+)?(?:base|headquarters|outpost|command\s+post)s?\b", BASE, "MOBILIZE", "base",
         armed=True,
         anchors="established set built opened"),
    Rule(r"loot(?:ed|ing|ers)\b|plunder(?:ed|ing)\b|ransack(?:ed|ing)\b|(?:torched|burned|burnt|set\s+fire\s+to|"
         r"demolished|bulldozed)\s+(?:\w+\s+){0,3}?(?:houses|homes|villages?|shops|buildings|property|vehicles|"
         r"crops|offices|cars|buses)", LOOTING, "ASSAULT", "property", armed=True,
         anchors="loot plunder ransack torched burn set demolished bulldozed"),
    Rule(r"(?:handed\s+over|transferred|ceded)\s+(?:\w+\s+){0,2}?control\s+of|handover\s+of\s+(?:\w+\s+){0,3}?"
         r"(?:territory|town|city|area|region)|(?:entered|took\s+control\s+of|moved\s+into)\s+(?:\w+\s+){0,3}"
         r"(?:unopposed|without\s+(?:a\s+)?(?:fight|resistance))", TRANSFER, "RETREAT", "territory",
         anchors="handed transferred ceded handover entered took moved"),
    Rule(r"mass\s+graves?|(?:found|discovered|uncovered|exhumed)\s+(?:\w+\s+){0,2}?(?:graves?|remains)\b",
         OTHER, None, None,
         anchors="mass found discovered uncovered exhumed"),
    # "Dozens of bodies found at a Khan Younis clinic after army pullout", "UN troops find 8 bodies in
    # Ituri": bodies found where armed men were are the trace of a killing, told as a find (like a mass grave). Only
    # with an armed party: bodies recovered after a flood or a quake are no conflict event.
    Rule(r"(?:bodies|corpses)\s+(?:were\s+|have\s+been\s+|are\s+)?(?:found|discovered|recovered|uncovered|exhumed)\b|"
         r"(?:find|finds|found|discover(?:s|ed)?|recover(?:s|ed)?|uncover(?:s|ed)?|exhume[sd]?)\s+(?:[\w’'-]+\s+){0,2}?"
         r"(?:bodies|corpses)\b",
         OTHER, None, None, armed=True, headline=True,
         anchors="bodies corpses find found discover recover uncover exhume"),
    Rule(r"(?:defused|dismantled|deactivated|disarmed|neutrali[sz]ed)\s+(?:\w+\s+){0,3}?(?:bombs?|explosives?|"
         r"devices?|mines?|IEDs?|charges?)|(?:seized|found|discovered)\s+(?:\w+\s+){0,3}?(?:weapons?|arms)\s+"
         r"(?:caches?|depots?)", DISRUPT, None, None, armed=False,
         anchors="defused dismantled deactivated disarmed neutrali seized found discovered"),
    # Headlines tell it in the present: "Israel shoots down missiles", "air defenses intercept some strikes", "US ships
    # destroy missiles headed for Israel".
    Rule(r"shot\s+down|shoot(?:s|ing)?(?:\s+\w+)?\s+down|intercept(?:ed|ing|ions?|s)?\b|"
         r"(?:downed|neutrali[sz]ed|destroy(?:ed|s)?)\s+"
         r"(?:\d[\d,]*\s+)?(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:\w+\s+){0,2}" + _ARMS,
         DISRUPT, None, None,
         anchors="shot shoot intercept downed neutrali destroy"),
    # "striking Ukrainian positions in Chuhuiv", "hit an unidentified target near Chuhuiv": a side's positions or a
    # target struck is a strike at the place named after it.
    Rule(r"strikes?\b|striking\s+(?=(?:the|a|an)\s)|"
         # "hinders Russian artillery from striking Ukrainian positions": a strike kept from happening is none.
         r"(?<!from\s)striking\s+(?=(?:Ukrainian|Russian|enemy)\s+positions\b)|struck\b|"
         r"hit\s+(?=(?:an?\s+)?(?:[\w-]+\s+)?targets?\s+(?:in|near|around|at)\b|(?:Ukrainian|Russian|enemy)\s+positions\b)|bombard(?:ed|ing|ment|ments)\b|retaliatory\s+strikes?\b", REF,
         "ASSAULT", None, weak=True, fallback=STRIKE, anchors="strik struck bombard retaliatory hit"),
    # "Militants attack army units guarding a new supply route", "rebels attack police in Borno": an attack on
    # armed men is a battle (README: attacks on armed forces are Armed clash). Headlines only: a story's "attack on
    # positions" is a reference to a typed event told nearby. The attacker is an armed party named before the verb,
    # and the target ends the phrase ("Trump attacks police unions", "Editorial attacks troops' conduct" are words).
    Rule(r"attack(?:s|ed)?\s+(?:the\s+|an?\s+)?(?:(?!(?:on|against|by|in|at|near|from|after|of|for|kill\w*|wound\w*|"
         r"injur\w*|leaves?|left|hits?|claim\w*)\b)[\w’'-]+\s+){0,2}?"
         r"(?:forces|troops|soldiers|army|police|militants|fighters|rebels|insurgents|jihadists|positions|checkpoints?|"
         r"patrols?|outposts?|(?:military|police|army)\s+(?:posts?|stations?|bases?|camps?|vehicles?|convoys?))\b"
         r"(?=\s*$|\s*[,;:.!?\-–—(]|\s+(?-i:[A-Z])|\s+(?:in|on|at|near|around|outside|inside|across|along|over|with|after|"
         r"before|as|during|killing|leaving|kills?|and|preparing|guarding|patrolling|stationed|deployed|manning|"
         r"escorting)\b)",
         CLASH, "ASSAULT", "firearms", headline=True, subject=True, anchors="attack"),
    # "IS militants execute a man in Raqqa", "villagers accuse soldiers of executing 12 farmers", "two men
    # were executed by gunmen": a killing of people by an armed party. A state's judicial execution names no armed
    # doer ("Iran executes man convicted of killing police officers"); drills, withdrawals or plans are no people.
    Rule(r"execut(?:e|es|ed|ing)(?=\s+" + _UP_TO + r"(?:(?!(?:to|of|for|in|on|at|near|from|after|over|with|and|against|"
         r"by|into)\b)[\w’'-]+\s+){0,3}?" + _PEOPLE + r")|(?:(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?)?"
         r"executed\b(?=\s+by\b)",
         VAC, "ASSAULT", "firearms", headline=True, subject=True, anchors="execut"),
    Rule(r"attacks?\s+(?:on|against)\b|attacked\b|reprisals?\b", REF, "ASSAULT", None, weak=True, anchors="attack reprisal"),
    # "the attack", "Saturday's terror attack": a reference to an event told nearby; it joins that event
    # and never makes one of its own (see JOIN_ONLY).
    Rule(r"(?:terror(?:ist)?\s+)?attacks?\b", REF, "ASSAULT", None, weak=True, anchors="attack terror"),
    Rule(r"explosions?\b|blasts?\b|detonations?\b|bombed\b|bombs?\b(?!\s+(?:shelters?|threats?|squads?|disposal|"
         r"scares?))", REF, "ASSAULT", "explosives", weak=True, fallback=IED,
         anchors="explosion blast detonation bomb"),
    # "Israeli forces opened fire": a volley is violence told bare.
    Rule(r"kill(?:s|ed|ing)?\b|gunfire\b|shootings?\b|gunshots?\b|opened\s+fire\b", REF, "ASSAULT", "firearms",
         weak=True, fallback=CLASH,
         anchors="kill gunfire shooting gunshot opened"),
    # "investigating aid worker killings", "after killings at Gaza aid site": in a story the plural mostly sums up
    # killings told elsewhere (WikiEvents lost precision with it), in a lone headline it is the report.
    Rule(r"killings\b", REF, "ASSAULT", "firearms", weak=True, fallback=CLASH, anchors="killings", headline=True),
    # "Taliban militants suffer heavy casualties in ... Ghazni", "casualties among the regular forces in Idlib", "heavy
    # casualties inflicted on rebels in Helmand": a lone headline's armed side losing men at a place tells a fight (a
    # story's tallies are left out; with no place below a country it is a tally too, see `country_losses`).
    Rule(r"suffer(?:s|ed)?\s+(?:[\w’'-]+\s+){0,3}?(?:casualties|deaths|losses)\b|(?:casualties|losses)\s+(?:among|for|"
         r"of|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:forces|troops|soldiers|army|militants|militias?|fighters|rebels)\b|"
         r"(?:casualties|losses)\s+inflicted\s+on\b", CLASH, "ASSAULT", "firearms",
         anchors="suffer casualties losses", headline=True),
    # "Army ends deadly raid on Nur Shams camp", "Deadly Raid between Army Troop and Taliban": a raid
    # that killed is violence; a bare raid may be a search or an arrest, so only the deadly one is a trigger.
    Rule(r"(?:deadly|fatal|bloody|lethal)\s+(?:[\w’'-]+\s+)?raids?\b", REF, "ASSAULT", "firearms", weak=True,
         fallback=CLASH, anchors="deadly fatal bloody lethal"),
    # "Soldiers storm a Nablus hospital", "troops raid a clinic in Jenin", "troops launch an incursion into
    # Jenin": an armed entry with no violence told (a police search is left out, see trigger_sense). PLOVER codes a raid COERCE (seize), short of violence, and the gold
    # README codes no violent event for it; the report still gets an event the merger can link across outlets. A
    # counted raid ("50 raids targeting Al-Dameer") is an air raid in reports translated from Arabic.
    Rule(r"(?:storm(?:s|ed|ing)|(?:(?<=forces\s)|(?<=troops\s)|(?<=soldiers\s)|(?<=police\s)|(?<=settlers\s)|"
         r"(?<=IDF\s)|(?<=to\s))storm|(?<![0-9]\s)raid(?:s|ed|ing)?|incursions?)\b(?!\s+(?:sirens?|alerts?|warnings?|shelters?))",
         RAID, "COERCE", "seize", armed=True, headline=True, anchors="storm raid incursion"),
    # Headlines tell a killing as a toll: "1 dead, 20 injured in Bangui", "2 soldiers die in rebel attack".
    Rule(r"dead\b|die[sd]?\b|deaths?\s+of\b", REF, "ASSAULT", "firearms", weak=True, fallback=CLASH,
         anchors="dead die death", headline=True),
    Rule(r"threaten(?:ed|s)?\b", POLITICAL, "THREATEN", "violence",
         anchors="threaten"),
    Rule(r"(?:telephone|phone)\s+(?:call|conversation|talks)|spoke\s+by\s+(?:tele)?phone|chatted\s+with",
         POLITICAL, "CONSULT", "phone",
         anchors="telephone phone spoke chatted"),
    Rule(r"prisoner\s+(?:swaps?|exchanges?)|exchanged\s+prisoners|released\s+(?:\d+\s+)?prisoners",
         POLITICAL, "RETREAT", "release",
         anchors="prisoner exchanged released"),
    Rule(r"called\s+for\s+direct\s+talks|demands?\s+for\b|called\s+for\b|urged\b", POLITICAL, "REQUEST", None,
         anchors="called demand urged"),
    Rule(r"condemned\b|accused\b", POLITICAL, "ACCUSE", None,
         anchors="condemned accused"),
]

JOIN_ONLY = re.compile(r"(?:terror(?:ist)?\s+)?attacks?", re.I)
# "offensive operations in A, B, and C, primarily relying on artillery attacks": the means of a told fight. The fires
# are no trigger of their own; codebook.mixed_fires adds them as a second event (gold README, session 5).
RELYING = re.compile(r"\b(?:relying|relied|rely|relies)\s+(?:primarily\s+|mostly\s+|largely\s+)?on\s+"
                     r"(?:\w+\s+)?(?:artillery|shelling|rockets|MLRS)(?:\s+(?:attacks|strikes|fire|barrages))?\b", re.I)
# Fights, killings and kidnappings are political violence only with armed parties in the sentence
# ("the clash at Anfield", "murder trial" are not); interceptions need something to intercept.
_ARMED = re.compile(r"\b(?:forces|troops|army|armed|soldiers?|servicemen|rebels?|militants?|fighters|guerrillas?|"
                    r"police|carabineros|gendarmes?|national\s+guard\w*|insurgents?|gunmen|military|separatists|units?|militias?|positions|paramilitar\w*|"
                    r"jihadists?|terrorists?|brigades?|battalions?|regiments?|marines|paratroopers|"
                    r"extremists|combatants|commandos|death\s+squads?|cartel|settlers|front\s+line|frontline|shelling|"
                    r"artillery|FMLN|FARC|ELN|Hamas|Hezbollah|Houthis?|ISIS|Taliban|Wagner|IDF|Shining\s+Path)\b",
                    re.I)
_ARMS_CUE = re.compile(r"\b(?:drones?|missiles?|rockets?|UAVs?|projectiles?|Shaheds?|air\s+defen[cs]es?|"
                       r"anti-aircraft|bombs?|shells?)\b", re.I)
NEEDS_ARMED = frozenset({CLASH, VAC, ABDUCT, SEXUAL})
VIOLENT = VIOLENT_TYPES
_NON_STATE = re.compile(r"\b(?:rebels?|militants?|insurgents?|jihadists?|guerrillas?|separatists|militias?|"
                        r"fighters|terrorists?|gunmen|Taliban|Houthis?|Hamas|Hezbollah|ISIS|ISIL|Islamic\s+State|"
                        r"al-Shabaab|Shabaab|M23|RSF|FMLN|FARC|ELN|HTS|SDF|Wagner|JNIM|Boko\s+Haram)\b", re.I)
_STATE = re.compile(r"\b(?:army|troops|forces|military|soldiers|government|regime|police|marines|paratroopers|"
                    r"brigades?|IDF|SAF)\b", re.I)
_CROWD_FORCE = re.compile(r"\b(?:killed|shot\s+dead|live\s+(?:ammunition|fire|rounds)|opened\s+fire|fired\s+on|"
                          r"dead)\b", re.I)
_CROWD_INTERVENE = re.compile(r"\b(?:dispersed|disperse|tear\s*gas|water\s+cannons?|rubber\s+bullets|"
                              r"stun\s+grenades|broke\s+up|arrested|detained|baton[s-]|beat(?:en)?|"
                              r"cracked\s+down|crackdown)\b", re.I)
_CROWD_RIOT = re.compile(r"\b(?:clashed\s+with\s+(?:the\s+)?police|threw\s+stones|torched|set\s+fire|"
                         r"rioters|rioting|looted|vandali[sz]ed|smashed)\b", re.I)
_CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|villagers|peasants|residents|women|children|students|teens?|"
                               r"teenagers?|boys|girls|hostages|captives|detainees|prisoners|aid\s+(?:workers?|seekers)|"
                               r"staffers?|medics|doctors|patients|refugees|family\s+members|"
                               r"journalists?|drivers?|worshippers|farmers|passengers|families|teachers|priests?|"
                               r"leaders?|officials?|mayor|judges?|candidates?|reporters?|persons?|people|"
                               r"employees|workers|citizens|nuns|lawyers|businessm[ae]n|unionists|wife|sons?|"
                               r"daughters?|members\s+of\s+(?:the\s+)?(?!(?:\w+\s+)?(?:army|armed|military|security|"
                               r"police|rebel|guerrilla))\w+)\b", re.I)
# "44 peasants have been killed", "two reporters were killed": the victims told before a passive killing.
_VICTIMS_BEFORE = re.compile(r"\b(?:civilians?|villagers|peasants|residents|women|children|students|reporters?|"
                             r"journalists?|persons?|people|workers|passengers|priests?|nuns|citizens)\s+"
                             r"(?:\w+\s+){0,2}?(?:were|was|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?$", re.I)
_PUBLIC_VICTIM = re.compile(r"\b(?:priests?|jesuits?|judges?|magistrates?|justices?|candidates?|senators?|"
                            r"congress(?:man|men|woman|women)|deput(?:y|ies)|hopefuls?|ideologues?|generals?|colonels?|mayors?|governors?|ministers?|politicians?|"
                            r"journalists?|activists?|missionaries|bishops?|archbishops?|monsignor|msgr|ambassadors?|"
                            r"diplomats?|prosecutors?|trade\s+unionists?|union\s+leaders?|(?:political|party|opposition|"
                            r"community|religious)\s+leaders?)\b", re.I)
_END_PUNCT = tuple(".!?\"”’)…:")
