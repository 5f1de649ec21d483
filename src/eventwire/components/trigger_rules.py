"""Trigger rules: the pattern list (its families joined in order) and the cue words the rules check."""

from __future__ import annotations

import re

from eventwire.components.trigger_block import BLOCKADE
from eventwire.components.trigger_parts import (
    ABDUCT,
    AGREEMENT,
    ARMS_WORDS,
    ARRESTS,
    BASE,
    CHANGE,
    CLASH,
    DISRUPT,
    IED,
    LOOTING,
    MOB,
    OTHER,
    PEACEFUL,
    PEOPLE,
    POLITICAL,
    RAID,
    REF,
    SEXUAL,
    STRIKE,
    TERRITORY,
    THROW_VERB,
    TRANSFER,
    UP_TO,
    VAC,
    VIOLENT_DEMO,
    Rule,
)
from eventwire.components.trigger_rules_fire import FIRE_RULES
from eventwire.components.trigger_rules_ground import GROUND_RULES
from eventwire.model import VIOLENT_TYPES

RULES: list[Rule] = [
    *FIRE_RULES,
    *GROUND_RULES,
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
         r"marched\s+(?:in|through|to|on|against)\b|staged\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:protest|strike|march)|"
         # "held a counter-rally nearby", "a counter-protest in Nairobi": the rival crowd's own demonstration
         # (assemble_protest keeps it apart), held or told where it was, as the other nouns; not a bare noun ("the
         # counter-rally was called off", "banned the counter-protest").
         r"(?:held|staged|organi[sz]ed|mounted|joined|attended)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
         r"counter-?(?:protests?|rall(?:y|ies))\b|counter-?(?:protests?|rall(?:y|ies))(?=\s+(?:in|against|outside|"
         r"near|nearby|took\s+place|(?:was|were)\s+held|drew|erupted|broke\s+out)\b)",
         PEACEFUL, "PROTEST", "demo",
         anchors="protest demonstrat rall took sit marched staged counter"),
    # A blockade by demonstrators is a protest (ACLED): a named crowd of people blocking roads ("Farmers on tractors
    # blocked roads", "Taxi drivers barricaded the bridge"), or anyone doing it with a protest aim ("Hundreds blocked
    # the highway in protest at ...", "blocked roads to protest the tax"); not troops or police blocking roads, nor a
    # port or a city blockaded (a siege).
    Rule(BLOCKADE, PEACEFUL, "PROTEST", "obstruct", armed=False, anchors="block barricad"),
    # Stones or Molotov cocktails (plural) thrown are a riot, as before: a violent demonstration even with no protest
    # told (unlike the one incendiary below). Incendiaries an armed party or a force threw are its attack (triggers).
    Rule(r"riot(?:s|ers|ing|ed)?\b(?!\s+(?:police|gear|shields|control))|vandali[sz](?:ed|ing)\b|" + THROW_VERB
         + r"\s+(?:\w+\s+)?(?:stones|rocks|molotov\s+cocktails|petrol\s+bombs|firebombs)",
         VIOLENT_DEMO, "PROTEST", "riot",
         anchors="riot vandal threw throwing hurl"),
    # One incendiary thrown ("an unknown man threw a homemade Molotov cocktail at the recruitment office"), with no
    # protest told, is Riots / Mob violence (gold guide, dev16); trigger_checks.refine makes it a violent
    # demonstration in a protest's frame (protesters threw it, "during a protest", "in protest"). Thrown by an armed
    # party or a force, it does not match (triggers.TriggerFinder.armed_throw): the attack rules code it by its actor,
    # as they do "attacked / set fire to ... with a Molotov cocktail" (militants, troops, gunmen are no rioters).
    Rule(THROW_VERB + r"\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:\w+\s+)?"
         r"(?:molotov\s+cocktail|petrol\s+bomb|firebomb)\b",
         MOB, "ASSAULT", "mob", anchors="threw throwing hurl"),
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
         r"(?:downed|neutrali[sz]ed|destroy(?:ed|s)?)\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?"
         r"(?:\d[\d,]*\s+)?(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:\w+\s+){0,2}" + ARMS_WORDS,
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
    Rule(r"execut(?:e|es|ed|ing)(?=\s+" + UP_TO + r"(?:(?!(?:to|of|for|in|on|at|near|from|after|over|with|and|against|"
         r"by|into)\b)[\w’'-]+\s+){0,3}?" + PEOPLE + r")|(?:(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?)?"
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
    # "Death toll rises to 6 in army raid on Nablus": a toll stated for one named act (a singular raid, strike,
    # attack) is that act's killing; a toll with no act, or of plural attacks, is a tally over time and stays out.
    Rule(r"death\s+toll(?=\s+(?:[\w,’'-]+\s+){0,5}?(?:in|from|after|of)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?"
         r"(?:raid|strike|airstrike|air\s+strike|attack|bombing|shelling|assault|massacre)\b(?!-))", REF, "ASSAULT",
         "firearms", weak=True, fallback=CLASH, anchors="toll", headline=True),
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
ARMED_CUE = re.compile(r"\b(?:forces|troops|army|armed|soldiers?|servicemen|rebels?|militants?|fighters|guerrillas?|"
                       r"police|carabineros|gendarmes?|national\s+guard\w*|insurgents?|gunmen|military|separatists|units?|militias?|positions|paramilitar\w*|"
                       r"jihadists?|terrorists?|brigades?|battalions?|regiments?|marines|paratroopers|"
                       r"extremists|combatants|commandos|death\s+squads?|cartel|settlers|front\s+line|frontline|shelling|"
                       r"artillery|FMLN|FARC|ELN|Hamas|Hezbollah|Houthis?|ISIS|Taliban|Wagner|IDF|Shining\s+Path)\b",
                       re.I)
ARMS_CUE = re.compile(r"\b(?:drones?|missiles?|rockets?|UAVs?|projectiles?|Shaheds?|air\s+defen[cs]es?|"
                      r"anti-aircraft|bombs?|shells?)\b", re.I)
# "shot down 35 of the drones", "intercepted both of them", "destroyed all the missiles": the weapons told before.
POINTS_BACK = re.compile(r"\s+(?:(?:[\w,]+\s+){0,3}?of\s+(?:the|these|those|them)\b|(?:all\s+)?(?:them|it)\b|"
                         r"both\b|all\s+(?:the|these|those)\b)", re.I)
# "Russia launched 30 drones at Odesa": a launch verb with interceptable weapons as its object.
LAUNCHED_WEAPON = r"(?:drones?|missiles?|rockets?|projectiles?|UAVs?|Shaheds?|munitions)\b"
LAUNCH_ARMS = re.compile(r"\b(?:launched|fired|sent|used)\s+(?:[\w,’'-]+\s+){0,5}?" + LAUNCHED_WEAPON, re.I)
# "... and detained 12 residents", "protesters": a later object a "them" would rather point to than the weapons.
_LATER_OBJECT = re.compile(r"\b(?:and|but|then|while)\s+(?:also\s+)?\w+ed\b|\b(?:residents|civilians|people|"
                           r"protesters|detainees|prisoners|migrants|suspects|passengers)\b", re.I)
NEEDS_ARMED = frozenset({CLASH, VAC, ABDUCT, SEXUAL})


def launch_antecedent(text: str, start: int, end: int) -> bool:
    """Whether a sentence's last objects are a launch clause's weapons, which "them" in the next one can point to."""
    m = LAUNCH_ARMS.search(text, start, end)
    if m is None:
        return False
    tail = max([m.end()] + [w.end() for w in ARMS_CUE.finditer(text, m.end(), end)])
    return _LATER_OBJECT.search(text, tail, end) is None
VIOLENT = VIOLENT_TYPES
NON_STATE = re.compile(r"\b(?:rebels?|militants?|insurgents?|jihadists?|guerrillas?|separatists|militias?|"
                       r"fighters|terrorists?|gunmen|Taliban|Houthis?|Hamas|Hezbollah|ISIS|ISIL|Islamic\s+State|"
                       r"al-Shabaab|Shabaab|M23|RSF|FMLN|FARC|ELN|HTS|SDF|Wagner|JNIM|Boko\s+Haram)\b", re.I)
STATE = re.compile(r"\b(?:army|troops|forces|military|soldiers|government|regime|police|marines|paratroopers|"
                   r"brigades?|IDF|SAF)\b", re.I)
CROWD_FORCE = re.compile(r"\b(?:killed|shot\s+dead|live\s+(?:ammunition|fire|rounds)|opened\s+fire|fired\s+on|"
                         r"dead)\b", re.I)
CROWD_INTERVENE = re.compile(r"\b(?:dispersed|disperse|tear\s*gas|water\s+cannons?|rubber\s+bullets|"
                             r"stun\s+grenades|broke\s+up|arrested|detained|baton[s-]|beat(?:en)?|"
                             r"cracked\s+down|crackdown)\b", re.I)
CROWD_RIOT = re.compile(r"\b(?:clashed\s+with\s+(?:the\s+)?police|threw\s+stones|torched|set\s+fire|"
                        r"rioters|rioting|looted|vandali[sz]ed|smashed)\b", re.I)
CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|villagers|peasants|residents|women|children|students|teens?|"
                              r"teenagers?|boys|girls|hostages|captives|detainees|prisoners|aid\s+(?:workers?|seekers)|"
                              r"staffers?|medics|doctors|patients|refugees|family\s+members|"
                              r"journalists?|drivers?|worshippers|farmers|passengers|families|teachers|priests?|"
                              r"leaders?|officials?|mayor|judges?|candidates?|reporters?|persons?|people|"
                              r"employees|workers|citizens|nuns|lawyers|businessm[ae]n|unionists|wife|sons?|"
                              r"daughters?|members\s+of\s+(?:the\s+)?(?!(?:\w+\s+)?(?:army|armed|military|security|"
                              r"police|rebel|guerrilla))\w+)\b", re.I)
# "44 peasants have been killed", "two reporters were killed": the victims told before a passive killing.
VICTIMS_BEFORE = re.compile(r"\b(?:civilians?|villagers|peasants|residents|women|children|students|reporters?|"
                            r"journalists?|persons?|people|workers|passengers|priests?|nuns|citizens)\s+"
                            r"(?:\w+\s+){0,2}?(?:were|was|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?$", re.I)
PUBLIC_VICTIM = re.compile(r"\b(?:priests?|jesuits?|judges?|magistrates?|justices?|candidates?|senators?|"
                           r"congress(?:man|men|woman|women)|deput(?:y|ies)|hopefuls?|ideologues?|generals?|colonels?|mayors?|governors?|ministers?|politicians?|"
                           r"journalists?|activists?|missionaries|bishops?|archbishops?|monsignor|msgr|ambassadors?|"
                           r"diplomats?|prosecutors?|trade\s+unionists?|union\s+leaders?|(?:political|party|opposition|"
                           r"community|religious)\s+leaders?)\b", re.I)
END_PUNCT = tuple(".!?\"”’)…:")
