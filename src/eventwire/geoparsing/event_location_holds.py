"""Nested places told together: the container loses to the finer place it holds."""

from __future__ import annotations

import re

from eventwire.model import PlaceMention

# "the town of Isna in Qena Province", "Tsatsan-Yurt in Kurchaloi district", "Orgun, in the southeastern province of
# Paktika", "Qabasin and Bzaah in eastern Al-Bab": the place after holds the place before.
# "Taji, on the northern edge of Baghdad", "Boleel outside Deir ez-Zor": the first place is the finer one too.
_IN_GAP = re.compile(r"(?:\s*,)?\s+(?:in|of|near|outside|on\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts)\s+of)\s+"
                     r"(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
                     r"(?:(?:city|town|province|district|region|governorate|state|county|oblast|area)\s+of\s+"
                     r"(?:the\s+)?)?", re.I)
# "Biu local government area of Borno State", "Alishir district of Khost": the unit the first place names lies in the
# second.
_UNIT_GAP = re.compile(r"\s+(?:local\s+government\s+areas?|LGAs?|districts?|counties|county|municipality|sub-district|"
                       r"governorate|province|village|town|neighbou?rhood|quarter|suburb|area|camp)\s+(?:of|in)\s+"
                       r"(?:the\s+)?", re.I)
# "Kafr Nabl, a town in Idlib province", "the tomb, a tiny enclave in Nablus": an aside saying where the place lies.
_APPOSITION = re.compile(r"\s*,\s+an?\s+(?:[\w-]+\s+){0,3}(?:in|near|outside)\s+(?:the\s+)?"
                         r"(?:(?:north|south|east|west|central)[\w-]*\s+)?", re.I)
# "the West Bank town of Tubas", "the northern Gaza Strip town of Beit Lahia": the place before holds the place after.
# "the Washash district of Baghdad" is the other way round: a district or a quarter is named by the word before it.
_OF_GAP = re.compile(r"\s+(?:(?:border|frontier|northern|southern|eastern|western|central)\s+)?(?:city|town|village|"
                     r"refugee\s+camp|camp|port|capital)\s+of\s+", re.I)


_AROUND_GAP = re.compile(r"\s+(?:around|near)\s+(?:the\s+)?(?:(?:town|village|settlement)s?\s+of\s+)?", re.I)
_DIRECTION_BEFORE = re.compile(r"\b(?:north|south|east|west|central)[\w-]*\s+$", re.I)
# "artillery fire around Izyum in the areas of Kamianka and Dovhenke", "assaults around Avdiivka near
# Stepove and Berdychi": the town is the anchor of the fight; the villages named with it are where it was (gold README:
# "direction from a town: one event per fight", the village, not the town as well). "In the direction of" is no
# such village: whether a direction town is a place is not decided.
_VICINITY_GAP = re.compile(r"(?:\s+City)?\s+(?:in\s+the\s+(?:areas?|vicinity)\s+of|near)\s+(?:the\s+)?"
                           r"(?:(?:town|village|settlement)s?\s+of\s+)?", re.I)
_ANCHOR_BEFORE = re.compile(r"\b(?:around|near)\s+$", re.I)
# "hard fighting west of Horlivka in Zalizne", "10km south of Kreminna in Dibrova", "on the northern flank of Avdiivka
# in Stepove": a town told as the point a direction is taken from is no container of the village after "in";
# the village is where it was (gold README, "direction from a town").
_FROM_TOWN = re.compile(r"\b(?:(?:north|south)(?:east|west)?|east|west|arc)(?:ward)?\s+of\s+(?:the\s+)?$",
                        re.I)
_IN_TOWN_GAP = re.compile(r"(?:\s+City)?\s+in\s+")
# "attacks toward Brovary, just east of Kyiv", "toward Olhynka and Krasna Polyana – both villages north of Mariupol",
# "Ternova (30km northeast of Kharkiv City)": the town after the direction only says where the place before it lies;
# the place before is where it was, whatever cue ("toward") it had (gold README, "direction from a town").
_TOLD_FROM_GAP = re.compile(r"\s*(?:,|\(|\s[–—-])\s*(?:(?:both|two|three|four|all)\s+(?:small\s+)?"
                            r"(?:settlements|towns|villages|cities)\s+)?(?:(?:about|approximately|roughly|around|"
                            r"some|nearly|just|directly|immediately)\s+)?(?:\d{1,3}\s*(?:km|kilomet(?:er|re)s)\s+)?"
                            r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}(?:ern)?"
                            r"\s+of\s+(?:the\s+)?", re.I)
