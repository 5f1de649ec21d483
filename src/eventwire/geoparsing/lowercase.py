"""Lower-case text (no case cues): which gazetteer matches are places and which are English words.

A name is a place in lower-case text when it is not an everyday English word ("set", "front", "give",
"the city"), judged by how often the word is written in lower case in English (pyspellchecker's frequency
list, which counts "india" 689 times and "set" 457,115), and when the article supports it: a country or a
state, a big city by its own name, or a smaller or alternate name in a country another name of the article
also points to ("naroda" beside "ahmedabad"), or one the text introduces ("in X", a dateline).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold

log = logging.getLogger(__name__)

COMMON = 1_000  # lower-case uses in the list (of ~1.6 billion words) from which a word is an English word
KNOWN_PLACE = 2_000  # below this a country, a state or a city of a million by its own name is still the place
WITH_PREP = 5_000  # below this a word after "in/near/from ..." may be that place ("in jordan")
FAMOUS = 300  # below this a city of a million by its own name needs no other support ("dubai")
_BIG = 1_000_000
_TOWN = 100_000
# Words that introduce a place in running text ("of" does not: "a matter of faith", "the misuse of pota").
_INTRO = frozenset("in at near outside into toward towards around across via from to through within".split())
_OF_HEADS = frozenset("city town village district state capital outskirts suburb suburbs province region".split())
_PUNCT = "\"“”‘’'(),:;.!?-"
_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0\u2002]*$")
_DATELINE_AFTER = re.compile(r"[ \u00a0\u2002]*(?:[:,(\u2014\u2013\x97]|--?[ \u00a0\u2002])")
_SENT_START = re.compile(r"[.!?][ \u00a0\u2002]+$")
_PARTICLES = frozenset("of on the and de del la le el al".split())
# Words that make a name of English words generic: "western region", "national capital".
_GENERIC = frozenset("""north south east west northern southern eastern western central upper lower greater
    new old national capital region province state district territory city town county""".split())
_UNIT_WORDS = frozenset("county parish township borough district province oblast".split())
# Nouns that follow a place name in South Asian and other English news: the name before them is a place.
_GEO_NOUNS = frozenset("taluka tehsil taluk mandal zilla bazaar bazar chowk nagar mohalla patiya gam pura".split())
# Name words that English text uses often enough to be in the word list: beside a place name they make a person.
_NAME_WORDS = frozenset("singh khan ali ahmed shah mohammed muhammad mohammad abdul swami sahib saheb imam das".split())
_TOKEN = r"[^\W\d_][\w'’]*"
_WORD_BEFORE = re.compile(rf"(?:^|(?<=[ \u00a0\u2002]))({_TOKEN})\.?[ \u00a0\u2002]+$")
_AGE_AFTER = re.compile(r",[ \u00a0\u2002]*\d{1,2}[ \u00a0\u2002]*,")  # "jason jones, 23, of central avenue"
_WORDY_NAME = 20_000  # a first name used this often in lower case is a word first ("will", "may", "grace")
_WORD_AFTER = re.compile(rf"[ \u00a0\u2002]+({_TOKEN})")
_SAY = frozenset("said says told asked added according".split())
_STREETS = frozenset("street st avenue ave road rd boulevard blvd drive lane way ct parkway pike".split())


def person_context(text: str, start: int, end: int, key: str) -> bool:
    """True when the words around the name make it a person's: an initial, a first name or a speech verb before
    it ("r k anand", "derek d. moore", "caroline johnson", "said kinney"), a surname after a first name
    ("allison jennings"), or an age after it ("jones, 23,")."""
    if _AGE_AFTER.match(text, end):
        return True
    first, last = census_names()
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        w = fold(before.group(1))
        if (len(w) == 1 and w not in ("a", "i")) or w in first or w in _SAY:
            return True
    if key in first:
        after = _WORD_AFTER.match(text, end, end + 40)
        if after is not None:
            w = fold(after.group(1))
            return w in last and word_counts().get(w, 0) < COMMON
    return False


def foreign_phrase(gz: Gazetteer, text: str, start: int, end: int) -> bool:
    """True when a word right beside the name (spaces only between) is a name word or neither English nor a place
    name: "kalyan singh", "naresh raval", "rath yatra", "durga puja" are no places."""
    counts = word_counts()
    for m in (_WORD_BEFORE.search(text, max(0, start - 40), start), _WORD_AFTER.match(text, end, end + 40)):
        if m is None:
            continue
        w = fold(m.group(1))
        if w in _NAME_WORDS or (len(w) > 2 and w not in _GEO_NOUNS and w not in counts and w not in gz.automaton):
            return True
    return False


def foreign_next(text: str, end: int) -> bool:
    """True when the word right after the name is no English word (nor a place noun): "lok sabha", "rath yatra"."""
    m = _WORD_AFTER.match(text, end, end + 40)
    if m is None:
        return False
    w = fold(m.group(1))
    return len(w) > 2 and w not in _GEO_NOUNS and w not in word_counts()


def street(text: str, end: int) -> bool:
    """True when a street word follows ("mayfield road", "hot springs drive"): a street's name, not the place."""
    m = _WORD_AFTER.match(text, end, end + 30)
    return m is not None and m.group(1).lower() in _STREETS


