"""KATOTTG settlements one typing slip from a name the text writes, near the places of its sentence.

Front reports misspell villages by one letter ("Avdiika", "Huliapole", "Novotoshkirske", "Blyzhnje", "Dovehenke")
beyond what the loose spelling key (`ukraine.skeleton`) folds. A slip is read only against the settlements of the
hromadas near a Ukrainian place of the same sentence (`villages.add_villages` asks), so a surname or a common
word is compared with a few hundred names of one area, never with the whole register.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

from eventwire.gazetteer import haversine_km

MIN_LEN = 7  # a shorter name is one slip from too many others ("Nove", "Zoria")


def one_slip(a: str, b: str) -> bool:
    """Whether two different keys differ by one letter dropped, added, changed, or two neighbours swapped, the first
    letter kept ("avdiika" / "avdiivka", "brazkhivka" / "brazhkivka")."""
    if a == b or not a or not b or a[0] != b[0]:
        return False
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(la - lb) != 1:
        return False
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


_SWAPS = {frozenset("oi"), frozenset("ei")}  # Russian / Ukrainian vowel pairs: "Tavolzhanka", "Budanov" / "Budaniv"


def kin(a: str, b: str) -> bool:
    """Whether two keys one slip apart differ only where a surname or a Russian name differs from a Ukrainian village:
    at the last letter ("kovalenko" / "kovalenki", "volfino" / "volfine") or by an o/e for an i ("budanov")."""
    if a[:-1] == b[:-1] or a == b[:-1] or a[:-1] == b:
        return True
    diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(diff) == 1 and frozenset(a[diff[0]] + b[diff[0]]) in _SWAPS


# A person's name, not a place: "according to Zaluzhnyi", "General Zaluzhnyi", "Zaluzhnyi said".
_SPEAKER_BEFORE = re.compile(r"(?:\baccording\s+to|\b(?:General|Gen\.|Colonel|Col\.|Commander|Minister|President|"
                             r"Governor|Mayor|Head|Chief|spokesperson|spokesman|advisor|adviser|Ombudsman))\s+$")
_SPEAKER_AFTER = re.compile(r",?\s+(?:said|says|told|stated|claimed|reported|added|noted)\b")


def spoken(text: str, s: int, e: int) -> bool:
    """Whether the name at text[s:e] is told as a speaker or a titled person (no village slip is read there)."""
    return bool(_SPEAKER_BEFORE.search(text, max(0, s - 30), s) or _SPEAKER_AFTER.match(text, e))


def _mask(key: str) -> int:
    """The set of a key's characters as bits (one slip adds at most one and drops at most one)."""
    out = 0
    for ch in key:
        out |= 1 << (ord(ch) & 63)
    return out


@lru_cache(maxsize=1)
def by_shape() -> dict[tuple[str, int], tuple[tuple[str, int], ...]]:
    """(First letter, length) → the register's loose keys (`villages.loose_table`) of MIN_LEN - 1 letters or more,
    with their character masks."""
    from eventwire.geoparsing.villages import loose_table  # villages calls this module

    out: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for key in loose_table():
        if len(key) >= MIN_LEN - 1:
            out[(key[0], len(key))].append((key, _mask(key)))
    return {r: tuple(v) for r, v in out.items()}


@lru_cache(maxsize=1 << 14)  # a report writes "Ukrainian" a hundred times: each key is compared with the register once
def near_keys(key: str) -> tuple[str, ...]:
    """The register's loose keys one slip from `key`, less those only a surname or a Russian spelling is (`kin`)."""
    shapes, mask = by_shape(), _mask(key)
    return tuple(k for n in (len(key) - 1, len(key), len(key) + 1) for k, m in shapes.get((key[0], n), ())
                 if (m ^ mask).bit_count() <= 2 and one_slip(key, k) and not kin(key, k))


def slips(key: str, near_rows: tuple[int, ...]) -> dict[int, str]:
    """Of `near_rows`, those holding a settlement whose loose key is one slip from `key`: row → its register name."""
    from eventwire.geoparsing.villages import loose_table

    out: dict[int, str] = {}
    for k in near_keys(key):
        rows = loose_table()[k]
        for r in near_rows:
            if r in rows and r not in out:
                out[r] = rows[r][0]
    return out


@lru_cache(maxsize=1)
def _grid() -> dict[tuple[int, int], tuple[int, ...]]:
    """Rows of `villages.table` by the whole degrees of their point."""
    from eventwire.geoparsing.villages import table

    out: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(table()[1]):
        out[(math.floor(r.lat), math.floor(r.lon))].append(i)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)  # a sentence's places, asked for each unread name of the sentence
def rows_near(points: tuple[tuple[float, float], ...]) -> tuple[int, ...]:
    """The rows of `villages.table` lying within their radius + `villages.SENTENCE_KM` of one of `points`."""
    from eventwire.geoparsing.villages import SENTENCE_KM, table

    grid, rows, seen = _grid(), table()[1], set[int]()
    for lat, lon in points:
        a, b = math.floor(lat), math.floor(lon)
        seen.update(i for da in (-1, 0, 1) for db in (-1, 0, 1) for i in grid.get((a + da, b + db), ()))
    # A degree is over 111 km north-south and 60 km east-west in Ukraine: a box first, then the great circle.
    return tuple(i for i in sorted(seen) if any(
        abs(rows[i].lat - lat) * 111 <= (lim := rows[i].radius + SENTENCE_KM) and abs(rows[i].lon - lon) * 60 <= lim
        and haversine_km(rows[i].lat, rows[i].lon, lat, lon) <= lim for lat, lon in points))
