"""Words of a known armed group's name that are no place of the story ("Moro" in "Moro Islamic Liberation Front")."""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold, name_key
from eventwire.geoparsing.recognize import Candidate

GroupSpan = tuple[int, int, str | None]  # start, end, the group's country (None: no one country)


@lru_cache(maxsize=1)
def _names() -> ahocorasick.Automaton:
    """The lexicon's group names of several words ("Mai-Mai" too), folded: (length, country, exact forms or None)."""
    from eventwire.components.actors import load_lexicon  # the lexicon's one reader

    found: dict[str, tuple[int, str | None, frozenset[str] | None]] = {}
    for g in load_lexicon("groups")["groups"]:
        if g.get("sector") in ("IGO", "NGO"):
            continue
        cased = frozenset(g.get("cased_aliases", []))  # "Lions' Den" the group, "the lions' den" a saying
        for a in [*g["aliases"], *cased]:
            if (" " in a or "-" in a) and fold(a) not in found:
                found[fold(a)] = (len(a), g.get("country"), cased if a in cased else None)
    auto = ahocorasick.Automaton()
    for key, value in found.items():
        auto.add_word(key, value)
    auto.make_automaton()
    return auto


def group_name_spans(text: str, folded: str | None = None) -> list[GroupSpan]:
    """Where `text` names a known armed group by a name of several words, with the group's country."""
    from eventwire.components.actors import _is_word  # one definition of a whole-word match

    folded = fold(text) if folded is None else folded
    out = []
    for end, (n, cc, exact) in _names().iter_long(folded):
        start = end + 1 - n
        if _is_word(folded, start, end + 1) and (exact is None or text[start:end + 1] in exact):
            out.append((start, end + 1, cc))
    return out


def _home(gz: Gazetteer, c: Candidate, cc: str | None) -> bool:
    """Whether a reading of `c` lies in the group's country (no country: `c` is a country's own name)."""
    if cc is not None:
        return any(gz.cc[i] == cc for i in c.ids)
    return any(gz.fcode[i] == "PCLI" and name_key(gz.names[i]) == name_key(c.text) for i in c.ids)


def outside_group_names(gz: Gazetteer, cands: list[Candidate], spans: list[GroupSpan]) -> list[Candidate]:
    """Drop a toponym inside a known group's name unless a reading lies in the group's own country.

    "the Moro Islamic Liberation Front" names no Pakistani town Moro; "the Tigray People's Liberation Front" keeps
    Tigray (Ethiopia's region, the group's own country), "the Freedom of Russia Legion" keeps Russia.
    """
    if not cands or not spans:
        return cands
    out = []
    for c in cands:
        group = [cc for s, e, cc in spans if s <= c.start and c.end <= e and e - s > c.end - c.start]
        if group and c.kind != "demonym" and not _home(gz, c, group[0]):
            continue
        out.append(c)
    return out
