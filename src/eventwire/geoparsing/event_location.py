"""Choose where an event happened among the places named around its trigger."""

from __future__ import annotations

import re

from eventwire.components.assemble_namesake import _THE_WATER, _WATER_NAME
from eventwire.components.lexicon import (
    ACT_NOUNS,
    BY_DETERMINERS,
    BY_NEXT,
    COUNT_BEFORE,
    LAND_NOUNS,
    LAND_PLURALS,
    PASSIVE_BY,
)
from eventwire.components.sentences import WRAP_LINE, runs_on
from eventwire.geoparsing.event_location_clauses import (
    denied_clause,
    in_aside,
    in_quote,
    later_predicate,
    other_verb,
    whose_clause,
)
from eventwire.geoparsing.event_location_holds import prefer_held
from eventwire.geoparsing.matching import ARTICLES
from eventwire.model import PlaceMention

# Places after these words are where something was said, proposed or held, not where the event happened.
_NOT_HERE = re.compile(
    r"\b(?:talks|negotiations|summit|meeting|conference|speaking|said|says|told|announced|statement|"
    r"visit|visited|embassy|ambassador|envoy|based|headquartered|stationed|held|hosted|meet|met)\s+(?:\w+\s+){0,2}"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "continued shelling frontline settlements including Slatyne, ...": a place named after "settlements (,) including"
# is where the act was, as after "in" (a town of an earlier, denied clause is not). Not when "of", "from" or "to"
# governs the place noun: "residents of villages including" are people who fled, "fired from areas, including" a launch
# area.
_HERE = re.compile(r"\b(?:in|at|near|on|over|outside|around|across|into|of|inside|hit|struck|targeted|targeting|attacked|"
                   r"patrolled|through|(?<!\bof\s)(?<!\bfrom\s)(?<!\bto\s)(?:settlements|villages|towns|areas|localities)\s*,?\s+including)\s+"
                   r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$", re.I)
# "50 km south of Baghdad", "north of Jammu": a reference point for the place named before it.
_REFERENCE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?|from)\s+"
                        r"(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I)
_REFERENCE_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+(?:the\s+)?"
                           r"(?:(?:city|town|capital)\s+of\s+)?$", re.I)
# "toward Pisky (at the northwest edge of X)", "Vodiane (some 9km north of the outskirts of X)": a place in the note a
# list item carries in brackets locates the item; the act is at the item (ISW lists). The reach counts from the
# bracket: the longest note before its place ("about 11km northwest of the southern outskirts of ").
_BRACKET_NOTE = re.compile(r"\b[A-Z][\w’'-]*\s+\([^()]{0,80}$")
_NOTE_REACH = 130  # the window searched: a name of up to 50 characters, its bracket and the note
# "Russia (in a drone strike on X) killed", "(just west of continued fighting in X)": a bracket that tells the act is
# no note, and its place is the act's.
_ACT_IN_NOTE = re.compile(r"\b(?:(?:air\s*)?" + ACT_NOUNS + r"|offensives?)\b", re.I)
# "al-Tijara neighbourhood in central Damascus", "Umm al-Fahm junction in northern Israel": the place after it
# contains the place before it.
_CONTAINER_OF = re.compile(r"\b(?:neighbou?rhood|district|area|village|town|quarter|suburb|camp|junction|crossing|"
                           r"square|street|road|market|countryside)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|"
                           r"central)\w*\s+)?$", re.I)
_SITE_AFTER = re.compile(r"\s+(?:crossing|junction|checkpoint|neighbou?rhood|quarter|refugee\s+camp|camp|market|"
                         r"bridge|square)\b", re.I)
_GLUED_ARTICLE = re.compile(r"\b" + ARTICLES + "-$", re.I)
# "from a hamlet close to the West Bank town of Tubas": where the actor came from, not where he acted.
_ORIGIN = re.compile(r"\b(?:from|to|toward|towards)\s+(?:[\w'-]+\s+){0,7}$", re.I)
# "attempted to assault Soledar", "continued to fight in Soledar": the trigger's own "to" points at no destination
# ("tried to advance around X" keeps the cue: its list is placed from the towns after the first).
_INFINITIVE = re.compile(r"to\s+(?:assault|attack|fight)\b", re.I)
# Abbreviations whose period does not end a sentence ("Oct. 27", "U.S. forces", "Sgt. Smith").
_ABBREV = re.compile(r"\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|"
                     r"Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|No|Ft|Mt|vs|Inc|Co|Corp|Jr|Sr)\.$")
