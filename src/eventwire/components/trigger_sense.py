"""Other senses of violence words in general news: names, figures of speech, labour strikes, hazards, film."""

from __future__ import annotations

import re

from eventwire.components.lexicon import BY_NEXT, PART_COMPASS
from eventwire.components.political_rules import ODD_FOLD
from eventwire.components.trigger_background import UNIT_WORDS
from eventwire.components.trigger_parts import ARMED_HEAD, GAIN_IN, GAINED_GROUND
from eventwire.components.trigger_rules import ARMED_CUE, NON_STATE
from eventwire.pipeline.workdoc import ActorMention, WorkDoc

# Rules by name, so a benchmark can switch one off to weigh it (see benchmarks/false_alarms.py).
DISABLED: set[str] = set()

# "Merrill Lynch", "Marshawn Lynch", "Qatar and Shell in gas deal": a capitalised singular inside a sentence is a
# name; the act is written "lynched", "a lynching", "shelled", "shelling". 1987 wire copy writes the bank "MERRILL
# LYNCH" or "Merrill LYnch", so after "Merrill" any case is the name (a bare caps "VILLAGERS LYNCH TWO" stays the act).
# A ticker may carry its exchange ("Mobil Corp <MOB.N>").
_NAME = re.compile(r"(?:(?<=(?i:merrill)\s)L(?i:ynch)|\b(?:Lynch|Shell))\b(?!\s+(?i:mobs?)\b)|"
                   r"(?<=<)[A-Z]+(?=(?:\.[A-Z]{1,2})?>)")

# "Robinson blasts officials", "Stern Blasts FCC": a named person blasting someone criticises; a blast that kills
# or rocks something is an explosion ("Kabul blasts kill 5", "Twin Blasts Rock Baghdad").
_BLAST_VERB = re.compile(r"\b[A-Z][\w’'-]*\s+[Bb]last(?:s|ed)\s+(?!(?i:kill|rock|hit|shake|rip|tear|wound|injur|leave|"
                         r"left|destroy|damag|target|strike|struck|claim))(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                         r"(?:[A-Z][\w’'-]*|officials|critics|referees?|umpires?|plans?|decision|government|ruling|"
                         r"rivals|fans|media|press|players|board|bosses|management)\b")
_BLAST_NOT_PERSON = re.compile(r"\b(?:the|a|an|bomb|car|truck|suicide|twin|two|three|four|several|multiple|deadly|"
                               r"massive|huge|fresh|new|more|mine|gas|roadside|market|mosque|church|hospital|these|"
                               r"those|both|powerful|big|large|loud|explosive|further)\s+blast", re.I)
# "it is an absolute blast", "has been a blast", "blast off", "a cold blast", "jet blast", "blast of Madonna's",
# "blast a shot through the wall", "blasts an ace": fun, launches, weather, sound and sport.
_BLAST_FIGURE = re.compile(
    r"(?:\b(?:is|was|be|been|being|'s|’s|had|have|has|having)\s+(?:an?\s+)?(?:\w+\s+)?blast\b|"
    r"\bblast(?:s|ed|ing)?\s+off\b|\b(?:cold|jet|icy|arctic|wintry|chilly|hot)\s+blasts?\b|"
    r"\bblast\s+of\s+(?!(?:an?\s+|the\s+)?(?:\w+\s+)?(?:bombs?|explosives?|dynamite|grenades?|mines?|shells?|"
    r"rockets?|missiles?|gas|fire|gunfire|shrapnel|a\s+device))|"
    r"\bblast(?:s|ed|ing)?\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:shot|ace|drive|volley|header|"
    r"free[-\s]kick|penalty|winner|ball|homer|home\s+run|six)\b)", re.I)

# "explosion in consumer technology", "the explosion of viruses", "media explosion", "an explosion in rents", "a
# solar energy explosion": fast growth, not a bang ("energy" is read only before the noun, so a blast at a power
# plant stays one).
_GROWTH = (r"(?:growth|demand|sales|prices?|rents?|activity|interest|use|usage|popularity|technology|viruses|worms|"
           r"spam|printers|numbers|cases|trade|investment|data|traffic|content|colou?rs?|sound|music|media|choice|"
           r"options|start-?ups|apps|websites|blogs|broadband|downloads|creativity|talent|crowds|population|"
           r"spending|lending|credit|debt|jobs|imports|exports|output|supply|gadgets|devices|services|products|"
           r"games|channels|users|subscribers|bond|bonds|Euroyen|e-mail|email|online|gambling|betting|crime)")
# "an explosion of grief", "the explosion of laughter": a feeling bursting out. Read only after a lower-case "of" (no
# one writes "an explosion in anger"), so a venue or nickname ending in a feeling word ("the Rage bar") stays a place.
_FEELING = r"(?:anger|rage|fury|emotions?|joy|laughter|excitement|enthusiasm|frustration|grief|outrage)"
_EXPLOSION_FIGURE = re.compile(
    r"\bexplosions?\s+(?:in|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?" + _GROWTH + r"\b|"
    r"\bexplosions?\s+(?-i:of\s+(?:[a-z-]+\s+)?" + _FEELING + r")\b|"
    r"\b(?:media|traffic|population|data|price|rent|consumer|digital|internet|online|sales|market|baby|"
    r"information|cost|demand|jobs?|credit|housing|technology|broadband|mobile|content|absolute|creative|"
    r"energy|solar)\s+"
    r"explosions?\b", re.I)

# Natural hazards that strike and kill; each list below goes on with its own words.
_STORMS = (r"earthquakes?|quakes?|tremors?|(?:a|the|tropical|winter|severe|dust|snow|ice)\s+storms?|hurricanes?|"
           r"typhoons?|cyclones?|tornado(?:e?s)?|")
# Weather that can kill but is more often the setting of a story ("killed three villagers during heavy rains"), so
# its toll is no attack only when the weather is the killer. Not bare "hail": "a hail of bullets", "villagers hail".
_WEATHER = (r"hail\s*storms?|(?:heavy|large|severe)\s+hail|rainstorms?|windstorms?|gales|"
            r"(?:strong|high|gale-force)\s+winds|(?:heavy|torrential)\s+rains?")

# "A 48-hour strike by aircraft refuellers", "dockers began a nine-day strike": a walkout with a length.
_LABOUR_STRIKE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|24|48|72)[-\s](?:hour|day|week|month)\s+"
    r"(?!armed\b)(?:\w+\s+)?strikes?\b|\bstrikes?\s+by\s+(?:\w+\s+){0,2}?(?:\w+ers|staff|employees|crews?|unions?|"
    r"teachers|nurses|doctors|pilots)\b|\bwalk(?:ed|ing)?\s+out\b|"
    # "strike-bound ships", "strike-breakers": words that tell of a walkout without telling one (a "wildcat strike" is
    # one, so `trigger_refs._GENERAL_STRIKE` makes it a protest). "strike-hit" is so only before an industry
    # ("strike-hit factories"): "the strike-hit building in Dnipro" was hit by an air strike.
    r"\bstrikes?-(?:bound|ridden|breakers?|breaking)\b|"
    r"\bstrikes?-(?:hit|affected|torn)\s+(?:[\w-]+\s+)?(?:factor(?:y|ies)|mills?|mines?|pits?|airlines?|"
    r"industr(?:y|ies)|production|output)\b", re.I)
