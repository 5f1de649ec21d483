"""Romanise Ukrainian place names by the official 2010 KMU table (Cabinet resolution No. 55, 27 January 2010)."""

from __future__ import annotations

import re

# Letter → Latin inside a word; `_INITIAL` holds the letters written otherwise at a word's start.
_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": "iu", "я": "ia",
    # Apostrophes are not written ("Мар'янка" → "Marianka"); Russian letters some old names keep are read as such.
    "'": "", "’": "", "ʼ": "", "`": "", "ы": "y", "э": "e", "ъ": "", "ё": "io",
}
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def kmu(name: str, news: bool = False, y_short: bool = True) -> str:
    """'Воєводівка' → 'Voievodivka', 'Ямпіль' → 'Yampil', 'Згурівка' → 'Zghurivka' (KMU 2010); with `news`, є, ї,
    й, ю, я are written "ye, yi, y, yu, ya" inside a word too ("Voyevodivka", "Stryapivka", "Tavriyske"), as much
    English news does (without `y_short`, й stays "i" there: "Mykhailo-Kotsyubynske")."""
    out: list[str] = []
    prev = ""  # the previous Cyrillic letter, lower-cased ("" at a word's start)
    for ch in name:
        low = ch.lower()
        if low not in _TABLE:
            out.append(ch)
            prev = "" if not ch.isalpha() else low
            continue
        lat = _INITIAL[low] if (news or not prev) and low in _INITIAL and (low != "й" or y_short or not prev) \
            else _TABLE[low]
        if low == "г" and prev == "з":
            lat = "gh"  # "зг" is written "zgh" so that it is not read as "ж"
        if ch.isupper() and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        if low not in "'’ʼ`":  # an apostrophe does not start a new word: "Мар'янка" keeps "ia"
            prev = low
    return "".join(out)


_AFTER_VOWEL = re.compile("(?<=[aeiouy])ie")


def spelling_variants(name: str) -> list[str]:
    """A Ukrainian name's KMU spelling, then its news spellings where they differ ("Tavriyske", "Mykhailo-Kotsyubynske")."""
    out = [kmu(name)]
    # "Voevodivka": news also drops the i of "ie" after a vowel.
    for v in (kmu(name, news=True), kmu(name, news=True, y_short=False), _AFTER_VOWEL.sub("e", out[0])):
        if v not in out:
            out.append(v)
    return out


_RU_IVKA = re.compile(r"ivka\b")


def loose_spellings(latin: str) -> list[str]:
    """More spellings of a romanised name, as front reports write them: х inside a word as "h" ("Arhanhelske",
    "Vilhivka"), and the Russian ending "-ovka" for "-ivka" ("Zlatoustovka"). Only х gives "kh" in the KMU table."""
    out = []
    if "kh" in latin:
        out.append(latin.replace("kh", "h"))
    if _RU_IVKA.search(latin):
        out.extend(_RU_IVKA.sub("ovka", v) for v in [latin, *out])
    return [v for v in out if v != latin]


# A loose key for the spellings of one name in English front reports: Ukrainian (KMU or news) and Russian forms.
_SKELETON = (
    # ь and the apostrophe written as an apostrophe inside a word: "Stel'makhivka" = "Stelmakhivka", "Kam'yanka" =
    # "Kamianka" (KMU drops both); not a possessive "'s", but "Podil's'k" (an s and a second apostrophe) is no possessive.
    (re.compile(r"(?<=\w)'(?=\w)(?!s(?![\w'’]))"), ""),
    (re.compile(r"kh|g"), "h"),  # х, г: "Zagradivka" = "Zahradivka"
    (re.compile(r"(?:y?e|o)vka\b"), "ivka"),  # Russian -евка/-овка = Ukrainian -івка: "Kochubeyevka" = "Kochubeivka"
    (re.compile(r"(?:oye|oe|ovo)\b"), "ove"),  # Russian -ое/-ово = Ukrainian -ове: "Lisovo" = "Lisove"
    # я, ю, є and ья written "ia/ya", "iu/yu", "ie/ye" or without the i; not at a word's start, where Я or Ю is a
    # letter of its own ("Yanivka" is not "Annivka").
    (re.compile(r"(?<=\w)[iy](?=[aue])"), ""),
    (re.compile(r"y"), "i"),  # и, й, ї, і: "Kopiliv" = "Kopyliv"
    (re.compile(r"ei"), "i"),  # Russian -ей- = Ukrainian -ій-: "Sanzheika" = "Sanzhiika"
    (re.compile(r"(\w)\1+"), r"\1"),  # doubled letters: "Sanzhiika", "Pryvillia"
)


def skeleton(key: str) -> str:
    """A folded name's loose spelling key: "zagradivka" and "zahradivka" give "zahradivka", "sanzheika" and
    "sanzhiika" give "sanzhika" (keys of many names may be joined by NUL and keyed at once)."""
    for pattern, repl in _SKELETON:
        key = pattern.sub(repl, key)
    return key
