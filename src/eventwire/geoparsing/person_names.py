"""Where a text names a person of the actor lexicon ("Lula", "Mahmoud Abbas"): those words are no place there."""

from __future__ import annotations

import re

from eventwire.components.text_case import is_word
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing.lexicon_names import longest, name_hits, names


def person_name_spans(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Where `text` names a listed person by a listed name, written exactly so ("Lula", not "lula" or "LULA")."""
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):
        return []  # offsets would not line up
    out = []
    for start, end, (_, _, person) in longest(name_hits(folded), group=False):
        assert person is not None
        if text[start:end] in person.forms and is_word(text, start, end):
            out.append((start, end))
    if out and "of" in text:  # "the town of Abbas": that text tells the word as a place, all through it
        places = {fold(m.group(1)) for m in _KIND_OF.finditer(text)}
        out = [(s, e) for s, e in out if folded[s:e] not in places]
    return out


_KINDS = r"(?i:town|village|city|hamlet|settlement|camp|district|area|suburb|neighbou?rhood|municipality)"
_KIND_OF = re.compile(rf"\b{_KINDS}s?[ \u00a0\u2002]+(?i:of)[ \u00a0\u2002]+([A-Z][\w'’-]+)")  # "Town of Lula" too
_IS_A = re.compile(rf"(?:^|[.!?]\s+)([A-Z][\w'’-]+) is an? (?:\w+ ){{0,2}}{_KINDS}\b")  # "Berri is a small town"
_CAPS = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’-]*)*")  # a run of capitalised words
_UNIT = {"PCLI": 0, "PCLD": 0, "PCLS": 0, "PCLF": 0, "ADM1": 1, "ADM2": 2}


def placed_words(gz: Gazetteer, text: str, words: list[str]) -> set[str]:
    """The folded one-word `words` (listed persons' names) the text corroborates as places.

    A reading is corroborated where the text names its country (other than the person's), its ADM1 or its ADM2
    ("Lula, Georgia", "Berri ... South Australia"), or opens "X is a town ...".
    """
    mine = set(words)
    out = {fold(m.group(1)) for m in _IS_A.finditer(text)} & mine
    units: set[tuple[int, str]] = set()  # (level, code) of every unit a capitalised run of the text can name
    for m in _CAPS.finditer(text):
        ws = m.group().split()
        for i in range(len(ws)):
            for j in range(i + 1, min(i + 4, len(ws) + 1)):
                run = " ".join(ws[i:j]).strip(".,")
                if fold(run) in mine:
                    continue  # the word itself corroborates nothing
                for r in gz.candidates(run):
                    lvl = _UNIT.get(gz.fcode[r])
                    if lvl is not None:
                        units.add((lvl, (gz.cc[r], gz.admin1[r], gz.admin2[r])[lvl]))
    auto = names()
    for w in mine - out:
        person = auto.get(w)[2] if w in auto else None
        own = person.countries if person is not None else frozenset()
        for r in gz.candidates(w):
            if ((0, gz.cc[r]) in units and gz.cc[r] not in own) or (1, gz.admin1[r]) in units and gz.admin1[r] \
                    or (2, gz.admin2[r]) in units and gz.admin2[r]:
                out.add(w)
                break
    return out