# "A very strong earthquake which struck", "Double injury blow strikes Wales", "a car ferry struck a pier":
# a hazard, a misfortune or a collision, not an attack.
_HAZARD_STRIKE = re.compile(
    r"\b(?:" + _STORMS + _WEATHER + r"|floods?|lightning|"
    r"tsunamis?|blizzards?|droughts?|disasters?|injury|injuries|blow|crisis|recession|virus|epidemic|illness|"
    r"disease|tragedy|misfortune)\s+(?:\w+\s+){0,3}?(?:struck|strikes|hit)\b|"
    r"\b(?:ferry|ship|vessel|tanker|boat|train|bus|truck|lorry)\s+(?:\w+\s+){0,2}?struck\b|"
    r"\bbird[\s-]?strikes?\b", re.I)  # "misleading news about a bird strike": a bird hit a plane

# "location shooting in Las Vegas", "shooting a film": filming.
_FILMING = re.compile(r"\b(?:location|film|movie|photo|fashion)\s+shoot(?:ing|s)?\b|(?:\b(?:was|were|is|are|been|be|began|"
                      r"started|finished)\s+shooting|\bshoot(?:s|ing)?\s+(?:on\s+)?(?:a|the|his|her|their|its|some|"
                      r"new))\s+(?:\w+\s+)?(?:films?|movies?|scenes?|videos?|series|pilots?|commercials?|documentar\w+|"
                      r"episodes?|footage)\b", re.I)
# "empty shells dropped from his rifle": cartridges, not shelling.
_CARTRIDGES = re.compile(r"\b(?:spent|empty|brass|shotgun|sea|egg|nut|snail|turtle|oyster|clam|taco)\s+shells\b",
                         re.I)
# "the film bombed", "bombed at the box office": a flop (a passive "was bombed." stays a bombing).
_FLOP = re.compile(r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!got\s)(?<!is\s)(?<!are\s)bombed"
                   r"(?=\s*[.,;!]|\s+at\s+the\s+box\s+office|\s+with\s+(?:critics|audiences|viewers))", re.I)
# "smart mobs", "flash mob": crowds gathered by phone.
_CROWD = re.compile(r"\b(?:smart|flash)\s+mobs?\b", re.I)

# "the many landmines still scattered across the region": mines left from a past war, with no blast told.
_LEGACY_MINES = re.compile(r"\b(?:land\s*mines?|unexploded\s+(?:\w+\s+)?(?:ordnance|bombs?|shells?|munitions?))\b", re.I)
_LEGACY_CUE = re.compile(r"\b(?:dotted|scattered|littered|strewn|clear(?:ing|ed|ance)?|remov\w+|demin\w+|"
                         r"number\s+of|millions\s+of|thousands\s+of|left\s*over|legacy|sniffer|detect\w*)\b", re.I)
_HARM = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|died|dead|maim\w*|stepped|explod\w*|blew|blast\w*|"
                   r"detonat\w*|hit|struck)\b", re.I)
# "A strong quake that struck eastern Peru killed two people": the toll of a natural hazard.
_NATURAL = re.compile(r"\b(?:" + _STORMS + r"floods?|flooding|tsunamis?|landslides?|mudslides?|avalanches?|blizzards?|heat\s*waves?)\b",
                      re.I)
_KILLING = re.compile(r"(?:kill|dead|death|died|dies|wound|injur)", re.I)
# "Hailstorms and gales in Gansu killed four": the weather is the subject, nothing armed or a new clause between.
_WEATHER_WORD = re.compile(r"\b(?:" + _WEATHER + r")\b", re.I)
_GAP_BREAK = re.compile(r"[,;:]|\b(?:as|while|when|after|before|but|and|then)\b", re.I)
# "Gales lashed the coast on Sunday, killing five", "... and killed four": the weather's own clause goes on.
_GAP_TAIL = re.compile(r"(?:,|\band)\s*$", re.I)
# "four people were killed by gales", "died in a hailstorm": the weather as the agent of the death.
_WEATHER_AGENT = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:by|in)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:" + _WEATHER +
                            r")\b", re.I)