_ABBREV_LEN = 6  # the longest abbreviation above with its period ("Sept.") plus one
_BOUNDARY = re.compile(r"[.!?\n]")
# A new clause with its own subject: the place after it belongs to another event.
_OTHER_CLAUSE = re.compile(r"(?:;|\bwhile\b|\bwhereas\b|,\s+but\b|\bafter\s+(?:\w+\s+){0,3}(?:was|were)\b)", re.I)
# "Mexico's army", "a U.S. airstrike", "Afghan forces": the place names who acted, not where.
_POSSESSIVE = re.compile(r"(?:['’]|\s{2,})s?\b")
_MODIFIER = re.compile(
    r"\.?\s+(?:[\w-]+\s+)?(?:air\s*strikes?|forces|troops|army|military|soldiers|officials|government|police|"
    r"drones?|warplanes|jets|missiles?|authorities|embass(?:y|ies)|consulates?|company|law|navy|officers?|security|president|"
    r"strikes?|raids?|shelling|bombardment|bombing|tanks?|artillery|settlers|gunmen|fighters|"
    r"minister|leaders?|media|state|citizens?|nationals?|custody|convoy|patrol|television|station|"
    r"anti-[\w-]+|special|delegation|adviser|advisers|service\s*(?:wo)?m[ae]n|(?:service\s+)?members|personnel|"
    r"marines|servicemen|contractors|diplomats|journalists|hostages|tourists|workers|munitions?|weapons?|"
    r"ammunition|arms)\b|-(?:led|backed|based|made)\b")


# "Kaduna state" read as Kaduna State: the lower-case "state" ends the unit's own name, it modifies nothing.
_OWN_STATE = re.compile(r"\s+state\b")


def name_end(text: str, p: PlaceMention) -> int:
    """Where the place's name ends in `text`, past a trailing "state" that belongs to an ADM1 named "... State"."""
    if p.feature_code == "ADM1" and (p.name or "").endswith(" State"):
        m = _OWN_STATE.match(text, p.end)
        if m:
            return m.end()
    return p.end


_PROXY_STATE = re.compile(r"\s+People['’]s\s+(?:Republic|Militia)\b")
_IN_BEFORE = re.compile(r"\b(?:in|inside|across|throughout)\s+(?:the\s+)?$", re.I)
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+$")
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:(?!(?:in|on|at|from|to|by|with|for|after|as|of|and|near|into|"
                         r"during|since|over|amid|across|around|through|towards?|against|under|between|inside|outside|"
                         r"off|along|about|before|while|when|where|was|were|is|are|that|which|who)\b)[a-z-]+\s+){0,3}"
                         r"(?:(?:town|village|city|area|district|"
                         r"neighbou?rhood|camp|region|province)\s+of\s+(?:the\s+)?)?")
_CLAUSE_SUBJECT = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|said|says|did|does)\b")
# "Atlanta pitcher Dave Smith", "Kabul police chief Ali Khan": a title before a person's name, not a place.
_NOT_TITLE = (r"(?!(?:in|on|at|near|and|or|of|to|from|by|for|with|after|since|during|the|a|an|through|into|across|"
              r"towards?|via|under|over|outside|inside|along|against|between|while|as|when|where|is|was|are|were|said|"
              r"says|told|has|have|had|who|which|that|this|these|its|their|his|her)\b)")
_TITLE_AFTER = re.compile(r"\s+(?:" + _NOT_TITLE + r"[a-z]+\s+){1,2}(?!(?:By|In|On|At|The|And|For|From|To|Of)\b)"
                          r"[A-Z][a-z]+\s+[A-Z][a-z]+")
# "Muslim holy sites", "Syrian Arab Army": a demonym before a word qualifies that word.
_WORD_AFTER = re.compile(r"\s+" + _NOT_TITLE + r"(?!(?:capital|border|borders|side|" + LAND_NOUNS + r"|"
                         r"territory|soil|waters|coast|frontier|countryside|mountains|"
                         r"desert|airspace|positions|targets|facilities|infrastructure|(?:air\s*)?bases?|airfields?)\b)"
                         r"[a-z]")
