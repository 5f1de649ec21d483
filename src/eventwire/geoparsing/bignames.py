"""Whether a word is the name of a big city, a country or a large first-level unit (person-name tests use them)."""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold


def is_city(gz: Gazetteer, word: str) -> bool:
    """True when `word` names a town of 100,000 people, a state or a country."""
    kid = gz.automaton.get(fold(word), -1)
    return kid >= 0 and any(
        (gz.fclass[i] == "P" and gz.pops[i] >= 100_000) or gz.fcode[i] in ("PCLI", "ADM1")
        for i in gz.key_candidates(kid))


def is_unit(gz: Gazetteer, word: str) -> bool:
    """True when `word` is the own name of a country or a first-level unit of 500,000 people ("Texas", "Italy"; not
    Bermuda's parish of Warwick)."""
    key = fold(word)
    kid = gz.automaton.get(key, -1)
    return kid >= 0 and any((gz.fcode[i] == "PCLI" or (gz.fcode[i] == "ADM1" and gz.pops[i] >= 500_000))
                            and gz.main_key(i) == key for i in gz.key_candidates(kid))


def own_city(gz: Gazetteer, word: str) -> bool:
    """True when a town of 100,000 people has `word` as its own (main) name."""
    key = fold(word)
    kid = gz.automaton.get(key, -1)
    return kid >= 0 and any(gz.fclass[i] == "P" and gz.pops[i] >= 100_000 and gz.main_key(i) == key
                            for i in gz.key_candidates(kid))