# "settlers kill 1 Palestinian while storming a village", "killed in an army raid": the raid is the violent event the
# killing codes, not a raid short of violence beside it.
_ENTRY = re.compile(r"storm\w*|raid\w*|incursions?", re.I)
# "Police raid office of newspaper in Nairobi": a search by the police, not an armed act of a party to a conflict.
_POLICE = re.compile(r"\b(?:police|officers|NYPD|LAPD|FBI|agents)\b", re.I)
# "Police find bodies of migrants in a truck": a find by the police is no trace of a conflict.
_BODIES = re.compile(r"\b(?:bodies|corpses)\b", re.I)
# "two men were executed", "executed by gunmen": the doer of a passive act is told after "by" or not at all.
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?\w+ed$", re.I)
_BY_ARMED = re.compile(r"(?:\s+(?!by\b)\S+){0,8}?\s+by\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?[#@]?(?:"
                       + ARMED_CUE.pattern + "|" + NON_STATE.pattern + ")", re.I)
# Armed groups named by a short capitalised form or as "<Name> Organization / Brigades / Militia": "IS executes a
# rebel", "Saraya al-Nasr Organization attacks army posts" (case matters: "is", "group"). Parties are often
# a "Front" or "Movement" ("National Front attacks police"), so those need an armed word in the name ("Moro Islamic
# Liberation Front", "al-Nusra Front", "March 23 Movement").
_ARMED_NAME = re.compile(r"\b(?:IS|ISWAP|Daesh|PKK|YPG|ADF|AQAP|AQIM|al-Qa[ei]da|Al-Qa[ei]da)\b|"
                         r"\b[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+(?:Organi[sz]ation|Brigades?|Militia)\b|"
                         r"\b(?:Liberation|Islamic|Resistance|Nusra|Polisario|Revolutionary|Jihad\w*|Mujahideen|\d+)"
                         r"(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:Front|Movement)\b")
_MILITARY = re.compile(r"\b(?:forces|troops|soldiers|army|military|IDF|militants?|rebels|fighters|settlers|commandos|"
                       r"marines|special\s+forces)\b", re.I)
# "launch deadly West Bank raids": a raid told as deadly is violence, not a raid short of it; "arrest protesters in
# raid of a campus camp": the arrests code the raid.
_FIRE = re.compile(r"\b(?:shot|shoot\w*|gunfire|fired|strikes?|struck|shell\w*|clash\w*|bomb\w*|deadly|fatal|"
                   r"bloody|lethal|arrest\w*|detain\w*)\b", re.I)

# "turning innocent computer users into vigilantes", "encouraging vigilante activity": vigilantes named, no act.
_VIGILANTE = re.compile(r"\bvigilantes?\b(?!.*\b(?:kill\w*|beat\w*|lynch\w*|attack\w*|burn\w*|torch\w*|shot|"
                        r"shoot\w*|murder\w*|wound\w*|injur\w*|hack\w*\s+to\s+death|stab\w*|dead|died)\b)", re.I)

# "a program that launches a denial-of-service attack on a bank", "a fictional chemical attack", "Quarry blasts crack
# homes": an attack on computers, a story's attack, a blast that breaks rock.
_NOT_ARMED = re.compile(r"\b(?:denial[\s-]+of[\s-]+service|DDoS|cyber|phishing|ransomware|malware|spam|virus|worm|"
                        r"fictional|fictitious|imaginary|simulated|mock)[\s-]+(?:[\w-]+\s+)?(?:attacks?|bombings?|"
                        r"explosions?|shootings?)\b|\b(?:mining|quarry(?:ing)?)\s+(?:blast(?:s|ing)?|explosions?)\b", re.I)

# "an explosion during a furnace rebuild destroyed the furnace", "An explosion and fire damaged a grain elevator",
# "A huge explosion in a flax factory killed 45 workers": a blast at works with no weapon or armed party told is an
# industrial accident, not a bomb.
_BANG = re.compile(r"expl\w*|blast\w*|blew", re.I)
# _BANG is for the trigger word; in a sentence the bang words are whole words ("officials explained" is none).
_BANG_WORD = re.compile(r"\b(?:explosions?|exploded|explodes|blasts?|blew\s+up)\b", re.I)
# Doers and arms a pit's blast or toll may be told with: an attack, not an accident ("attackers blew up a coal mine").
# Not "strike" (a disaster strikes) nor "explosives" or "dynamite" (a mine's own tools).
_PIT_ARMED = re.compile(r"\b(?:attackers|assailants|gunmen|bombers?|bombs?|bombing|raiders|kidnappers|armed\s+men|"
                        r"grenades?|rockets?|missiles?|mortars?)\b", re.I)
_WORKS = re.compile(r"\b(?:factory|factories|furnaces?|boilers?|grain\s+elevators?|elevators?|(?:flour\s+|flax\s+)?mills|"
                    r"flour\s+mill|colliery|coal\s+mines?|mine\s+shafts?|refit|rebuild|(?:chemical|fertili[sz]er|"
                    r"processing|petrochemical|steel|cement|bottling|fireworks?)\s+(?:plants?|works|facility)|fireworks?|"
                    r"gas\s+(?:leaks?|cylinders?|mains?|tanks?)|boiler\s+rooms?|welding)\b", re.I)
# The armed parties are NON_STATE and _MILITARY below (not the police or a government, who report accidents too);
# civilians killed are a war's toll ("a blast destroyed a bakery in Bakhmut, killing three civilians").
_WEAPON = re.compile(r"\b(?:bomb\w*|devices?|explosives|dynamite|grenades?|attack\w*|terror\w*|sabot\w*|drones?|"
                     r"missiles?|rockets?|shell(?:s|ed|ing)|strikes?|struck|mortars?|arson\w*|deliberate\w*|planted|"
                     r"civilians?)\b", re.I)