# "four Armenian provinces", "two Russian towns": a counted demonym before the country's own divisions names it; not
# "the Russian regions of Kursk and Belgorod", which names them.
_LAND_AFTER = re.compile(r"\s+" + LAND_PLURALS + r"\b(?!\s+of\b)")
_COUNT_TAIL = re.compile(COUNT_BEFORE, re.I)


def counted_land(text: str, p: PlaceMention) -> int | None:
    """Where "four Armenian provinces" starts (its count) when demonym `p` names its country's land; else None."""
    if p.role != "demonym" or not _LAND_AFTER.match(text, p.end):
        return None
    m = _COUNT_TAIL.search(text, max(0, p.start - 25), p.start)
    return m.start() if m else None
# "targeting the Syrian army's flanks": the people struck, not a place.
_PEOPLE_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:army|armed|forces|troops|soldiers|fighters|militants|rebels|"
                           r"police|military|defen[cs]es|flanks|units?|brigades?|convoys?|patrols?)\b", re.I)
# "Lebanon's border with Israel": the other side of the border.
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.I)
# "provinces that border Ukraine", "towns bordering Ukraine": the neighbour describes the places told, it is not
# where the act was (assemble_scene.not_where drops it too). Kin of _BORDER_WITH ("its border with") here and of
# assemble_scene._BORDER_AFTER; bordered() keeps a town, city, site or lake ("villages bordering Bakhmut"): those
# places lie within a few km of it, so it is the best place there is; and a sea told as "the ... Sea".
BORDERED = re.compile(r"\b(?:(?:that|which)\s+(?:(?:also|directly)\s+)?borders?|bordering)\s+(?:on\s+)?(?:the\s+)?$", re.I)

_LAST_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$", re.I)
_STRUCK_WHO = re.compile(r"\b(?:hit|struck|targeted|targeting|attacked)\s+(?:the\s+)?$", re.I)
# "according to local media sources in Nineveh", "a spokesman in Kabul": where the news came from, not the event.
SOURCE_IN = re.compile(r"\b(?:according\s+to\s+(?:[\w-]+\s+){0,4}|sources?\s+|media\s+|correspondents?\s+|"
                       r"reporters?\s+|spokes(?:wo)?man\s+|agency\s+)(?:in|at|from)\s+(?:the\s+)?$", re.I)
# "Israeli strike on Rafah kills 9, Gaza medics say": a place set off by a comma before the speakers that close the
# sentence names them. Elsewhere ("Kharkiv authorities said missiles struck the city") the place may be where.
_SOURCE_AFTER = re.compile(r"\s+(?:health\s+|hospital\s+|local\s+|security\s+|civil\s+defen[cs]e\s+)?(?:medics|doctors|"
                           r"officials|authorities|sources|ministry|media|witnesses)\s+(?:say|said|says|report\w*)"
                           r"(?=\s*(?:[.!?\"”]|\n|$))", re.I)
_COMMA_BEFORE = re.compile(r",\s*$")


def bordered(text: str, p: PlaceMention) -> bool:
    """True for a country or region named as what other places border ("regions bordering Ukraine"), not where."""
    wide = p.role == "demonym" or (p.feature_code or "").startswith(("PCL", "ADM1"))
    if not wide or BORDERED.search(text, max(0, p.start - 40), p.start) is None:
        return False
    # "ports bordering the Red Sea": a unit named after its water, told as "the ... Sea", is the water (kept like a
    # lake), which assemble_namesake reads as such later.
    return not (_WATER_NAME.search(p.text) and _THE_WATER.search(text, max(0, p.start - 16), p.start))


def names_speaker(text: str, p: PlaceMention) -> bool:
    """True when `p` qualifies who reports at a headline's end ("..., Gaza medics say"), not where."""
    return _SOURCE_AFTER.match(text, p.end) is not None and \
        _COMMA_BEFORE.search(text, max(0, p.start - 3), p.start) is not None


# "ISIS commander of Deir ez-Zor", "the governor of Nineveh": an office's area names who someone is, not where.
_OFFICE_OF = re.compile(r"\b(?:commanders?|governors?|mayors?|presidents?|prime\s+minister|ministers?|chiefs?|heads?|"
                        r"leaders?|ambassadors?|emirs?|bishops?|kings?|members?|government|regime|parliament)\s+of\s+"
                        r"(?:the\s+)?$", re.I)
