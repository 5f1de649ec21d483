"""ALL-CAPS wire copy (FBIS, telex): which gazetteer matches are English words or people, not places.

Upper-case text has no case cues, like lower-case text: "TO CARRY OUT", "THE NORTHERN PART OF", "DRUG
TRAFFICKERS", "THE CAPITAL" all match some town's name. The same English-word test as lower-case mode
(`lowercase.tier`) decides, without the lower-case support rules: the old ALL-CAPS rules already ask a small
lone name for "in X".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing import lowercase as LC

if TYPE_CHECKING:  # recognize imports this module
    from eventwire.geoparsing.recognize import Candidate

_TOWN = 10_000
_EVERYDAY = 20_000  # "new", "hope", "country", "club"; not "santa", "barbara", "jesus", "maria", "villa"
_ARTICLES = frozenset("el la los las al".split())
# "[PONCE] AS FOR THE FIRST QUESTION": an interview transcript's speaker label, a name alone in brackets.
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0\u2002]*\[(?:[A-Z]+ ){0,2}$")  # "[DIAZ SALVADOR] WE HAVE ..."
_LABEL_AFTER = re.compile(r"\][ \t\u00a0\u2002]")


def screen(
    gz: Gazetteer, text: str, flat: str, key: str, ids: list[int], facts: LC.NameFacts, common: frozenset[str],
    alias: bool, start: int, end: int,
) -> tuple[str, bool, frozenset[str] | None]:
    """One ALL-CAPS match: ('keep' | 'drop' | 'person', introduced by "in X" or a dateline, the countries an alias
    needs the story to name). `flat` is `text` with its line breaks as spaces ("RENE EMILIO\nPONCE")."""
    intro = LC.introduced(text, start) or LC.dateline(text, start, end)
    capital = any(gz.fcode[i] == "PPLC" and gz.main_key(i) == key for i in ids)
    # "RIVERA Y DAMAS", "CALDERON SOL": another name of Damascus or Seoul stands only where the story's countries
    # have a reading of it ("TOLU", "NIQUINOMO" in a Colombian or Nicaraguan story).
    pending = facts.countries if alias and not facts.country and not LC.introduced(text, start) else None
    if english_word(key, facts, common, intro) or (" " not in key and not facts.country and part_of_name(
            text, start)) or (not facts.country and named_thing(text, start, end, capital)):
        return "drop", intro, None  # "TO CARRY OUT", "THE NORTHERN PART", "COSTA DEL SOL", "ON ANCASH STREET"
    if speaker_label(text, start, end):
        return ("person" if " " not in key and not facts.country else "drop"), intro, None
    if person(flat, start, end, key, facts, capital):
        return "person", intro, None
    return "keep", intro, pending


def english_word(key: str, facts: LC.NameFacts, common: frozenset[str], intro: bool) -> bool:
    """True when the folded name is an everyday English word here ("carry", "part", "drug", "the city").

    A rarer word that names a town of 10,000 or a state is still the place after "in/near/from ..."
    ("IN COLON", "IN EL CARMEN"): the word list counts "colon" 1,828 times, "carmen" 1,728.
    """
    words = key.split()
    if words[0] in _ARTICLES and len(words) > 1:
        return False  # "LA UNION", "EL CARMEN": a Spanish article makes a name of an English word
    t = LC.tier(key, facts, common, intro)
    if t is not None:
        # "GIVE NEW HOPE", "THE RED CROSS": English words together name a place only when it is a big one.
        return t != "self" and len(words) > 1 and all(LC.is_word(w, common, _EVERYDAY) for w in words)
    if intro and len(words) == 1 and not key.startswith("the ") and words[0] not in common:
        n = LC.word_counts().get(words[0], 0)
        if n < LC.WITH_PREP and (facts.own_admin1 or facts.own_pop >= _TOWN):
            return False
    return True


def speaker_label(text: str, start: int, end: int) -> bool:
    """True when the name stands alone in brackets at the start of a paragraph: a transcript's speaker."""
    return bool(_LABEL_BEFORE.search(text, max(0, start - 12), start)) and bool(_LABEL_AFTER.match(text, end))


