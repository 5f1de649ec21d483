"""Distance phrases that anchor a place to a named town: "X ... 40 km northeast of Saskatoon"."""

from __future__ import annotations

import math
import re
from bisect import bisect_left

import numpy as np

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_DIR = r"(?:north|south|east|west)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?(?:ern)?"
# The compass word of a bearing, also hyphenated or spaced ("north-east", "north eastern"); list notes reuse it.
BEARING_WORD = _DIR
# "approximately 40 km northeast of", "28 km (17 mi) southwest of", "two miles (3 km) south of the town of".
_DIST = re.compile(
    r"\b(\d{1,4}(?:[.,]\d+)?|" + "|".join(_NUM_WORDS) + r")[\s-]*"
    r"(km|kms|kilomet(?:re|er)s?|mi|miles?)\b\.?\s*(?:\([^)]{0,25}\)\s*)?"
    r"(?:to\s+the\s+)?(?:(" + _DIR + r")\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|centre|center)\s+of\s+)?",
    re.I,
)
# "5km southwest of Kreminna" (ISW writes the unit glued to the number): a digit may stand right before the unit.
# `(?:\b|(?<=\d))(?:km|kms|kilomet(?:re|er)s?|mi|miles?)\b` (case-insensitive), opened by the letters its words
# can start with as a case-sensitive class ("k" also folds to the Kelvin sign): the engine skips to them at C speed
# instead of trying every offset of a long report.
_UNIT = re.compile(r"(?-i:[kK\u212amM])(?:(?<!\w.)|(?<=\d.))(?:(?<=[kK\u212a])(?:m|ms|ilomet(?:re|er)s?)|(?<=[mM])"
                   r"(?:i|iles?))\b", re.I)
_DIGIT_MI = re.compile(r"\d\s*mi\b")
_ANY_UNIT = re.compile(r"\d\s*(?:km|kilomet|mi\b|miles?\b)|\b(?:kilomet|miles?\b)", re.I)
# A following sentence still about X: "It is located 28 km southwest of Three Hills."
_ABOUT_X = re.compile(r"\s*(?:It|The (?:town|village|city|hamlet|community|settlement|locality|suburb)|Located)\b")
_WINDOW = 400


def has_distances(text: str) -> bool:
    """Cheap gate: does the text give any distance at all?"""
    low = text.lower()
    # Substring tests first: most texts name no unit, and only "5 mi" needs the digit pattern.
    if "km" not in low and "kilomet" not in low and "mile" not in low and _DIGIT_MI.search(low) is None:
        return False
    return _ANY_UNIT.search(text) is not None


def _window_end(text: str, c: Candidate) -> int:
    """End of the sentence after `c`, or of the next one when it goes on about the same place."""
    limit = min(len(text), c.end + _WINDOW)
    end = text.find(". ", c.end, limit)
    stop = text.find(".\n", c.end, limit if end < 0 else end)  # a paragraph's last sentence ends at its line
    if stop >= 0:
        end = stop
    if end < 0:
        return limit
    if _ABOUT_X.match(text, end + 1) or text.startswith(c.text, end + 2):
        nxt = text.find(". ", end + 2, limit)
        return limit if nxt < 0 else nxt
    return end


def _km_of(num: str, unit: str) -> float:
    value = float(_NUM_WORDS.get(num.lower(), 0) or num.replace(",", "."))
    return value * (1.609 if unit.lower().startswith("mi") else 1.0)


_BEARING = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}


def _bearing(words: str | None) -> float | None:
    """Compass bearing of "northeast", "south-west", "southern" (None when no direction is given)."""
    if not words:
        return None
    w = words.lower().replace("-", "").replace(" ", "").removesuffix("ern")
    ns = next((d for d in ("north", "south") if w.startswith(d)), "")
    ew = w[len(ns):].removeprefix("north").removeprefix("south")
    if ew.startswith(("north", "south")) or (ew and ew not in ("east", "west")):
        return None  # "north-northeast" and the like: too fine to matter here
    if ns and ew:
        a, b = _BEARING[ns], _BEARING[ew]
        return 45.0 if ns == "north" and ew == "east" else 315.0 if ns == "north" else (a + b) / 2
    return _BEARING.get(ns or ew)


def phrases(text: str) -> dict[int, tuple[float, float | None]]:
    """Where each distance phrase ends (the anchor town's start) → its distance in km and compass bearing."""
    out: dict[int, tuple[float, float | None]] = {}
    for u in _UNIT.finditer(text):  # units are rare: match the whole phrase only around them
        m = _DIST.search(text, max(0, u.start() - 12), u.end() + 80)
        if m is not None and m.start(2) == u.start():
            out[m.end()] = (_km_of(m.group(1), m.group(2)), _bearing(m.group(3)))
    return out


