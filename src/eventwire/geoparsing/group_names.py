"""Words of a known armed group's name that are no place of the story ("Moro" in "Moro Islamic Liberation Front")."""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing.recognize import Candidate


@lru_cache(maxsize=1)
def _names() -> ahocorasick.Automaton:
    """The actor lexicon's multi-word group names, folded, each with its group's country (None: no one country)."""
    from eventwire.components.actors import load_lexicon  # the lexicon's one reader

    auto = ahocorasick.Automaton()
    for g in load_lexicon("groups")["groups"]:
        if g.get("sector") in ("IGO", "NGO"):
            continue
        for a in [*g["aliases"], *g.get("cased_aliases", [])]:
            if " " in a and fold(a) not in auto:
                auto.add_word(fold(a), (len(a), g.get("country")))
    auto.make_automaton()
    return auto


def _is_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def outside_group_names(gz: Gazetteer, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop a toponym inside a known group's name unless a reading is a country or lies in the group's country.

    "the Moro Islamic Liberation Front" names no Pakistani town Moro; "the Tigray People's Liberation Front" keeps
    Tigray (Ethiopia's region, the group's own country), "the Freedom of Russia Legion" keeps Russia.
    """
    if not cands:
        return cands
    folded = fold(text)
    spans = [(end + 1 - n, end + 1, cc) for end, (n, cc) in _names().iter_long(folded)
             if _is_word(folded, end + 1 - n, end + 1)]
    if not spans:
        return cands
    out = []
    for c in cands:
        group = [cc for s, e, cc in spans if s <= c.start and c.end <= e and e - s > c.end - c.start]
        if group and c.kind != "demonym" and not any(
                gz.fcode[i] == "PCLI" or (group[0] is not None and gz.cc[i] == group[0]) for i in c.ids):
            continue
        out.append(c)
    return out
