"""Where a text names a person of the actor lexicon ("Lula", "Mahmoud Abbas"): those words are no place there."""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from eventwire.gazetteer.normalize import fold


@lru_cache(maxsize=1)
def _names() -> ahocorasick.Automaton:
    """The lexicon's person names and aliases, folded: (length, their exact spellings)."""
    from eventwire.components.actors import load_lexicon  # the lexicon's one reader

    found: dict[str, set[str]] = {}
    for p in load_lexicon("persons")["persons"]:
        for a in [p["name"], *p["aliases"]]:
            found.setdefault(fold(a), set()).add(a)
    auto = ahocorasick.Automaton()
    for key, forms in found.items():
        auto.add_word(key, (len(key), frozenset(forms)))
    auto.make_automaton()
    return auto


def person_name_spans(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Where `text` names a listed person by a listed name, written exactly so ("Lula", not "lula" or "LULA")."""
    from eventwire.components.actors import _is_word  # one definition of a whole-word match

    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):
        return []  # offsets would not line up
    out = []
    for end, (n, forms) in _names().iter_long(folded):
        start = end + 1 - n
        if text[start : end + 1] in forms and _is_word(text, start, end + 1):
            out.append((start, end + 1))
    if out and "of" in text:  # "the town of Abbas": that text tells the word as a place, all through it
        places = {fold(m.group(1)) for m in _KIND_OF.finditer(text)}
        out = [(s, e) for s, e in out if folded[s:e] not in places]
    return out


_KIND_OF = re.compile(r"\b(?:town|village|city|hamlet|settlement|camp|district|area|suburb|neighbou?rhood)s?"
                      r"[ \u00a0\u2002]+of[ \u00a0\u2002]+([A-Z][\w'’-]+)")