# "toward Brovary (a northeastern suburb of Kyiv)", "advances to Voevodivka, a suburb of Severodonetsk": the suburb
# is the finer place, the city only says where it lies.
_SUBURB_GAP = re.compile(r"\s*[,(]\s*(?:an?\s+|the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?suburbs?\s+of\s+"
                         r"(?:the\s+)?", re.I)
# "shelled positions from Belgorod, north of Kharkiv": a place told as the origin is no place of the act either;
# nor the town of an office or of speakers ("The mayor of Irpin, a suburb of Kyiv, said a missile struck the capital").
_FROM_BEFORE = re.compile(r"\b(?:from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}|(?:mayor|governor|officials?|residents?|police|"
                          r"authorities|head|chief|administration)\s+(?:of|in)\s+(?:the\s+)?)$", re.I)
_COMMA = re.compile(r"\s*,\s*")
_COMMA_END = re.compile(r"\s*(?:,\s+(?:near|in|outside|north|south|east|west|about|some|\d)|\s+(?:on|in|near)\b|[.;]|$)", re.I)


def _rank(p: PlaceMention) -> int:
    """How large a place is by its feature: country 4, first-order region 3, lower region 2, town 1, site 0."""
    if p.score <= 0.05 and p.name != p.text:
        return 1  # a name the gazetteer lacks carries its container's record: a village, as a guess
    code = p.feature_code or ""
    if code.startswith("PCL") or code in ("CONT", "RGN"):
        return 4
    if code == "ADM1":
        return 3
    if code.startswith("ADM") or p.feature_class == "A":
        return 2
    return 1 if p.feature_class == "P" else 0


def _from_town(text: str, town: PlaceMention, village: PlaceMention) -> bool:
    """True for "south of Bakhmut in Opytne": `town` is the point a direction is taken from, `village` lies on it."""
    return town.end <= village.start and _IN_TOWN_GAP.fullmatch(text, town.end, village.start) is not None \
        and _FROM_TOWN.search(text, max(0, town.start - 24), town.start) is not None


def held_by(text: str, p: PlaceMention, local: list[PlaceMention]) -> PlaceMention | None:
    """The place of the sentence that `p` is told as the container of ("Isna in Qena Province"), else None."""
    for q in local:
        if q is p or q.role == "demonym" or _rank(p) < _rank(q):
            continue
        if _rank(p) == _rank(q) == 1 and _from_town(text, q, p):
            continue
        if _rank(p) == _rank(q) == 1 and _from_town(text, p, q):
            return q
        if q.end <= p.start and any(g.fullmatch(text, q.end, p.start) for g in (_IN_GAP, _UNIT_GAP, _APPOSITION)):
            return q
        # Not across a border: "units stationed in Kursk, east of Sumy, shelled the city" acted on Sumy.
        if q.end <= p.start and any(g.fullmatch(text, q.end, p.start) for g in (_TOLD_FROM_GAP, _SUBURB_GAP)) \
                and q.country_code == p.country_code and not _FROM_BEFORE.search(text, max(0, q.start - 30), q.start):
            return q
        # "in Finca La Esperanza, Soyapango, near San Salvador": a town after a bare comma names where the place is.
        if q.end <= p.start and _COMMA.fullmatch(text, q.end, p.start) and _COMMA_END.match(text, p.end) \
                and not any(o.end <= q.start and _COMMA.fullmatch(text, o.end, q.start) for o in local):
            return q
        # Only a larger kind holds: "the Gaza city of Rafah" is no region holding a town.
        if p.end <= q.start and _rank(p) > _rank(q) and _OF_GAP.fullmatch(text, p.end, q.start):
            return q
        # "in northern Kherson around Vysokopillya": a place told with a direction is an area; the town around which
        # the act was told is the finer place, whatever the gazetteer's reading of the area's name (here a city).
        if p.end <= q.start and _rank(q) <= 1 and _AROUND_GAP.fullmatch(text, p.end, q.start) \
                and _DIRECTION_BEFORE.search(text, max(0, p.start - 16), p.start):
            return q
        if p.end <= q.start and _rank(p) == _rank(q) == 1 and _VICINITY_GAP.fullmatch(text, p.end, q.start) \
                and _ANCHOR_BEFORE.search(text, max(0, p.start - 12), p.start):
            return q
    return None


def prefer_held(text: str, local: list[PlaceMention], scores: dict[int, float]) -> None:
    """A container named with the place it holds loses its standing to that finer place (scores by id, in place)."""
    # The finer place inherits the container's cues ("in the town of Edfu in Aswan Province": "in" governs both).
    for p in sorted(local, key=lambda p: (-_rank(p), -p.start)):  # the outermost first: "A, B, near C"
        q = held_by(text, p, local)
        if q is not None:
            scores[id(q)] = max(scores[id(q)], scores[id(p)])
            scores[id(p)] -= 1.5
