"""Choose where an event happened among the places named around its trigger."""

from __future__ import annotations

import re

from eventwire.model import PlaceMention

# Places after these words are where something was said, proposed or held, not where the event happened.
_NOT_HERE = re.compile(
    r"\b(?:talks|negotiations|summit|meeting|conference|speaking|said|says|told|announced|statement|"
    r"visit|visited|embassy|ambassador|envoy|based|headquartered|held|hosted|meet|met)\s+(?:\w+\s+){0,2}"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_HERE = re.compile(r"\b(?:in|at|near|on|over|outside|around|across|into|of|inside|hit|struck|targeted|attacked|"
                   r"patrolled|through)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$", re.I)
# "50 km south of Baghdad", "north of Jammu": a reference point for the place named before it.
_REFERENCE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?|from)\s+"
                        r"(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I)
_REFERENCE_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+(?:the\s+)?"
                           r"(?:(?:city|town|capital)\s+of\s+)?$", re.I)
# "al-Tijara neighbourhood in central Damascus", "Umm al-Fahm junction in northern Israel": the place after it
# contains the place before it.
_CONTAINER_OF = re.compile(r"\b(?:neighbou?rhood|district|area|village|town|quarter|suburb|camp|junction|crossing|"
                           r"square|street|road|market|countryside)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|"
                           r"central)\w*\s+)?$", re.I)
_SITE_AFTER = re.compile(r"\s+(?:crossing|junction|checkpoint|neighbou?rhood|quarter|refugee\s+camp|camp|market|"
                         r"bridge|square)\b", re.I)
_GLUED_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|ash|an|at|az)-$", re.I)
# "from a village near the West Bank city of Jenin": where the actor came from, not where he acted.
_ORIGIN = re.compile(r"\b(?:from|to|toward|towards)\s+(?:[\w'-]+\s+){0,7}$", re.I)
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
    r"drones?|warplanes|jets|missiles?|authorities|embassy|company|law|navy|officers?|security|president|"
    r"strikes?|raids?|shelling|bombardment|bombing|tanks?|artillery|settlers|gunmen|fighters|"
    r"minister|leaders?|media|state|citizens?|nationals?|custody|convoy|patrol|television|station|"
    r"anti-[\w-]+|special|delegation|adviser|advisers)\b|-(?:led|backed|based|made)\b")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    # Walk out from `pos` to the nearest real boundaries (a period after an abbreviation is none);
    # local searches keep this linear in the sentence, not in the text (ISW reports are long).
    start, i = 0, pos
    while True:
        i = max(text.rfind(c, 0, i) for c in ".!?\n")
        if i < 0:
            break
        if text[i] != "." or not _ABBREV.search(text, max(0, i - _ABBREV_LEN), i + 1):
            start = i + 1
            break
    end = len(text)
    for m in _BOUNDARY.finditer(text, pos):
        e = m.end()
        if m.group() == "." and _ABBREV.search(text, max(0, e - _ABBREV_LEN), e):
            continue
        end = e
        break
    return start, end


def score_place(text: str, p: PlaceMention, trigger: tuple[int, int]) -> float:
    """How likely `p` is where the event at `trigger` happened (higher is likelier)."""
    before = _GLUED_ARTICLE.sub("", text[max(0, p.start - 40) : p.start])  # "in al-Tijara": "in" governs it
    s = 0.0
    if p.role == "demonym":
        s -= 2.0  # "Russian air bases": an adjective, unless nothing better is named
    if p.role == "metonym":
        s -= 3.0
    if _NOT_HERE.search(before):
        s -= 2.5
    modifier = bool(_MODIFIER.match(text, p.end))
    adjective = modifier or bool(_POSSESSIVE.match(text, p.end))
    # "in a U.S. airstrike": the preposition governs the noun the place modifies ("in Syria's north" is in Syria).
    here = bool(_HERE.search(before)) and not modifier
    if here:
        s += 1.5
    if _REFERENCE_OF.search(before):
        s -= 2.5  # "Suwayrah, some 50 km south of Baghdad": the event is at the first place
    elif _CONTAINER_OF.search(before):
        s -= 1.5  # "al-Tijara neighbourhood in central Damascus": the event is in the smaller place
    else:
        origin = _ORIGIN.search(before)
        if origin and not re.search(r"[,;]", before[origin.start() :]):
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
    if p.end <= trigger[0] and re.fullmatch(r"\s+(?:\w+\s+){0,1}", text[p.end : trigger[0]]) and not here:
        s -= 2.0  # "India captured two peaks": the subject acts; the event is where the object is
    lo, hi = (trigger[1], p.start) if p.start >= trigger[1] else (p.end, trigger[0])
    if _OTHER_CLAUSE.search(text, lo, hi):
        s -= 1.5
    dist = hi - lo
    s -= min(dist, 200) / 100.0
    if p.geonameid is None and p.lat is None:
        s -= 1.0
    return s


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
    # "One in western Afghanistan killed ...": after "in" the country is where, even right before the verb.
    return p.end <= trigger[0] and bool(_SUBJECT_GAP.fullmatch(text, p.end, trigger[0])) and not _HERE.search(
        text[max(0, p.start - 40) : p.start])


def pick_event_location(text: str, places: list[PlaceMention], trigger: tuple[int, int]) -> PlaceMention | None:
    """The place where the event signalled by `trigger` happened, or None when its sentence names none.

    A demonym or a country that names the actor ("Israeli strike kills 5", "Israel has killed") is never chosen.
    """
    s0, s1 = _sentence_bounds(text, trigger[0])
    local = [p for p in places if s0 <= p.start < s1 and not is_actor(text, p, trigger)]
    if not local:
        return None
    scores = {id(p): score_place(text, p, trigger) - 1.5 * _holds_previous(text, p, local) for p in local}
    best = max(local, key=lambda p: scores[id(p)])
    return best if scores[id(best)] > -2.5 else None


# "the town of Grayvoron, in the Belgorod region", "Rafah, in southern Gaza": the second place holds the first.
_HOLDS_GAP = re.compile(r"\s*,\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?", re.I)


def _holds_previous(text: str, p: PlaceMention, local: list[PlaceMention]) -> bool:
    """True when `p` directly follows another named place as its container ("X, in the Y region")."""
    return any(q.end < p.start and q.role != "demonym" and _HOLDS_GAP.fullmatch(text, q.end, p.start)
               for q in local)