def person(text: str, start: int, end: int, key: str, facts: LC.NameFacts, capital: bool) -> bool:
    """True when the words around a one-word name that is no country, state or capital make it a person's:
    a first name, an initial or a speech verb before it ("RENE EMILIO PONCE", "RIVERA Y DAMAS"), a census
    surname after a first name ("ANA GUADALUPE MARTINEZ"), an age after it, or "X SAID"."""
    if capital or " " in key or facts.country or (facts.own_admin1 and facts.own_pop >= 1_000_000):
        return False  # Puerto Rico's municipios are first-level units: "RENE EMILIO PONCE" is still a person
    if _SAID_NEXT.match(text, end) or LC.person_context(text, start, end, key):
        return True
    first, _ = LC.census_names()
    if key in first:  # "HECTOR OQUELI COLINDRES", "LILIANA VIGOLLA": a first name before a foreign word
        after = _WORD_AFTER.match(text, end)
        if after is not None:
            w = after.group(1).lower()
            return len(w) > 2 and w not in LC.word_counts() and w not in _GEO_WORDS and w not in first
    return False


def part_of_name(text: str, start: int) -> bool:
    """True when a Spanish particle glues the name to the words before it: "COSTA DEL SOL", "SAN FRANCISCO
    DE LIMA" (a longer name the gazetteer lacks, not Seoul or Lima)."""
    return bool(_PARTICLE_BEFORE.search(text, max(0, start - 8), start))


_WORD_AFTER = re.compile(r"[ \u00a0\u2002]+([A-Z][A-Z'’]+)\b")
_PARTICLE_BEFORE = re.compile(r"\b(?:DE|DEL)[ \u00a0\u2002\n]+$")
_GEO_WORDS = frozenset(LC._GEO_NOUNS | {"canton", "municipio", "corregimiento", "departamento", "caserio", "aldea",
                                        "vereda", "barrio", "colonia", "finca", "hacienda", "cerro", "rio"})


_SAID_NEXT = re.compile(r"[ \u00a0\u2002]+(?:SAID|SAYS|TOLD|ADDED|ASKED|STATED|EXPLAINED|NOTED)\b")


def named_thing(text: str, start: int, end: int, capital: bool) -> bool:
    """True when a word after the name makes it a street's, a treaty's or a unit's name: "ON BELLA VISTA STREET",
    "CORDOBA AND PERU STREETS", "THE GENEVA AGREEMENTS", "TUPAC AMARU REVOLUTIONARY MOVEMENT".

    "A DOWNTOWN BOGOTA STREET", "THE MAIN SAN SALVADOR STREETS": a street in the city, which stays a place.
    """
    if _THING_NEXT.match(text, end):
        return True
    if not _STREET_NEXT.match(text, end) or capital:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is None or before.group(1) not in _STREET_MODIFIERS


_THING_NEXT = re.compile(r"[ \n]+(?:AGREEMENTS?|ACCORDS?|CONVENTIONS?|BATTALIONS?|BRIGADE|REVOLUTIONARY|DISCOTHEQUE)\b")
_STREET_NEXT = re.compile(r"(?:[ \n]+(?:AND|Y)[ \n]+[A-Z][A-Z'’]+)?[ \n]+(?:STREETS?|AVENUES?|BOULEVARD)\b")
_WORD_BEFORE = re.compile(r"([A-Z]+)[ \n]+$")
_STREET_MODIFIERS = frozenset("A AN DOWNTOWN MAIN CENTRAL IMPORTANT BUSY SEVERAL MANY SOME OTHER".split())


def story_countries(gz: Gazetteer, cands: list[Candidate], dems: list[tuple[int, int, str]]) -> set[str]:
    """The countries of the story's names (each by its most prominent record of that very name) and demonyms."""
    out = {cc for _, _, cc in dems}
    for c in cands:
        key = fold(c.text)
        own = [i for i in c.ids if gz.main_key(i) == key]
        if own:
            out.add(gz.cc[max(own, key=lambda i: (gz.fcode[i] in ("PCLI", "PPLC", "ADM1"), gz.pops[i]))])
    return out