# "Dmitri Dashinski, of Belarus,": a person's country set off by commas.
_NATIONALITY = re.compile(r"(?:[a-z],|\b(?!(?:Republic|Kingdom|Union|State|Federation|Commonwealth|Principality|"
                          r"Sultanate|Emirate|Islands?|Gulf|Bay|Sea|Isle)\b)[A-Z][a-z]+)\s+of\s+$")
_AGE_OF = re.compile(r"\b\d{1,2},\s+of\s+$")  # "Jon K. Berg, 19, of Norway": where a person is from
# "the Islamic State of Iraq and al-Sham", "the Popular Front for the Liberation of Palestine": a group's name.
_GROUP_OF = re.compile(r"\b(?:Islamic\s+State|Liberation|Emirate)\s+(?:of|in)\s+(?:the\s+)?$")
# "Deir ez-Zor military airport", "the Kandahar air base": a site named after its place, not an actor.
_SITE_NOUN = re.compile(r"\s+(?:military|army|air|police|naval|security)\s+(?:air\s*)?(?:base|airport|airfield|"
                        r"academy|station|hospital|prison|barracks|camp|compound|checkpoint|post|headquarters)s?\b", re.I)
# "demonstrated against the French company and Libya": whom a protest is against, not where it is.
_PROTEST = re.compile(r"(?:demonstrat|protest|rall|march|picket)", re.I)
_AGAINST = re.compile(r"\bagainst\s+(?:(?!(?:in|at|near|on|outside|inside|across)\b)[\w'-]+\s+){0,4}$", re.I)
# "which Moscow blamed on Kyiv", "sovereignty over Kashmir": a government named by its capital, a disputed topic.
_BLAMED_ON = re.compile(r"\b(?:blam\w*|accus\w*|pinned)\s+(?:it\s+|them\s+)?(?:on|of)\s+(?:the\s+)?$", re.I)
_TOPIC_OVER = re.compile(r"\b(?:sovereignty|control|claims?|dispute|row|tensions?|talks|protests?|concerns?|anger|"
                         r"outrage|standoff|rift|spat)\s+(?:\w+\s+)?over\s+(?:the\s+)?$", re.I)


def _soft_wrap(text: str, i: int) -> bool:
    """True for a line break inside a hard-wrapped sentence ("KIDNAPPED BY TERRORISTS OF THE\\nFARABUNDO ...")."""
    # A full line ending in a word, then more words: the sentence goes on in ALL-CAPS wire copy (MUC), where the
    # next line starts in lower case, or where the line ends on "of", "the", "and" ... (`runs_on`, which the
    # sentence splitter shares). Another mixed-case line with no stop is a heading ("Supporting effort on
    # the Dnipro's right bank").
    j = text.rfind("\n", 0, i) + 1
    if i - j < WRAP_LINE or not text[i - 1 : i].isalnum() or not text[i + 1 : i + 2].isalnum():
        return False
    return text[i + 1].islower() or text[j:i].isupper() or runs_on(text, i)


def _last_stop(text: str, i: int) -> int:
    """The last of ".!?" or a newline before i (-1 if none), looked for in growing windows."""
    # A character the text never holds ("!") made each rfind scan back to the start: quadratic in a long report.
    w = 512
    while True:
        lo = max(0, i - w)
        j = max(text.rfind(c, lo, i) for c in ".!?\n")
        if j >= 0 or lo == 0:
            return j
        w *= 4


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    # Walk out from `pos` to the nearest real boundaries (a period after an abbreviation is none);
    # local searches keep this linear in the sentence, not in the text (ISW reports are long).
    start, i = 0, pos
    while True:
        i = _last_stop(text, i)
        if i < 0:
            break
        if text[i] == "\n" and _soft_wrap(text, i):
            continue
        if text[i] != "." or not _ABBREV.search(text, max(0, i - _ABBREV_LEN), i + 1):
            start = i + 1
            break
    end = len(text)
    for m in _BOUNDARY.finditer(text, pos):
        e = m.end()
        if m.group() == "." and _ABBREV.search(text, max(0, e - _ABBREV_LEN), e) or \
                m.group() == "\n" and _soft_wrap(text, m.start()):
            continue
        end = e
        break
    return start, end