@lru_cache(maxsize=1)
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """US census first names (less the everyday words among them: "will", "may", "grace") and surnames."""
    counts = word_counts()
    try:
        root = resources.files("names")
        first = {line.split(" ", 1)[0].lower() for f in ("dist.male.first", "dist.female.first")
                 for line in (root / f).read_text(encoding="ascii").splitlines() if line}
        last = {line.split(" ", 1)[0].lower() for line in (root / "dist.all.last").read_text(
            encoding="ascii").splitlines() if line}
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        log.warning("lower-case mode: census name lists unavailable (%s)", exc)
        return frozenset(), frozenset()
    return frozenset(w for w in first if counts.get(w, 0) < _WORDY_NAME), frozenset(last)


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """Lower-case English word → how often it is written so (pyspellchecker's English list; words ≥ 100 uses)."""
    try:
        ref = resources.files("spellchecker") / "resources" / "en.json.gz"
        with ref.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as gz_fh:
            data = json.load(gz_fh)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        # Without the list only the curated common words guard lower-case text: worse, but it still runs.
        log.warning("lower-case mode: English word list unavailable (%s)", exc)
        return {}
    return {w: n for w, n in data.items() if n >= 100}


def is_word(key: str, common: frozenset[str], limit: int = COMMON) -> bool:
    """True when the folded one-word `key` is an everyday English word (or a curated one)."""
    return key in common or word_counts().get(key, 0) >= limit


def person_name(key: str) -> bool:
    """True when the folded word is a US census first name or surname ("marion", "garcia")."""
    first, last = census_names()
    return key in first or key in last


@dataclass(slots=True, frozen=True)
class NameFacts:
    """What the gazetteer says about one name, for the lower-case rules."""

    country: bool  # some reading is a country (by any of its names)
    country_main: bool  # a country has it as its main name ("india", not "hindustan" or "mann")
    own_pop: int  # the most people of a town or unit that has the name as its main name (0: alias only)
    own_admin1: bool  # a first-level unit has it as its main name
    continent: bool  # a continent or a world region bears it ("europe", "middle east", "eu")
    countries: frozenset[str]  # the countries of its readings


def name_facts(gz: Gazetteer, key: str, ids: list[int]) -> NameFacts:
    """Country, own-name population and countries of a name's readings."""
    from eventwire.geoparsing.named import town_names  # named imports recognize, which imports this module

    names = town_names(key)
    own = [i for i in ids if gz.main_key(i) in names]
    return NameFacts(
        any(gz.fcode[i] == "PCLI" for i in ids),
        any(gz.fcode[i] == "PCLI" for i in own),
        max((int(gz.pops[i]) for i in own if gz.fclass[i] in ("P", "A")), default=0),
        any(gz.fcode[i] == "ADM1" for i in own),
        any(gz.fcode[i] in ("CONT", "RGN") for i in ids),
        frozenset(gz.cc[i] for i in ids if gz.cc[i]),
    )


def introduced(text: str, start: int) -> bool:
    """True when the words before `start` introduce a place: "in X", "city of X", or the name opens a line."""
    if _LINE_START.search(text, max(0, start - 8), start):
        return True
    # A split instead of a regex search: this runs for every candidate of every lower-case text.
    parts = [w for w in (p.strip(_PUNCT).lower() for p in text[max(0, start - 40) : start].split()[-3:]) if w]
    if not parts:
        return False
    b, a = parts[-1], parts[-2] if len(parts) > 1 else ""
    return b in _INTRO or (b == "of" and a in _OF_HEADS)