# "A gas blast in a coal pit in western Poland killed 9 workers, the worst disaster to strike the region's mines",
# "five miners were killed in a blast in a coal mine": a pit's blast is an accident even when "strike" is a verb
# there; only an armed party named makes it an attack ("rebels blew up a coal mine").
_PIT = re.compile(r"\b(?:coal\s*mines?|collier(?:y|ies)|coal\s*pits?|miners|mining\s+(?:industry|accidents?|"
                  r"disasters?))\b", re.I)
_PIT_TOLL = re.compile(r"kill\w*|dead|died|injur\w*|wound\w*|trapped", re.I)
_UNARMED_WORD = re.compile(r"attack|bomb|explos|shoot|blast", re.I)
# "Russian troops kept advancing in eastern Vovchansk" is a fight; "Protesters advanced in Tbilisi", "Riot police
# advanced in Nairobi" are a crowd's or the police's moves (ACLED: protests or riots), so an armed party must lead.
# (And "units advancing into X", "attacking from X": the participle clause of round 64.)
# A town's edge reached ("advanced to the eastern outskirts of X") needs the armed party too.
_ADVANCE_IN = re.compile(r"(?:advanc\w*\s+(?:in|within|(?:further\s+)?(?:into|to|on)\s+(?:the\s+)?(?:\w+\s+)?outskirts)|"
                         r"(?:advancing|attacking|assaulting)\s+(?:into|on|near|around|from))\b", re.I)
# Positions or a foothold gained (trigger_isw._GAINED_AT): peacekeepers or the police deploying gain no ground.
_FOOTHOLD = re.compile(r"\b" + GAINED_GROUND + r"\b", re.I)
_ADVANCER = re.compile(r"\b(?:units?|elements|brigades?|battalions?|regiments?|divisions?|grouping)\b", re.I)
# Peacekeepers, the police and market or party "forces" advancing or attacking somewhere fight no one: "UN
# peacekeeping troops advancing into Abyei were welcomed", "Market forces advancing on Wall Street lifted stocks".
_NO_SIDE = re.compile(r"\b(?:police|riot|peacekeeping|peacekeepers|UN|National\s+Guard|market|hardline|conservative|"
                      r"reform|reformist|opposition|political)\s+" + ARMED_HEAD + "$", re.I)
# Ground gained and a try to cross need armed troops as the clause's subject, no more than four words before the verb
# ("Russian forces continued to capture territory in X", "enemy units unsuccessfully attempted to cross", "repelled
# formations that attempted to cross"), not a noun
# governed by "of"/"for"/"with" ("a poll of soldiers"): "Police made progress in Chicago in the murder investigation",
# "A man drowned as he attempted to cross the Tisza to avoid military service" are no fight.
_GAIN = re.compile(GAIN_IN, re.I)
_CROSS = re.compile(r"(?:attempted|attempting)\s+to\s+cross\b", re.I)
_SUBJECT = re.compile(r"(?P<head>" + ARMED_HEAD + r"|\b(?:" + UNIT_WORDS + r"|army|rebels|militants|insurgents|"
                      r"militias)\s+)(?:(?:\w+ly|also|still|again|twice|that|which|who|continued|continue|continues|"
                      r"failed|tried|to|are|is|were|was|have|has|had|been)\s+){0,4}$", re.I)
_GOVERNED = re.compile(r"\b(?:of|for|with)\s+(?:\S+\s+){0,2}$", re.I)
# A crossing is a fight only when it was opposed: "unsuccessfully attempted to cross", "inflicted casualties on units
# attempting to cross", not "troops attempting to cross the border were detained".
_OPPOSED = re.compile(r"\b(?:unsuccessful\w*|fail\w*|repel\w*|repuls\w*|casualties|losses|destroy\w*|under\s+fire|"
                      r"pushed\s+back|halted|stopped|thwart\w*|counterattack\w*|fighting|clash\w*)\b", re.I)


def armed_subject(text: str, s0: int, t0: int) -> bool:
    """Armed troops (not police, peacekeepers or a market) head the clause whose verb starts at t0."""
    m = _SUBJECT.search(text, max(s0, t0 - 70), t0)
    return m is not None and not _NO_SIDE.search(text, max(s0, m.start() - 20), m.end("head")) \
        and not _GOVERNED.search(text, max(s0, m.start() - 30), m.start())


# "US rallies allies against Iran", "rallied support for the bill": the verb gathering backers, not a demonstration.
RALLY_BACKERS = re.compile(r"\brall(?:ies|ied|ying|y)\s+(?:(?:the|its|their|his|her|more|new|western|international)\s+)?"
                           r"(?:allies|support|partners|backers|donors|nations|countries|governments|leaders|world|"
                           r"community|opinion)\b", re.I)
# "oil prices rallied", "Oil rally lifts stocks", "the rally in crude prices", "the dollar's inability to extend that
# rally": a rise of prices or markets when a market word is the rally's own subject or object. A rally "over fuel
# prices" or "in Lagos ... over the price of petrol" is a crowd's, so a cause word or a place breaks the tie.
_MARKET = (r"(?:prices?|shares|stocks?|markets?|dollar|euro|yen|sterling|currency|currencies|bonds?|exports|imports|"
           r"index|indices|equities|futures|crude|oil|gold|copper|bourse|nasdaq|dow|ftse|nikkei)")