def score_place(text: str, p: PlaceMention, trigger: tuple[int, int]) -> float:
    """How likely `p` is where the event at `trigger` happened (higher is likelier)."""
    before = _GLUED_ARTICLE.sub("", text[max(0, p.start - 40) : p.start])  # "in al-Tijara": "in" governs it
    owner = _OWNER_BEFORE.search(before) if before[-1:].isspace() and before.rstrip().endswith("s") else None
    if owner:  # "in central China's Henan Province": the preposition governs the owned place too
        before = before[: owner.start()]
    s = 0.0
    if p.role == "demonym":
        s -= 2.0  # "Russian air bases": an adjective, unless nothing better is named
    if p.role == "metonym":
        s -= 3.0
    # The cues below end in one of a few words: look at the last one first (the picker runs once per place).
    lw = _LAST_WORD.search(before)
    last = lw.group(1).lower() if lw else ""
    topic = last == "over" and bool(_TOPIC_OVER.search(before))
    if _NOT_HERE.search(before) or topic or (last in ("in", "at", "from") and SOURCE_IN.search(before)) \
            or (last in ("on", "of") and _BLAMED_ON.search(before)) or names_speaker(text, p):
        s -= 2.5
    if last == "with" and _BORDER_WITH.search(before) or last in ("border", "borders", "bordering", "on") \
            and bordered(text, p):
        s -= 1.5
    # Who someone is or whom a protest is against: "of" and "against" there govern no place of the event.
    who = True
    if last == "of" and _OFFICE_OF.search(before):
        s -= 2.0
    elif last in ("of", "in") and _GROUP_OF.search(before):
        s -= 5.0  # inside a group's name: never where
    elif last == "of" and (_AGE_OF.search(before) or (_NATIONALITY.search(before) and p.feature_code == "PCLI"
                                                      and text[p.end : p.end + 1] in (",", ")"))):
        s -= 3.0  # a person's country: who, not where
    elif _AGAINST.search(before) and _PROTEST.match(text, trigger[0]):
        s -= 1.5
    else:
        who = False
    # "Israel launches deadly Gaza strikes", "Israel's Rafah attacks": a town or region right before the attack noun
    # names where it struck; a country or a people there names who ("Israeli strikes", "Israel strikes").
    struck_here = p.end <= trigger[0] and p.role not in ("demonym", "metonym") \
        and not (p.feature_code or "").startswith("PCL") and _NOUN_GAP.fullmatch(text, p.end, trigger[0]) is not None \
        and _ATTACK_NOUN.search(text, trigger[0], trigger[1]) is not None  # not "Barcelona captured the title"
    # "troops of the Donetsk People's Republic's army corps kept fighting near Marinka": a proxy state's
    # name says whose troops, unless the event is told in it.
    proxy = _PROXY_STATE.match(text, p.end) is not None and _IN_BEFORE.search(before) is None
    modifier = (bool(_MODIFIER.match(text, name_end(text, p))) or proxy) and not _SITE_NOUN.match(text, p.end) and not struck_here
    adjective = modifier or bool(_POSSESSIVE.match(text, p.end)) or bool(_TITLE_AFTER.match(text, p.end)) \
        or (p.role == "demonym" and _WORD_AFTER.match(text, p.end) is not None)
    # "in a U.S. airstrike": the preposition governs the noun the place modifies ("in Syria's north" is in Syria).
    counted = _COUNT_TAIL.search(before) if p.role == "demonym" and _LAND_AFTER.match(text, p.end) else None
    here = bool(_HERE.search(before[: counted.start()] if counted else before)) and not modifier and not who and not topic \
        and not (p.role == "demonym" and _STRUCK_WHO.search(before)
                 and _PEOPLE_AFTER.match(text, p.end))  # "targeting the Syrian army": whom
    if here:
        s += 1.5
    if _REFERENCE_OF.search(before):
        s -= 2.5  # "Suwayrah, some 50 km south of Baghdad": the event is at the first place
    elif ((note := _BRACKET_NOTE.search(text, max(0, p.start - _NOTE_REACH), p.start)) is not None
          and _ACT_IN_NOTE.search(text, note.start(), p.start) is None):
        s -= 4.0  # "A (on the southern edge of X City)": the act is at the item, also after "toward" (-1.5)
    elif _CONTAINER_OF.search(before):
        s -= 1.5  # "al-Tijara neighbourhood in central Damascus": the event is in the smaller place
    else:
        if _origin(before, max(0, p.start - 40), trigger):
            s -= 1.5
    # A name the gazetteer lacks carries its container's record as a guess ("the village of Ashmi" → Syria): the
    # name itself is as precise as a town.
    guess = p.score <= 0.05 and p.name != p.text
    if _SITE_AFTER.match(text, p.end):
        s += 0.8  # "near the Kissufim crossing point", "in al-Tijara neighbourhood": a named site is the most precise
    if p.feature_code in ("PCLI", "CONT", "RGN", "ISL") and not guess:
        s -= 0.8  # a town or region is more precise than the country
    if adjective:
        s -= 2.0
    if p.end <= trigger[0] and re.fullmatch(r"\s+(?:\w+\s+){0,1}", text[p.end : trigger[0]]) and not here \
            and not struck_here:
        s -= 2.0  # "India captured two peaks": the subject acts; the event is where the object is
    if p.start >= trigger[1] and _OBJECT_GAP.fullmatch(text, trigger[1], p.start) and p.role != "demonym" \
            and not _CLAUSE_SUBJECT.match(text, p.end):
        s += 1.0  # "captured the Old City", "targeting the key town of Kabbani": the verb's own object
    lo, hi = (trigger[1], p.start) if p.start >= trigger[1] else (p.end, trigger[0])
    if _OTHER_CLAUSE.search(text, lo, hi):
        s -= 1.5
    elif p.start >= trigger[1] and other_verb(text, lo, hi, trigger):
        s -= 3.0
    if p.start >= trigger[1] and denied_clause(text, lo, hi):
        s -= 3.0
    if p.end <= trigger[0] and whose_clause(text, p.end, trigger[0]):
        s += 1.5
    elif p.end <= trigger[0] and later_predicate(text, p.end, trigger):
        s -= 1.5  # the place belongs to an earlier predicate of the chain
    if in_aside(text, p.start, trigger):
        s -= 1.5  # "Britain, which has troops in southern Iraq, patrols ...": the aside's own statement
    if in_quote(text, p.start, max(0, p.start - 300), trigger):
        s -= 2.5  # quoted speech: what was said, like a place after "said in"
    dist = hi - lo
    s -= min(dist, 200) / 100.0
    if p.geonameid is None and p.lat is None:
        s -= 1.0
    return s