def dateline(text: str, start: int, end: int) -> bool:
    """True when the name opens a line or a sentence and a colon or a dash follows ("lucknow: the ...",
    "... barstool. newark — it was")."""
    after = _DATELINE_AFTER.match(text, end)
    if after is None:
        return False
    return bool(_LINE_START.search(text, max(0, start - 8), start)) or (
        bool(_SENT_START.search(text, max(0, start - 8), start)) and after.group(0).strip() not in (",", "(", ""))


def tier(key: str, facts: NameFacts, common: frozenset[str], intro: bool) -> str | None:
    """'self' (a place on its own), 'anchor' (a known place that needs its country supported), 'weak'
    (needs support and is no support for others), or None (an English word here)."""
    words = [w for w in key.split() if w not in _PARTICLES]
    if not words or (key.startswith("the ") and all(is_word(w, common) for w in words)):
        return None  # "the city", "the post", "the center": no antecedent is resolved here
    if len(words) > 1:
        if key.split(" ", 1)[0] in _GENERIC and " of " in key:
            return None  # "the state of ohio": the name after "of" is the mention
        if all(is_word(w, common) for w in words):
            # "old city", "cut off", "western region": a country or a city of 100k by that very name ("new york",
            # "long beach"), a state whose name is not just generic words ("new jersey"); a town of 10,000 or a
            # unit named with its unit word ("laurel county") when the article's country supports it.
            if all(w in _GENERIC for w in words):
                return None
            if facts.country or facts.continent or facts.own_admin1 or facts.own_pop >= _TOWN:
                return "self"
            return "weak" if facts.own_pop >= 10_000 or words[-1] in _UNIT_WORDS and facts.own_pop else None
        return "self" if facts.country or facts.own_admin1 or facts.own_pop >= _BIG else (
            "anchor" if facts.own_pop >= _TOWN else "weak")
    word = words[0]
    n = word_counts().get(word, 0)
    country = facts.country_main or facts.continent
    if word in common or n >= COMMON:
        if country:  # "china" (3,019 lower-case uses: porcelain), "jordan", "america" after "in"
            return "self" if n < (2 * WITH_PREP if intro else WITH_PREP) else None
        if n >= (WITH_PREP if intro else KNOWN_PLACE) or word in common:
            return None  # "set", "front", "hand", "wake": words, whatever town bears them
        return "self" if facts.own_pop >= _BIG else None
    if country or (facts.own_admin1 and facts.own_pop >= _BIG) or (facts.own_pop >= _BIG and n < FAMOUS):
        return "self"
    if facts.country and len(word) >= 5:
        return "self"  # a country's other name: "britain", "hindustan" ("mann" for the Isle of Man is too short)
    if facts.own_pop >= _TOWN or facts.country:
        return "anchor"
    return "weak"


def supported(kinds: list[tuple[str, NameFacts, bool, str]], dem_countries: set[str],
              people: set[str]) -> list[bool]:
    """Which candidates to keep: (tier, facts, introduced, key) each.

    A country counts as supported when a name other than the candidate's own, of tier 'self' or 'anchor', or a
    demonym points to it. A name the text also uses as a person's ("jason jones, 23" → "jones") is kept only
    where a word introduces it as a place.
    """
    by_cc: dict[str, set[str]] = {}
    for t, facts, _, key in kinds:
        if t in ("self", "anchor") and len(facts.countries) <= 3 and key not in people:
            for cc in facts.countries:
                by_cc.setdefault(cc, set()).add(key)
    for cc in dem_countries:
        by_cc.setdefault(cc, set()).add("~" + cc)
    keep: list[bool] = []
    intro_keys = {key for t, _, intro, key in kinds if intro and t != "weak"}
    counts = word_counts()
    for t, facts, intro, key in kinds:
        if key in people and not intro:
            keep.append(False)
        elif t == "self":
            keep.append(True)
        else:
            backed = any(by_cc.get(cc, set()) - {key} for cc in facts.countries)
            if t == "anchor":  # a foreign unit needs more than "from" ("from kandal village" is no Cambodian province)
                keep.append(backed or ((intro or key in intro_keys) and not facts.own_admin1))
            else:  # "brawl in chiefland": a town by its own name, no English word, introduced
                keep.append(backed or (intro and facts.own_pop > 0 and key not in counts))
    return keep