_MARKET_SUBJECT = re.compile(rf"\b{_MARKET}(?:['’]s|s['’])?(?:\s+[a-z]+ly)?\s+$", re.I)
_MARKET_OBJECT = re.compile(rf"\s+(?:in|for|of)\s+(?:(?:the|a|an|global|world|crude|oil|share|stock|bond|gold|"
                            rf"value|level|u\.s\.|us)\s+(?:of\s+(?:the\s+)?)?){{0,3}}{_MARKET}\b"
                            r"(?!\s+(?:towns?|city|cities|ports?|region|province|state|hub|capital|belt|fields?|"
                            r"district|villages?|workers|producers|sector|industry)\b)", re.I)
_EXTEND = re.compile(rf"\b{_MARKET}(?:['’]s|s['’])?\s+(?:[a-z]+\s+){{0,3}}?extend\w*\s+(?:that|the|its|this)\s+$",
                     re.I)
_RALLY_WORD = re.compile(r"\brall(?:y|ies|ied|ying)\b", re.I)


def market_rally(text: str, s0: int, s1: int, t0: int, t1: int) -> bool:
    """True when the "rally" at t0..t1 has a market word as its own subject or object: prices rising, no protest."""
    # The trigger may span its article or a word after it ("a rally", "rally for"): tie the market to the word itself.
    if (r := _RALLY_WORD.search(text, t0, t1)) is None:
        return False
    a, b = r.span()
    before = max(s0, a - 60)
    return (_MARKET_SUBJECT.search(text, before, a) is not None or _MARKET_OBJECT.match(text, b, s1) is not None
            or _EXTEND.search(text, before, a) is not None)


# "Russia's demonstrated irresponsibility", "the blackout demonstrated the dangers", "forces have demonstrated an
# ability": "demonstrated" as an adjective, or with an object and a subject that is no crowd, means "showed".
# The subject carries the sense: "Farmers demonstrated their anger outside parliament" and "students demonstrated this
# morning" are protests (session 25 review D3).
_SHOWED_ADJ = re.compile(r"(?:\w['’]s|\b(?:its|their|his|her|our|the|an?))\s+$", re.I)
_SHOWED_OBJ = re.compile(r"\s+(?:the|an?|its|their|his|her|our|that|how|what|this|these|those|some|no|great|clear|"
                         r"strong|\w+['’]s|\w+(?:ility|ness|ism))\b", re.I)
_TIME_AFTER = re.compile(r"\s+(?:(?:this|that|the|each|every|all|one|the\s+(?:whole|same|next|following|entire))\s+"
                         r"(?:\w+\s+)?(?:morning|afternoon|evening|night|day|week|weekend|month)s?|"
                         r"some\s+\d[\d,.]*\s*(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s))\b", re.I)
_CROWD_SUBJECT = re.compile(r"\b(?:people|thousands|hundreds|dozens|scores|crowds?|students|workers|protesters|"
                            r"demonstrators|residents|supporters|farmers|activists|villagers|citizens|women|youths?|"
                            r"teachers|doctors|nurses|employees|pensioners|miners|drivers|mothers|relatives|families|"
                            r"locals|fans|opponents|strikers|marchers)\b(?:\s+[\w’'-]+){0,4}?\s+$", re.I)


def showed(text: str, s0: int, t0: int, t1: int) -> bool:
    """True when the "demonstrated" at t0..t1 means "showed" (an adjective, or an object after no crowd), no protest."""
    if text[t0:t1].lower() != "demonstrated":
        return False
    before = text[max(s0, t0 - 60) : t0]
    if _SHOWED_ADJ.search(before):
        return True
    return _SHOWED_OBJ.match(text, t1) is not None and _TIME_AFTER.match(text, t1) is None \
        and _CROWD_SUBJECT.search(before) is None


_RULES: list[tuple[str, re.Pattern[str], str]] = [
    ("name", _NAME, "a name (Merrill Lynch, Shell), not a lynching or shelling"),
    ("blast", _BLAST_FIGURE, "a blast of fun, weather, sound or sport, not an explosion"),
    ("blast", _BLAST_VERB, "someone blasting (criticising) someone, not an explosion"),
    ("growth", _EXPLOSION_FIGURE, "an explosion of growth, not a bang"),
    ("labour", _LABOUR_STRIKE, "a labour strike (a walkout with a length, by workers, or a strike-bound or strike-hit industry)"),
    ("hazard", _HAZARD_STRIKE, "a hazard, misfortune or collision that struck, not an attack"),
    ("film", _FILMING, "filming, not shooting"),
    ("film", _CARTRIDGES, "shells that are no shelling"),
    ("film", _FLOP, "a flop, not a bombing"),
    ("crowd", _CROWD, "a crowd gathered by phone, not a mob"),
    ("crowd", _VIGILANTE, "vigilantes named, with no act told"),
]


# Words one of which every match of the rule at the same index in _RULES holds (lower-cased): a rule whose words are
# all absent from the sentence cannot match there, so its scan is skipped (most sentences hold none).
_NEEDS: list[tuple[str, ...]] = [
    ("lynch", "shell", ">"), ("blast",), ("blast",), ("explosion",), ("strike", "walk"), ("struck", "strike", "hit"),
    ("shoot",), ("shells",), ("bombed",), ("mob",), ("vigilante",),
]
_last: tuple[str, int, int, str | None, dict[int, list[re.Match[str]]]] = ("", 0, 0, None, {})