_NOUN_GAP = re.compile(r"(?:['’]s)?\s+")  # "Gaza strikes", "Israel's Rafah attacks": a place right before the noun
_ATTACK_NOUN = re.compile(r"\b(?:(?:air\s*)?strikes?|attacks?|bombings?|bombardments?|shelling|raids?|blasts?|"
                          r"explosions?|assaults?|offensives?|clashes|fighting|massacres?|shootings?|ambush(?:es)?)$",
                          re.I)

# "Israel launches deadly Gaza strikes", "U.S. and Britain Launch Fresh Strikes on Houthis", "U.S. Searches for ...,
# Launches New Strikes", "Turkey used German shell in deadly strike": the subject of a verb that makes the attack
# its object acts; up to three words (adjectives, the struck place) may come before the noun.
_LIGHT_GAP = re.compile(r"(?:\s*(?:,|and|&)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?(?:\s+[^,;:.!?]{1,60},)?\s+"
                        r"(?:(?:has|have|had|will|would|also|again|reportedly|now|then)\s+){0,2}"
                        r"(?:(?:launch|carr(?:y|ies|ied)\s+out|conduct|intensif|step(?:s|ped)?\s+up|resum|escalat|"
                        r"expand|widen|renew|unleash|mount|stage|order)\w*\s+|us(?:e|es|ed)\s+(?:[\w.’'-]+\s+){1,3}"
                        r"(?:in|for)\s+)(?:[\w’'-]+\s+){0,3}", re.I)
# "bombing of a bus by UAE aggression", "captured by Iran", "shelled by four American destroyers": a passive's agent
_BY_AGENT = re.compile(r"\bby\s+" + BY_DETERMINERS + "$", re.I)
# The agent ends its phrase ("fired by Iran overnight"); "killed by Turkey land mine" names the mine's land.
AGENT_END = re.compile(r"\s*(?:$|[,.;:!?)]|\s(?:overnight|on|in|at|near|and|since|after|during|last|this|early|"
                       r"late|yesterday|today)\b)", re.I)
# "Israel carried out the attack, but the US is responsible": the party blamed, not where it happened.
_BLAMED = re.compile(r"\s+(?:is|was|are|were)\s+(?:(?:also|ultimately|directly|fully|partly)\s+)?"
                     r"(?:responsible|to\s+blame)\b")