# "Posad-Pokrovske (just west of Kherson)", "Kyselivka and Pravdyne (both northwest of Kherson City)",
# "Posad-Pokrovske, just west of Kherson", "Metiolkine and Voronove, villages on the eastern edge of
# Severodonetsk": a bearing with no distance, set off as an aside after a name or a list.
_ASIDE_DIR = re.compile(
    r"(?:\(|,[ \u00a0\u2002]+)(?:(?:both|all|two|located|lying|just|directly|immediately|due|villages?|settlements?|on|"
    r"to|the)[ \u00a0\u2002]+){0,4}(" + _DIR + r")[ \u00a0\u2002]+(?:outskirts[ \u00a0\u2002]+)?of[ \u00a0\u2002]+"
    r"(?:the[ \u00a0\u2002]+)?(?=[A-Z])")
# "Mykolaivka, Luhansk Oblast (near Popasna)": nearness with neither bearing nor distance, in brackets only.
_ASIDE_NEAR = re.compile(r"\((?:(?:just|directly|very)[ \u00a0\u2002]+)?(near)[ \u00a0\u2002]+(?=[A-Z])")
_CLOSE = re.compile(r"\b(?:just|directly|immediately|near)\b")
# The names an aside describes: the list right before it ("Vesele and Tsupivka", "Kushhove, Zaporizhia Oblast").
_ITEM = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:, [A-Z][\w'’-]+ Oblast)?"
_OWNERS = re.compile(rf"(?:{_ITEM}(?:,? and |, ))*{_ITEM}$")
# An anchor that is part of a longer name or a unit measures nothing: "south of the Dnipro River", "the
# Kherson-Dnipropetrovsk Oblast border", "the Kharkiv City Axis".
_NOT_ANCHOR = re.compile(r"-|[ \u00a0\u2002]+(?:City[ \u00a0\u2002]+)?(?:River|Oblast|Raion|Reservoir|Axis|border|direction|"
                         r"highway|line|Line|Bridge|Canal)\b")
# How far such an aside puts a place: ISW's asides measure from a town a few tens of km off. (Below `_PROJECT_KM` of
# readings.py: a place no reading fits stands in at the anchor town itself, not at an invented projected point.)
_OF_BEFORE = re.compile(r"(?:north|south|east|west)(?:ern)?[ \u00a0\u2002]+of[ \u00a0\u2002]+$")
_CLAUSE_NEXT = re.compile(r"(?:[ \u00a0\u2002]+City)?[ \u00a0\u2002]+(?:near|in|toward|towards|around|at)[ \u00a0\u2002]+[A-Z]")
ASIDE_KM, CLOSE_KM = 45.0, 15.0
# An aside measures from a town of 10,000 ten times bigger than any namesake: a village or a common name
# ("just north of Ukrainka") is read too uncertainly to place another name by.
ASIDE_TOWN, ASIDE_MARGIN = 10_000, 10
ASIDE_KEEP = 20_000  # nor does it move a name one of whose readings is a town this big ("Avdiivka and Marinka (...)")


def directions(text: str) -> tuple[dict[int, tuple[float, float | None]], dict[int, tuple[int, int]]]:
    """Like `phrases`, for asides that give a bearing but no distance ("X (directly west of Kherson)"); also the
    span of the names each aside describes, keyed like the phrases."""
    out: dict[int, tuple[float, float | None]] = {}
    owners: dict[int, tuple[int, int]] = {}
    if " of " not in text and "(near " not in text:
        return out, owners
    # (Each scan needs its lower-case direction word or its bracket: most texts skip one or both.)
    dirs = _ASIDE_DIR.finditer(text) if any(d in text for d in ("north", "south", "east", "west")) else ()
    for m in (*dirs, *(_ASIDE_NEAR.finditer(text) if "(" in text else ())):
        bearing = _bearing(m.group(1)) if m.re is _ASIDE_DIR else None
        if (bearing is None and m.re is _ASIDE_DIR) or _NOT_ANCHOR.match(text, _name_end(text, m.end())):
            continue
        stop = m.start()
        while stop and text[stop - 1] in _SPACES:  # "Kushhove (northwest of Orikhiv)": the list ends before the space
            stop -= 1
        lst = _OWNERS.search(text, max(0, stop - 160), stop)
        if lst is None or _OF_BEFORE.search(text, max(0, lst.start() - 16), lst.start()) or _CLAUSE_NEXT.match(
                text, _name_end(text, m.end())):
            # "east of Lyman, north of Bakhmut": a list of bearings, not an aside about Lyman; "west of
            # Avdiivka near Nevelske, north of Avdiivka near Stepove": the bearing belongs to the next name.
            continue
        out[m.end()] = (CLOSE_KM if _CLOSE.search(m.group(0)) else ASIDE_KM, bearing)
        # "Pisky and Marinka (on the western edge of Donetsk City)": without "both" or "all" the
        # aside describes the last name only.
        first = lst.start() if _ALL.search(m.group(0)) else _last_item(text, lst.start(), stop)
        owners[m.end()] = (first, stop)
    return out, owners


_SPACES = " \u00a0\u2002"
_ALL = re.compile(r"\b(?:both|all|two|villages|settlements)\b")
_ITEM_SEP = re.compile(r",? and |, ")


def _last_item(text: str, start: int, end: int) -> int:
    """Start of the last name of the list text[start:end]."""
    seps = list(_ITEM_SEP.finditer(text, start, end))
    # ", Zaporizhia Oblast" belongs to the name before it.
    while seps and text[seps[-1].end() : end].endswith("Oblast"):
        seps.pop()
    return seps[-1].end() if seps else start


def _name_end(text: str, i: int) -> int:
    """End of the capitalised word at `i` (the anchor's first word)."""
    while i < len(text) and (text[i].isalnum() or text[i] in "'’"):
        i += 1
    return i


def anchor(
    gz: Gazetteer, text: str, c: Candidate, ordered: list[Candidate], starts: list[int],
    ends: dict[int, tuple[float, float | None]], inside: set[str] | None,
    owners: dict[int, tuple[int, int]] | None = None,
) -> tuple[int, float, float | None, bool] | None:
    """The record of the town a distance phrase after `c` measures from, the distance in km, the bearing and
    whether the phrase is a bearing aside with no distance (`directions`).

    `ends` comes from `phrases(text)`; `inside` (admin-1 or country codes stated for `c`) narrows an
    ambiguous anchor name.
    """
    end = _window_end(text, c)
    k = bisect_left(starts, c.end)
    while k < len(ordered) and ordered[k].start < end:
        y = ordered[k]
        k += 1
        hit = ends.get(y.start)
        if hit is None or not y.ids or y.kind == "demonym" or y.text == c.text:
            if hit is None and y.kind != "demonym" and _OWN_DISTANCE.match(text, y.end) and not any(
                    gz.fcode[i] in _UNIT_CODES for i in y.ids):  # "in New South Wales, 255 km southwest of Sydney"
                return None  # "Izyum near Nova Dmytrivka (32km northwest of Slovyansk)": the phrase is the other town's
            continue
        km, bearing = hit
        if UNIT_PAIR_NEXT.match(text, y.end):
            return None  # "25km north of the Sumy-Kharkiv Oblast border" measures from a border, not a town
        span = owners.get(y.start) if owners else None
        if span is not None and not (span[0] <= c.start and c.end <= span[1]):
            continue  # a bearing aside describes only the names listed right before it
        if _OTHER_OWNS.search(text, c.end, y.start):
            return None  # "Svatove) and Stanytsia (15km north of Luhansk City)": another name's bracketed distance
        if km > (_FAR_KM if bearing is not None else 300):
            return None  # too far to stand in for the place (with a direction, the point can be projected)
        pool = [i for i in y.ids if gz.fclass[i] in ("P", "S")]
        if inside:  # the stated state first, then the stated country ("Canora" in Saskatchewan, not Alberta)
            pool = [i for i in pool if gz.admin1[i] in inside] or [i for i in pool if gz.cc[i] in inside]
            if not pool:
                continue  # "southwest of Sandia and northeast of Alice in ... Texas": no Texan Sandia, try Alice
        if not pool:
            return None
        if span is not None:  # the dominant town ("Zaporizhzhia City", not a village whose own name it is)
            # (among the readings inside the unit stated for the place: "X, Luhansk Oblast (near Popasna)")
            return (max(pool, key=lambda i: gz.pops[i]), km, bearing, True) if _dominant(gz, pool) else None
        key = name_key(y.text)
        # A record whose own name it is beats an alias ("Slovyansk" is also listed as a name of Nikopol).
        return max(pool, key=lambda i: (gz.main_key(i) == key, gz.pops[i])), km, bearing, False
    return None


def _dominant(gz: Gazetteer, pool: list[int]) -> bool:
    """True when the biggest town of `pool` has 10,000 people and ten times any other's."""
    pops = sorted((int(gz.pops[i]) for i in pool), reverse=True)
    return bool(pops) and pops[0] >= ASIDE_TOWN and (len(pops) == 1 or pops[0] >= ASIDE_MARGIN * pops[1])


_FAR_KM = 1200.0
# "the Kharkiv-Donetsk Oblast border": the first of a hyphened pair of units is neither a town nor a unit alone.
UNIT_PAIR_NEXT = re.compile(r"-(?-i:[A-Z])[\w'’]+[ \u00a0\u2002]+(?:oblasts?|regions?|provinces?|governorates?)\b", re.I)
# ISW writes "Shchastia (20km north of ...)": a capitalised word before a bracketed distance owns it. So does one
# an appositive describes: "Lyman, a town lying on a main rail line 25km east of ...".
_OTHER_OWNS = re.compile(r"[A-Z][\w'’-]+(?:[ \u00a0\u2002]*\((?:(?:approximately|about|some|roughly|around|nearly|just)\s+)?\d"
                         r"|,[ \u00a0\u2002]+an?[ \u00a0\u2002]+(?:small[ \u00a0\u2002]+)?(?:settlement|village|town|city)\b)")
_UNIT_CODES = frozenset(("PCLI", "ADM1", "ADM2", "RGN", "CONT", "ISL"))
# A name directly followed by a distance ("Nova Dmytrivka (about 32km northwest of ...") owns that distance phrase.
_OWN_DISTANCE = re.compile(r"[\s,(]*(?:(?:approximately|about|some|roughly|around|nearly|just)\s+)?\d")


def projected(gz: Gazetteer, i: int, km: float, bearing: float) -> int | None:
    """The town nearest the point `km` from record `i` in direction `bearing` ("348 km east of Melbourne"),
    in `i`'s country, when one lies within a fifth of the distance (+ 25 km) of it; else None."""
    lat1, lon1, d, b = math.radians(float(gz.lat[i])), math.radians(float(gz.lon[i])), km / 6371.0, math.radians(
        bearing)
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(b))
    lon2 = lon1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2))
    plat, plon = math.degrees(lat2), (math.degrees(lon2) + 540.0) % 360.0 - 180.0
    # A coarse box first (one degree of latitude is 111 km): the haversine runs on a few hundred towns only.
    reach = km / 5 + 25.0
    dlat = reach / 111.0 + 0.1
    dlon = dlat / max(math.cos(lat2), 0.05)
    lat, lon = gz.lat, gz.lon
    near = np.flatnonzero((np.abs(lat - plat) <= dlat) & (np.abs(((lon - plon) + 540.0) % 360.0 - 180.0) <= dlon))
    best: tuple[float, int] | None = None
    for j in near.tolist():
        if gz.fclass[j] != "P" or gz.cc[j] != gz.cc[i]:
            continue
        dist = haversine_km(plat, plon, float(lat[j]), float(lon[j]))
        if dist <= reach and (best is None or dist < best[0]):
            best = (dist, j)
    return best[1] if best is not None else None