def _sentence(text: str, s0: int, s1: int) -> tuple[str | None, dict[int, list[re.Match[str]]]]:
    """The sentence lower-cased for the word gates (None when it holds a character that folds oddly, e.g. the Kelvin
    sign) and its rules' matches so far: a sentence with several triggers is scanned once per rule, not per trigger."""
    global _last
    last = _last  # one read: another thread may replace the cache meanwhile
    if last[0] is text and last[1] == s0 and last[2] == s1:
        return last[3], last[4]
    low = None if ODD_FOLD.search(text, s0, s1) else text[s0:s1].lower()
    found: dict[int, list[re.Match[str]]] = {}
    _last = (text, s0, s1, low, found)
    return low, found


def other_sense(text: str, s0: int, s1: int, t0: int, t1: int) -> str | None:
    """Why the trigger at t0..t1 is a word used in another sense, or None when it may be violence."""
    low, found = _sentence(text, s0, s1)
    for i, ((name, pat, reason), needs) in enumerate(zip(_RULES, _NEEDS, strict=True)):
        if name in DISABLED or (low is not None and not any(w in low for w in needs)):
            continue
        matches = found.get(i)
        if matches is None:
            matches = found[i] = list(pat.finditer(text, s0, s1))
        for m in matches:
            if m.start() < t1 and t0 < m.end():
                if name == "blast" and pat is _BLAST_VERB and _BLAST_NOT_PERSON.search(
                        text, max(s0, m.start() - 20), m.end()):
                    continue
                if name == "name" and m.start() == s0 and m.group(0) == "Shell":
                    continue  # "Shell hits ..." opening a sentence may be the noun
                return reason
    if RALLY_BACKERS.match(text, t0):
        return "rallying allies or support, not a demonstration"
    if market_rally(text, s0, s1, t0, t1):
        return "a rally of prices or markets, not a crowd"
    word = text[t0:t1]
    if "unarmed" not in DISABLED and _UNARMED_WORD.search(word) and any(
            m.start() < t1 and t0 < m.end() for m in _NOT_ARMED.finditer(text, max(s0, t0 - 60), min(s1, t1 + 30))):
        return "an attack on computers, in a story or a mine's blast, not armed violence"
    if "advance" not in DISABLED and _ADVANCE_IN.match(word) and not any(
            p.search(text, s0, t0) for p in (_MILITARY, NON_STATE, _ARMED_NAME, _ADVANCER)):
        return "an advance by a crowd or the police, not by armed forces"
    if "advance" not in DISABLED and (_ADVANCE_IN.match(word) or _FOOTHOLD.search(word)) \
            and _NO_SIDE.search(text, max(s0, t0 - 40), t0):
        return "an advance by peacekeepers, the police or a market, not by a fighting side"
    if "advance" not in DISABLED and (_GAIN.match(text, t0) or _CROSS.search(word)) \
            and not armed_subject(text, s0, t0):
        return "ground gained or a crossing tried with no armed troops as its subject"
    if "advance" not in DISABLED and _CROSS.search(word) and not _OPPOSED.search(text, s0, s1):
        return "a crossing tried with no fight told"
    if "legacy" not in DISABLED and _LEGACY_MINES.search(word) and _LEGACY_CUE.search(text, s0, s1) \
            and not _HARM.search(text, s0, s1):
        return "mines left from a past war, with no blast told"
    if "works" not in DISABLED and _BANG.match(word) and _WORKS.search(text, s0, s1) \
            and not any(p.search(text, s0, s1) for p in (_WEAPON, NON_STATE, _MILITARY, _ARMED_NAME)):
        return "a blast at works with no weapon or armed party told: an industrial accident"
    if "pit" not in DISABLED and (_BANG.match(word) or _PIT_TOLL.match(word) and _BANG_WORD.search(text, s0, s1)) \
            and _PIT.search(text, s0, s1) \
            and not any(p.search(text, s0, s1) for p in (NON_STATE, _MILITARY, _ARMED_NAME, _PIT_ARMED)):
        return "a blast in a coal mine with no armed party told: a mining accident"
    if "hazard" not in DISABLED and _KILLING.match(word) and (_NATURAL.search(text, s0, s1) or _weather_kills(
            text, s0, t0, t1, s1)):
        return "the toll of a natural hazard, not of an attack"
    if "raid" not in DISABLED and _ENTRY.fullmatch(word) and _raid_harm(text, s0, s1):
        return "a raid told with its violence or arrests: those words code it"
    if "raid" not in DISABLED and _ENTRY.fullmatch(word) and _POLICE.search(text, s0, s1) \
            and not _MILITARY.search(text, s0, s1):
        return "a police raid with no harm told: law enforcement, not an armed act"
    if "bodies" not in DISABLED and _BODIES.search(word) and _POLICE.search(text, s0, s1) \
            and not _MILITARY.search(text, s0, s1) and not NON_STATE.search(text, s0, s1):
        return "bodies found by the police: a crime or a mishap, not the trace of armed men"
    return None


# "Troops raid a Kismayo camp as two neighbours condemn shelling": violence that a reaction verb right before it takes
# as its object is what others react to, not harm told of this raid, so it does not code the raid for it. Verb forms
# only ("protesters shot dead" is harm); not "mourn" or "protest", which mostly answer the raid's own harm; not a
# negated verb ("do not condemn shelling").
REACTION_VERBS = (r"condemn(?:s|ed)?|denounc(?:e|es|ed)|decr(?:y|ies|ied)|deplor(?:e|es|ed)|slam(?:s|med)?|"
                  r"critici[sz](?:e|es|ed)")
_REACTED = re.compile(r"(?<!\bnot\s)(?<!n[’']t\s)(?<!never\s)\b(?:" + REACTION_VERBS + r")\s+"
                      r"(?:(?:the|an?|its|their|this|[\w-]+[’']s)\s+)?(?:[\w-]+\s+)?$", re.I)