# Between an acting country or people and its verb: "Israel has killed", "Israeli jets have struck", "Israel's strikes".
_SUBJECT_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,1}(?:(?:has|have|had|was|were|is|are|will|would|reportedly|"
                          r"allegedly|also|again|then|now|further)\s+){0,2}$", re.I)
# "the Israel-Hamas war", "US-Iran talks": a country inside a compound that names a conflict or a negotiation.
_COMPOUND = re.compile(r"-[A-Z][\w'’]+\s+(?:war|wars|conflict|talks|truce|ceasefire|cease-fire|deal|crisis|relations|"
                       r"fighting|hostilities|dispute)\b", re.I)

# "US condemns strike on ...", "France slams ...": the country that reacts is neither the actor's target nor the place.
_REACTS = re.compile(r"(?:['’]s\s+\w+)?\s+(?:(?:has|have|had|also|strongly|swiftly|again)\s+)?(?:condemn|denounc|slam|"
                     r"critici[sz]|deplor|decr(?:y|ie)|blam|warn|urg|demand|mourn|vow|welcom|react|respond|voic|"
                     r"express|call)\w*\b", re.I)


def is_actor(text: str, p: PlaceMention, trigger: tuple[int, int]) -> bool:
    """True when a demonym, a country or a metonym names who acted, not where: "Israeli strike kills 5 in Gaza",
    "Israeli jets struck", "Israel has killed", "the Israel-Hamas war: ... strike"."""
    if p.role not in ("demonym", "metonym") and p.feature_code != "PCLI":
        return False
    if _MODIFIER.match(text, p.end) or _COMPOUND.match(text, p.end) or _REACTS.match(text, p.end):
        return True
    if _BY_AGENT.search(text, max(0, p.start - 30), p.start) or no_setting(text, p):
        return True
    # "One in western Afghanistan killed ...": after "in" the country is where, even right before the verb.
    if p.end > trigger[0] or _HERE.search(text[max(0, p.start - 40) : p.start]):
        return False
    # "Saudi Arabia struck by Houthi drones": the subject of a passive attack verb is what was struck.
    if PASSIVE_BY.match(text, trigger[0]) or (_PASSIVE_VERB.search(text, trigger[0], trigger[1])
                                             and BY_NEXT.match(text, trigger[1])):
        return False
    return bool(_SUBJECT_GAP.fullmatch(text, p.end, trigger[0]) or _LIGHT_GAP.fullmatch(text, p.end, trigger[0]))


_HOME_FORCE = re.compile(r"\s+(?:[\w-]+\s+)?(?:police|policemen|soldiers|troops|army|military|forces|security|"
                         r"government|regime|authorities|gunmen|fighters|militants|rebels|guards?|officers)\b", re.I)


def no_setting(text: str, p: PlaceMention) -> bool:
    """True for a place naming a passive's agent or the party blamed: who, never where."""
    # The picker's fallback takes any named place; these never tell where, even when nothing else is named. A country
    # after "by" is the agent only when it ends its phrase ("by UAE aggression", "by Turkey land mine" may be where).
    # "killed by Kenyan police", "by Syrian government barrel bombs": a land's own forces or government act at home,
    # so an agent that is a force or a government keeps its land as where (as before this rule).
    agent = _BY_AGENT.search(text, max(0, p.start - 30), p.start) is not None and (
        p.role == "demonym" or AGENT_END.match(text, p.end) is not None) and not _HOME_FORCE.match(text, p.end)
    return agent or _BLAMED.match(text, p.end) is not None


_PASSIVE_VERB = re.compile(r"\b(?:hit|struck|targeted|attacked|shelled|bombed|pounded)$", re.I)


def _origin(before: str, offset: int, trigger: tuple[int, int]) -> bool:
    """True when `before` (starting at `offset` in the text) ends in an origin or destination phrase ("from X")."""
    for m in _ORIGIN_WORD.finditer(before):
        if trigger[0] <= offset + m.start() < trigger[1] and _INFINITIVE.match(before, m.start()):
            continue  # "attempted to assault X": the trigger's own infinitive; the place is its object
        if _ORIGIN.match(before, m.start()):
            return not re.search(r"[,;]", before[m.start() :])
    return False


# "in the Gulf off the Iranian coast": the coast tells where, the sea only holds it.
_OFF_COAST = re.compile(r"\boff\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){0,4}(?:coast(?:line)?|shores?)\b|coast\s+of\b)", re.I)
# "120 miles east of Bahrain in the central Gulf": a land place right before the sea that holds it.
_LAND_THEN_SEA = re.compile(r"\s*,?\s*(?:in|off|inside|within)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.I)
# "in the Gulf near Kharg Island", "in the southern Gulf off the United Arab Emirates coast": the land place after.
_SEA_THEN_LAND = re.compile(r"\s*,?\s*(?:near|off|at|by|outside|close\s+to)\s+(?:the\s+)?"
                            r"(?:(?:coast|shores?|port|island|waters)\s+of\s+(?:the\s+)?)?", re.I)
_ORIGIN_WORD = re.compile(r"\b(?:from|to|toward|towards)\s", re.I)
_BAR = -2.5  # the score a place must beat to be chosen


def pick_event_location(text: str, places: list[PlaceMention], trigger: tuple[int, int]) -> PlaceMention | None:
    """The place where the event signalled by `trigger` happened, or None when its sentence names none.

    A demonym or a country that names the actor ("Israeli strike kills 5", "Israel has killed") is never chosen.
    """
    s0, s1 = _sentence_bounds(text, trigger[0])
    local = [p for p in places
             if s0 <= p.start < s1 and (not is_actor(text, p, trigger) or _off_coast_of(text, p, places))]
    # "in an Israeli West Bank raid": a demonym right before another place's name says whose, the name says where.
    local = [p for p in local if p.role != "demonym" or not any(q.start == p.end + 1 and q.role != "demonym"
                                                                for q in local)]
    if not local:
        return None
    scores = {id(p): score_place(text, p, trigger) - 1.5 * _holds_previous(text, p, local) for p in local}
    prefer_held(text, local, scores)
    # A sea, gulf or strait named right after a town or country holds it ("120 miles east of Bahrain in the central
    # Gulf"), and one beside "off the Iranian coast" too: the land place tells where (gold dev14, dev15).
    for p in local:
        if sea_held(text, p, places, s0, s1):
            scores[id(p)] -= 5.0
        if _off_coast_of(text, p, places):
            scores[id(p)] += 3.0  # "off the Iranian coast" says where: it lifts the demonym's penalty
    best = max(local, key=lambda p: scores[id(p)])
    return best if scores[id(best)] > _BAR else None


# "in the Gulf off the Iranian coast": the demonym names whose coast, so where (gold: country level in that country).
_COAST_NEXT = re.compile(r"\s+(?:coast(?:line)?|shores?)\b", re.I)


def _off_coast_of(text: str, p: PlaceMention, places: list[PlaceMention]) -> bool:
    """True for a demonym told as the coast off which a sea act happened, right after the sea ("in the Gulf off the
    Iranian coast"); not a coast told alone or as a named place's ("Snake Island off the Romanian coast")."""
    return p.role == "demonym" and _COAST_NEXT.match(text, p.end) is not None and any(
        q.feature_class == "H" and not q.country_code and q.end <= p.start
        and _SEA_THEN_LAND.fullmatch(text, q.end, p.start) is not None for q in places)


def sea_held(text: str, p: PlaceMention, places: list[PlaceMention], s0: int, s1: int) -> bool:
    """True when the sea `p` only holds a land place its sentence (s0..s1) tells beside it: a town or country just
    before or after it, or "off the <X> coast" near it."""
    return p.feature_class == "H" and (
        any(q.feature_class != "H" and q.role != "demonym" and s0 <= q.start < s1 and (
            q.end <= p.start and _LAND_THEN_SEA.fullmatch(text, q.end, p.start) is not None
            or p.end <= q.start and _SEA_THEN_LAND.fullmatch(text, p.end, q.start) is not None) for q in places)
        or any(s0 <= q.start < s1 and _off_coast_of(text, q, places) for q in places)
        or _OFF_COAST.search(text, max(s0, p.start - 60), min(s1, p.end + 60)) is not None)


# "the town of Grayvoron, in the Belgorod region", "Rafah, in southern Gaza": the second place holds the first.
_HOLDS_GAP = re.compile(r"\s*,\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?", re.I)


def _holds_previous(text: str, p: PlaceMention, local: list[PlaceMention]) -> bool:
    """True when `p` directly follows another named place as its container ("X, in the Y region")."""
    return any(q.end < p.start and q.role != "demonym" and _HOLDS_GAP.fullmatch(text, q.end, p.start)
               for q in local)
