"""One scan per text for the actor lexicon's armed-group and person names that the geoparser keeps from places."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from eventwire.gazetteer.normalize import fold


class GroupName(NamedTuple):
    """A group name of several words: its length, the group's country, the exact forms it needs (None: any case)."""

    length: int
    country: str | None
    exact: frozenset[str] | None


class PersonName(NamedTuple):
    """A listed person's name or alias: its length, its exact spellings, the countries of the persons it names."""

    length: int
    forms: frozenset[str]
    countries: frozenset[str]


Entry = tuple[int, GroupName | None, PersonName | None]  # a folded key's length and what it is to each reader
Hit = tuple[int, int, Entry]  # start, end, entry: every occurrence of a key in the folded text, overlaps included


@lru_cache(maxsize=1)
def names() -> ahocorasick.Automaton:
    """One automaton over the folded group names of several words ("Mai-Mai" too) and the persons' names."""
    from eventwire.components.actors import load_lexicon  # the lexicon's one reader

    groups: dict[str, GroupName] = {}
    for g in load_lexicon("groups")["groups"]:
        if g.get("sector") in ("IGO", "NGO"):
            continue
        cased = frozenset(g.get("cased_aliases", []))  # "Lions' Den" the group, "the lions' den" a saying
        for a in [*g["aliases"], *cased]:
            if (" " in a or "-" in a) and fold(a) not in groups:  # the first group to claim a name keeps it
                groups[fold(a)] = GroupName(len(a), g.get("country"), cased if a in cased else None)
    persons: dict[str, tuple[set[str], set[str]]] = {}
    for p in load_lexicon("persons")["persons"]:
        for a in [p["name"], *p["aliases"]]:
            forms, ccs = persons.setdefault(fold(a), (set(), set()))
            forms.add(a)
            ccs.add(p.get("country") or "")
    auto = ahocorasick.Automaton()
    for key in groups.keys() | persons.keys():
        person = persons.get(key)
        entry: Entry = (len(key), groups.get(key),
                        PersonName(len(key), frozenset(person[0]), frozenset(person[1])) if person else None)
        auto.add_word(key, entry)
    auto.make_automaton()
    return auto


@lru_cache(maxsize=2)  # the group and person readers of one parse ask for the same folded text
def name_hits(folded: str) -> tuple[Hit, ...]:
    """Every occurrence of a group or person name in `folded` (a `fold`ed text), overlaps included, by start."""
    hits = [(end + 1 - entry[0], end + 1, entry) for end, entry in names().iter(folded)]
    hits.sort(key=lambda h: (h[0], -h[1]))
    return tuple(hits)


def longest(hits: tuple[Hit, ...], group: bool) -> list[tuple[int, int, Entry]]:
    """The leftmost-longest non-overlapping hits among the group names (`group`) or the person names."""
    out = []
    pos = 0
    for h in hits:
        if h[0] >= pos and h[2][1 if group else 2] is not None:
            out.append(h)
            pos = h[1]
    return out
