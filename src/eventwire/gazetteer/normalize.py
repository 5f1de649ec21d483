"""Length-preserving text folding shared by the gazetteer build and the recogniser."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that NFKD does not fold to a plain letter but that news text uses for the same name.
_SPECIAL = {
    "ß": "s", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "æ": "a", "Æ": "a",
    "œ": "o", "Œ": "o", "þ": "t", "ð": "d", "ʼ": "'", "ʻ": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "ʹ": "'",
}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    # One output char per input char, so offsets in the folded text are offsets in the original.
    table: dict[int, str] = {}
    for cp in range(0x80, 0x3000):
        ch = chr(cp)
        if ch in _SPECIAL:
            out = _SPECIAL[ch]
        elif ch.isspace():
            out = " "
        else:
            base = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in base if not unicodedata.combining(c))
            out = base.lower() if len(base) == 1 else ch.lower()
            if len(out) != 1:
                out = ch
        table[cp] = out
    for cp in range(0x41, 0x5B):
        table[cp] = chr(cp + 32)
    table[ord("\t")] = " "
    table[ord("\n")] = " "
    table[ord("\r")] = " "
    return table


_ASCII_ODD = re.compile(r"[\t\n\r]")
_ASCII_TABLE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes/dashes/spaces, keeping the length."""
    if text.isascii():  # the common case: C-speed lower() instead of a per-character table lookup
        out = text.lower()
        return out.translate(_ASCII_TABLE) if _ASCII_ODD.search(out) else out
    return text.translate(_table())


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)  # an article names Kharkiv 40 times and every resolution step keys it again
def name_key(name: str) -> str:
    """The lookup key of a place name: folded, single-spaced, trimmed."""
    return _SPACES.sub(" ", fold(name)).strip()


_JOIN_SPACES = re.compile(" ?\x00 ?")


def name_keys(names: list[str]) -> list[str]:
    """`name_key` of many names at once: one fold over the joined text (folding keeps lengths)."""
    if not names:
        return []
    big = _SPACES.sub(" ", fold("\x00".join(names)))  # NUL is neither folded nor whitespace
    return _JOIN_SPACES.sub("\x00", big).strip().split("\x00")