def bearing_fits(gz: Gazetteer, i: int, j: int, bearing: float) -> bool:
    """True when record `i` lies within 67.5 degrees of `bearing` as seen from record `j` (or within 10 km of it)."""
    if distance(gz, i, j) <= 10.0:
        return True
    la1, la2 = math.radians(float(gz.lat[j])), math.radians(float(gz.lat[i]))
    dl = math.radians(float(gz.lon[i]) - float(gz.lon[j]))
    b = math.degrees(math.atan2(math.sin(dl) * math.cos(la2),
                                math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(dl)))
    return abs((b - bearing + 540.0) % 360.0 - 180.0) <= 67.5


_CLOSEST_KM = 60.0  # a short stated distance is precise enough to tell two nearby readings apart
_CLOSEST_GAP = 8.0  # by at least this many km of error


def near_radius(km: float) -> float:
    """How far from the anchor a reading may lie and still fit the phrase (the anchor point is a centroid)."""
    return km * 1.3 + 40.0


def distance(gz: Gazetteer, i: int, j: int) -> float:
    """Great-circle km between two records."""
    return haversine_km(float(gz.lat[i]), float(gz.lon[i]), float(gz.lat[j]), float(gz.lon[j]))


def closest_fit(gz: Gazetteer, ids: set[int], anchor: int, km: float) -> int | None:
    """Of several readings that fit a stated distance, the one clearly nearest it ("8km southeast of Bakhmut": 9 km,
    not 22 km), if any."""
    if len(ids) < 2 or not 0 < km <= _CLOSEST_KM:
        return None
    errs = sorted((abs(distance(gz, i, anchor) - km), i) for i in ids)
    (best, i), (second, _) = errs[0], errs[1]
    return i if best <= max(5.0, km / 2) and second - best >= _CLOSEST_GAP else None
