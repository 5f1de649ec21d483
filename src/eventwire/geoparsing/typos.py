"""KATOTTG settlements one typing slip from a name the text writes, near the places of its sentence.

Front reports misspell villages by one letter ("Avdiika", "Huliapole", "Novotoshkirske", "Blyzhnje", "Dovehenke")
beyond what the loose spelling key (`ukraine.skeleton`) folds. A slip is read only against the settlements of the
hromadas near a Ukrainian place of the same sentence (`villages.add_villages` asks), so a surname or a common
word is compared with a few hundred names of one area, never with the whole register.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

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


@lru_cache(maxsize=1)
def by_row() -> dict[int, tuple[tuple[str, str], ...]]:
    """Row (`villages.table`) → its settlements' (loose key, register name), keys of MIN_LEN - 1 letters or more."""
    from eventwire.geoparsing.villages import loose_table  # villages calls this module

    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for key, rows in loose_table().items():
        if len(key) >= MIN_LEN - 1:
            for row, names in rows.items():
                out[row].append((key, names[0]))
    return {r: tuple(v) for r, v in out.items()}


def slips(key: str, near_rows: list[int]) -> dict[int, str]:
    """Of `near_rows`, those holding a settlement whose loose key is one slip from `key`: row → its register name."""
    table = by_row()
    out: dict[int, str] = {}
    for r in near_rows:
        for k, name in table.get(r, ()):
            if abs(len(k) - len(key)) <= 1 and one_slip(key, k):
                out[r] = name
                break
    return out