def _raid_harm(text: str, s0: int, s1: int) -> bool:
    """A word of violence or arrest in the sentence that is not the object of a reaction verb."""
    return any(_REACTED.search(text, max(s0, m.start() - 50), m.start()) is None
               for p in (_HARM, _FIRE) for m in p.finditer(text, s0, s1))


def _weather_kills(text: str, s0: int, t0: int, t1: int, s1: int) -> bool:
    """The weather is the killer at t0..t1: its subject before it, or its "by/in" agent after it."""
    found = list(_WEATHER_WORD.finditer(text, max(s0, t0 - 120), t0))
    if found and t0 - (last := found[-1]).end() <= 50:
        gap = text[last.end() : t0]
        gap = gap[: (tail.start() if (tail := _GAP_TAIL.search(gap)) else len(gap))]
        if not _GAP_BREAK.search(gap) and not any(p.search(gap) for p in (_WEAPON, ARMED_CUE, NON_STATE, _ARMED_NAME)):
            return True
    return _WEATHER_AGENT.match(text, t1, s1) is not None


def armed_doer(text: str, s0: int, t0: int, t1: int, s1: int) -> bool:
    """An armed or non-state party does the act at t0..t1: named before it, or after "by" when it is passive."""
    if _PASSIVE.search(text, max(s0, t0 - 40), t1) or BY_NEXT.match(text, t1, s1):
        return _BY_ARMED.match(text, t1, s1) is not None
    return any(p.search(text, s0, t0) is not None for p in (ARMED_CUE, NON_STATE, _ARMED_NAME))


# "Russia protested the decision", "The foreign ministry has formally protested", "China lodged a strong protest
# against the arrests", "Iran summoned the envoy to protest", "Moscow recalled its ambassador in protest": a state's
# diplomatic protest. ACLED codes no demonstration there, and PLOVER codes the complaint as ACCUSE, not PROTEST.
_OFFICIALS = re.compile(r"\b(?<!-)(?:government|cabinet|ministry|ministries|foreign\s+office|state\s+department|embassy|"
                        r"embassies|consulate|envoys?|ambassadors?|diplomats?|officials|minister|president|premier|"
                        r"prime\s+minister|chancellor|spokes(?:man|woman|person)|authorities|presidency|kremlin)$",
                        re.I)
# A body, not people: "the ministry protested in Moscow" still lodges a complaint where "officials" may march.
_INSTITUTION = re.compile(r"(?i:government|cabinet|ministry|ministries|foreign\s+office|state\s+department|embassy|"
                          r"embassies|consulate|presidency|kremlin)")
# The verb slot between that subject and "protest": "has strongly protested", "lodged a formal protest", "summoned
# the British ambassador on Monday to protest", "recalled its envoy in protest" (adverbs in lower case: not "Italy"),
# after an aside ("Indonesia, with other members of ASEAN, has protested").
_ADVERBS = r"(?:\s*,[^,;]{1,150}?,)?(?:\s+(?:(?i:has|have|had|also|again)|[a-z]+ly))*"
_PROTEST_VERB = re.compile(_ADVERBS + r"\s+$")
_PROTEST_ACT = re.compile(
    _ADVERBS + r"\s+(?i:(?:lodged|filed|registered|issued|sent|made|delivered|submitted|handed)\s+(?:an?|its|their)"
    r"(?:\s+[\w-]+){0,2}?|(?:summoned|recalled|withdrew|called\s+in)\s+[^,;.]{1,80}?\s+(?:to|in))\s+$")
# "Workers at the ministry protested", "supporters of the president protested": the official governs no verb.
_OF_OFFICIAL = re.compile(r"\b(?:of|for|with|against|at|in|outside|near|from|to|by|among)\s+(?:[^\s,;]+\s+){0,3}$", re.I)
# "protested outside the embassy", "protested in the streets", "protested at the town hall", "protested, marching to
# parliament": a crowd's demonstration whoever it is.
_DEMO_AFTER = re.compile(
    r"\s+(?:outside|in\s+front\s+of|through|along|(?:in|on|into)\s+the\s+streets|(?:in|at|near)\s+the\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:square|hall|parliament|headquarters|gates?|offices?|palace|compound|courthouse|plaza)\b(?![’']s))|"
    r"[^.;]{0,60}?(?:,\s*|\s+and\s+)(?:march(?:ed|ing)|chant(?:ed|ing)|waving|(?:carrying|holding)\s+"
    r"(?:up\s+)?(?:placards|banners|signs|flags)|block(?:ed|ing)\s+(?:the\s+)?(?:roads?|streets?|entrances?))\b", re.I)
# "protested in Tbilisi", "protested in central Kyiv": a place told right after the verb.
_IN_PLACE = re.compile(r"\s+(?:in|at|near)\s+(?:(?:" + PART_COMPASS + r"|downtown)\s+)?", re.I)
# "Georgia protests enter second week", "Serbia protests: police detained ...": after a bare state "protests" is a
# noun (a headline's demonstrations) unless an adverb stands before it, or an object ("the", "its") or "to" with a
# name follows it ("Cyprus protests to the UN"; not "Serbia protests this week", "protests to resume").
_VERB_CUE = re.compile(r"\s+(?:(?:the|an?|its|their|his|her)\b|to\s+(?:the\b|[A-Z]))")
# "Georgia protests over Russian law enter second week": a verb of the crowd's own after the noun "protests".
_CROWD_VERB = re.compile(r"[^.;:!?\n]*?\b(?i:enter|continue|spread|grow|grew|erupt|resume|turn|swell|escalate|"
                         r"intensify|rock|sweep|swept|persist|mount|flare|spill|draw|drew|gather)(?:s|e?d)?\b")


