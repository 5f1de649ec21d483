"""Distance phrases that anchor a place to a named town: "X ... 40 km northeast of Saskatoon"."""

from __future__ import annotations

import re
from bisect import bisect_left

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_DIR = r"(?:north|south|east|west)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?(?:ern)?"
# "approximately 40 km northeast of", "28 km (17 mi) southwest of", "two miles (3 km) south of the town of".
_DIST = re.compile(
    r"\b(\d{1,4}(?:[.,]\d+)?|" + "|".join(_NUM_WORDS) + r")[\s-]*"
    r"(km|kms|kilomet(?:re|er)s?|mi|miles?)\b\.?\s*(?:\([^)]{0,25}\)\s*)?"
    r"(?:to\s+the\s+)?(?:" + _DIR + r"\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|centre|center)\s+of\s+)?",
    re.I,
)
_UNIT = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|mi|miles?)\b", re.I)
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
    if end < 0:
        return limit
    if _ABOUT_X.match(text, end + 1) or text.startswith(c.text, end + 2):
        nxt = text.find(". ", end + 2, limit)
        return limit if nxt < 0 else nxt
    return end


def _km_of(num: str, unit: str) -> float:
    value = float(_NUM_WORDS.get(num.lower(), 0) or num.replace(",", "."))
    return value * (1.609 if unit.lower().startswith("mi") else 1.0)


def phrases(text: str) -> dict[int, float]:
    """Where each distance phrase ends (the anchor town's start) → its distance in km."""
    out: dict[int, float] = {}
    for u in _UNIT.finditer(text):  # units are rare: match the whole phrase only around them
        m = _DIST.search(text, max(0, u.start() - 12), u.end() + 80)
        if m is not None and m.start(2) == u.start():
            out[m.end()] = _km_of(m.group(1), m.group(2))
    return out


def anchor(
    gz: Gazetteer, text: str, c: Candidate, ordered: list[Candidate], starts: list[int], ends: dict[int, float],
    inside: set[str] | None,
) -> tuple[int, float] | None:
    """The record of the town a distance phrase after `c` measures from, and the distance in km.

    `ends` comes from `phrases(text)`; `inside` (admin-1 or country codes stated for `c`) narrows an
    ambiguous anchor name.
    """
    end = _window_end(text, c)
    k = bisect_left(starts, c.end)
    while k < len(ordered) and ordered[k].start < end:
        y = ordered[k]
        k += 1
        km = ends.get(y.start)
        if km is None or not y.ids or y.kind == "demonym" or y.text == c.text:
            continue
        if km > 300:
            return None  # too far to stand in for the place
        pool = [i for i in y.ids if gz.fclass[i] in ("P", "S")]
        if inside:  # the stated state first, then the stated country ("Canora" in Saskatchewan, not Alberta)
            pool = [i for i in pool if gz.admin1[i] in inside] or [i for i in pool if gz.cc[i] in inside]
            if not pool:
                continue  # "southwest of Sandia and northeast of Alice in ... Texas": no Texan Sandia, try Alice
        if not pool:
            return None
        key = name_key(y.text)
        # A record whose own name it is beats an alias ("Slovyansk" is also listed as a name of Nikopol).
        return max(pool, key=lambda i: (gz.main_key(i) == key, gz.pops[i])), km
    return None


def near_radius(km: float) -> float:
    """How far from the anchor a reading may lie and still fit the phrase (the anchor point is a centroid)."""
    return km * 1.3 + 40.0


def distance(gz: Gazetteer, i: int, j: int) -> float:
    """Great-circle km between two records."""
    return haversine_km(float(gz.lat[i]), float(gz.lon[i]), float(gz.lat[j]), float(gz.lon[j]))