# "firms had protested that the SEC was imposing a burden": a firm's "protested that <clause>" tells a complaint;
# "Villagers protested that the dam flooded their farms" stays a crowd's.
_THAT_CLAUSE = re.compile(r"\s+that\s", re.I)
_FIRM = re.compile(r"\b(?:firms?|compan(?:y|ies)|businesses|corporations?|banks?)$", re.I)


def state_protest(doc: WorkDoc, s0: int, t0: int, t1: int) -> bool:
    """The "protest" at t0..t1 is a state's, a ministry's, an embassy's or an official's diplomatic protest."""
    text = doc.text
    word = text[t0:t1].lower()
    if not word.startswith("protest") or word.startswith(("protester", "protestor")) or _DEMO_AFTER.match(text, t1):
        return False
    # "Officials protested in Tbilisi" is a crowd's, not "protested at Kyiv's decision"; a state protesting "in
    # Geneva" or "at Moscow" still lodges a complaint.
    in_place = (p := _IN_PLACE.match(text, t1)) is not None and any(
        x.start == p.end() and not text.startswith(("'s", "’s"), x.end) for x in doc.places)
    lo = max(s0, t0 - 250)
    slots = [_PROTEST_ACT] + ([_PROTEST_VERB] if word.startswith(("protested", "protests")) else [])
    for slot in slots:
        m = slot.search(text, lo, t0)
        if m is None or slot is _PROTEST_VERB and word == "protests" and m.group().isspace() \
                and not _VERB_CUE.match(text, t1) and not _foreign_object(doc, t0, t1):
            continue
        e = m.start()
        heads = [a.start for a in doc.actors if a.end == e and (a.kind in ("state", "organisation")
                                                                or a.kind == "person" and a.sector == "GOV"
                                                                and not in_place)]
        if (o := _OFFICIALS.search(text, max(s0, e - 30), e)) is not None and (
                not in_place or _INSTITUTION.fullmatch(o.group())):
            heads.append(o.start())
        if slot is _PROTEST_VERB and word == "protested" and _THAT_CLAUSE.match(text, t1) and (
                f := _FIRM.search(text, max(s0, e - 30), e)) is not None:
            heads.append(f.start())
        if any(not _OF_OFFICIAL.search(text, max(s0, h - 40), h) for h in heads):
            return True
    return False


def _foreign_object(doc: WorkDoc, t0: int, t1: int) -> bool:
    """Another country's state or demonym starts the object ("Ukraine protests Russian strike"), no crowd verb after."""
    subj = next((a.country_code for a in doc.actors if a.end == t0 - 1), None)
    return any(a.start == t1 + 1 and a.kind in ("state", "demonym") and a.country_code != subj
               for a in doc.actors) and not _CROWD_VERB.match(doc.text, t1)


def state_place(doc: WorkDoc, t0: int, t1: int) -> ActorMention | None:
    """The state right before a demonstration noun ("Georgia protests enter second week"): where the crowd is."""
    if doc.text[t0:t1].lower() not in ("protests", "protest", "rally", "rallies", "demonstrations"):
        return None
    return next((a for a in doc.actors if a.kind == "state" and a.end == t0 - 1 and doc.text[a.end] == " "), None)


# "Israel blocked access ..., demanding", "Kenyan police officers blocked the road demanding bribes", "Residents said
# Russian troops blocked roads": a state, a force or an official doing the blocking is no crowd's protest.
_BLOCK_VERB = re.compile(r"block|barricad", re.I)
_DOER_WORD = re.compile(r"\b(?:police(?:men)?|officers|guards|troops|forces|soldiers|army|military|militants|rebels|"
                        r"fighters|authorities|officials|government|regime|ministry|administration)\b", re.I)
# Where the blocking clause starts: after a report ("Residents said (that)"), a semicolon, or a joined clause.
_BLOCK_CLAUSE = re.compile(r"[;:]|\b(?:and|but|while|whereas|after|before|when|because)\b|"
                           r"\b(?:said|says|told|reported|claimed|alleged)(?:\s+that)?\b", re.I)
# "After police cleared the square, hundreds blocked ...": a leading subordinate clause ends at its comma.
_LEAD_SUB = re.compile(r"\W*(?:after|when|as|before|while|although|though|since|because|once)\b", re.I)
# A doer word that modifies a crowd ("Government workers", "Hamas supporters", "Uber drivers") names no doer.
_CROWD_NEXT = re.compile(r"\s+(?:[\w-]+\s+)?(?:workers|employees|staff|drivers|supporters|sympathi[sz]ers|followers|"
                         r"loyalists|members|pensioners|students|teachers|nurses|doctors|traders|vendors|farmers)\b",
                         re.I)


def crowd_blockade(doc: WorkDoc, s0: int, t0: int, t1: int) -> bool:
    """The blockade at t0..t1 is a crowd's: no state, force, armed group or official is the blocking verb's subject."""
    text = doc.text
    v = _BLOCK_VERB.search(text, t0, t1)
    if v is None:
        return True
    lo = s0
    for m in _BLOCK_CLAUSE.finditer(text, s0, v.start()):
        lo = m.end()
    if _LEAD_SUB.match(text, s0) and (c := text.find(",", s0, v.start())) >= 0:
        lo = max(lo, c + 1)
    heads = [(a.start, a.end) for a in doc.actors if lo <= a.start and a.end <= v.start() and (
        a.kind in ("state", "force", "group", "organisation") or a.kind == "person" and a.sector == "GOV")]
    heads += [m.span() for m in _DOER_WORD.finditer(text, lo, v.start())]
    return all(_OF_OFFICIAL.search(text, max(lo, h - 40), h) or _CROWD_NEXT.match(text, e) for h, e in heads)
