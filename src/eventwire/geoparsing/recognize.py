"""Find toponyms and demonyms in text with the gazetteer's Aho-Corasick automaton and casing rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.build import common_words
from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing import allcaps as AC
from eventwire.geoparsing import lowercase as LC
from eventwire.geoparsing import titlecase as TC
from eventwire.geoparsing.bignames import is_city as _is_city
from eventwire.geoparsing.bignames import is_unit as _is_unit
from eventwire.geoparsing.bignames import own_city as _own_city
from eventwire.geoparsing.cues import (
    _ABBREV,
    _CIVIC_NEXT,
    _GEO_NEXT,
    _GEO_PREV,
    _NOT_PLACES,
    _ORG_NEXT,
    _OUTLET_PREV,
    _OUTLET_WORDS,
    _PAIR_NEXT,
    _PERSON_NEXT,
    _ROLE_BEFORE,
    _SAID_NEXT,
    _STREET_NEXT,
    _TITLES,
    _UNIT_NEXT,
    _WATER_NEXT,
    idiom,
)
from eventwire.geoparsing.matching import UPPER_CLASS as _UPPER_CLASS
from eventwire.geoparsing.matching import demonyms, name_matches
from eventwire.geoparsing.namewords import _NAME_RUN, _speakers, words_after
from eventwire.geoparsing.person_names import person_name_spans, placed_words


@dataclass(slots=True)
class Candidate:
    """A recognised span and the gazetteer records it may name."""

    start: int
    end: int
    text: str
    ids: list[int]
    kind: str = "toponym"  # toponym | demonym
    country: str | None = None  # demonym → ISO2
    hints: dict[str, float] = field(default_factory=dict)


# Lower-case particles allowed inside a capitalised name ("Rostov-on-Don", "Bosnia and Herzegovina").
_PARTICLES = frozenset("of on upon the and de del der di da du des la le el al am an im van von y e".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_SENT_START = re.compile(r"(^|[.!?:;\n\"“”(]\s*|\n\s*)$")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(common_words())


def common_set() -> frozenset[str]:
    """The curated common English words that are also place names (folded)."""
    return _common()


_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile("[" + re.escape(_UPPER_CLASS) + "]")
_LOWER = re.compile("[" + re.escape("".join(chr(c) for c in range(0x41, 0x3000) if chr(c).islower())) + "]")
# Runs of the same classes: counting run lengths builds one string per word, not one per letter.
_UPPER_RUN = re.compile(_UPPER.pattern + "+")
_LOWER_RUN = re.compile(_LOWER.pattern + "+")
_ASCII_UP, _ASCII_LOW = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
# Every byte but the capitals (small letters): deleting them leaves just the letters to count.
_NOT_ASCII_UP = bytes(b for b in range(256) if chr(b) not in _ASCII_UP)
_NOT_ASCII_LOW = bytes(b for b in range(256) if chr(b) not in _ASCII_LOW)


def casing(text: str) -> str:
    """'upper' for ALL-CAPS wire copy, 'lower' for lower-cased text, else 'mixed'."""
    head = text[:4000]
    # Positive character classes: C-speed counting, no Python loop over the characters.
    if head.isascii():  # the classes' ASCII members are A-Z and a-z: two C-speed byte deletions count them
        raw = head.encode("ascii")
        up, low = len(raw.translate(None, _NOT_ASCII_UP)), len(raw.translate(None, _NOT_ASCII_LOW))
    else:
        up, low = sum(map(len, _UPPER_RUN.findall(head))), sum(map(len, _LOWER_RUN.findall(head)))
    if not up + low:
        return "lower" if _LETTER.search(head) else "mixed"  # an uncased script (Arabic): no case cues
    ratio = up / (up + low)
    if ratio > 0.6:
        return "upper"
    if ratio < 0.04:
        # Few capitals: lower-case copy when most sentences open in lower case (a capitalised header may stand
        # over it: "This story is from March 3, 2002\n\nlucknow: police ..."), not one long sentence that opens
        # with a capital ("More than 300 activists marched through Kyoto ...").
        first = _SENTENCE_OPEN.match(head)  # what `_SENTENCE_OPEN.finditer` yields: this, then the rest
        starts = [first.group(1)] if first else []
        starts += [m.group(1) for m in _SENTENCE_OPEN_LATER.finditer(head, first.end() if first else 0)]
        lower = 3 * sum(w.islower() for w in starts) >= 2 * len(starts)
        if lower and (ratio < 0.01 or len(starts) >= 2):
            return "lower"
    return "mixed"


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][\"”’')]*\s+|\n\s*)[\"“‘'(]*([^\W\d_])")
# `_SENTENCE_OPEN` past the text's start (where "^" cannot match), led by one character class so that the
# engine skips to sentence ends at C speed; the look backs pick the branch the end character allows.
_SENTENCE_OPEN_LATER = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')]*\s+|(?<=\n)\s*)[\"“‘'(]*([^\W\d_])")


def _capitalised(span: str) -> bool:
    words = _WORD.findall(span)
    if not words or not words[0][0].isupper():
        return False
    if len(words) > 1 and words[-1] in LOWER_TAIL and words[-2].lower() not in _NEVER_ALONE:
        tail, words = words[-1], words[:-1]  # "a school in Kaduna state": the unit's own name (not "the first Northern state")
        if tail == "field" and len(words) > 1 and words[-1] in _FUEL:
            words = words[:-1]  # "the Khor Mor gas field", "the Sarsang oil field": the fuel is the field's kind
    # "Deir ez-Zor", "Ras al-Ain": an Arabic article glued to a capitalised word.
    return all(w[0].isupper() or w.lower() in _PARTICLES or len(w) <= 2 or _ARTICLE_GLUED.match(w) for w in words)


# A lower-case last word that still belongs to a name ("Kaduna state", "the Rostam field"). Not "region": see
# `coherence._UNIT_WORD`, which reads "the Kherson region" as the unit beside its capital. (`Geoparser.parse` trims
# it from the span where the bare head also names the place: `_tail_trimmed`.)
LOWER_TAIL = frozenset(("state", "island", "field", "oilfield", "refinery", "terminal"))
_FUEL = frozenset(("oil", "gas"))  # a lower-case word between a field's name and "field" ("the Omar oil field")


_HAS_DIGIT = re.compile(r"\d")  # "the A429 Cirencester junction": a road number is no part of a name
_ARTICLE_GLUED = re.compile(r"[a-z]{1,3}-[A-Z]")
# The leftmost match always starts a run of word characters and a greedy run never needs to give back a
# character (what it could give back would leave more than the two trailing non-word characters): so the
# lookbehind and possessive run find the same word without retrying every offset inside each run.
_PREV_WORD = re.compile(r"(?<![\w.'’])([\w.'’]++)\W{0,2}$")
_NEXT_WORD = re.compile(r"[ \u00a0\u2002]+([\w'’]+)")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, end + 40)
    return m.group(1) if m else ""


def at_sentence_start(text: str, start: int) -> bool:
    """True when `start` begins a sentence, a line or a quotation."""
    return bool(_SENT_START.search(text[max(0, start - 4) : start]))


_DASH_BEFORE = re.compile(r"\s[-–—]{1,2}\s+$")  # "LONDON, June 5 - Free state schools ...": the story's first word


# A lower-case "state" closing a name, after any white space (hard-wrapped copy: "Free\nstate").
_STATE_TAIL = re.compile(r"\sstate$")


def _tail_head(surface: str) -> str:
    """The folded name before a lower-case last word from `LOWER_TAIL` ("free" for "Free state"; "" for "Snake
    Island"). ("Rivers state", "Unity state" open sentences too: only a word as common as `_THE_WORD` is refused.)"""
    words = surface.split()
    return fold(" ".join(words[:-1])) if len(words) > 1 and words[-1] in LOWER_TAIL else ""


def recognise(gz: Gazetteer, text: str, mode: str | None = None, folded: str | None = None) -> list[Candidate]:
    """Toponym and demonym candidates, longest match first, non-overlapping, in text order (`folded`: fold(text))."""
    mode = mode or casing(text)
    folded = fold(text) if folded is None else folded
    common = _common()
    spans, dem_spans = name_matches(gz, text, folded, mode)
    out: list[Candidate] = []
    last_end = -1
    dem = demonyms()
    said = _speakers(text) if mode == "mixed" else []
    # A listed person named in full ("Israel Katz") hides every word of the name; one named by one word ("Lula")
    # is that person wherever the text does not introduce the word as a place (`_person_words`).
    named = person_name_spans(text, folded) if mode == "mixed" else []
    whole = [(s, e) for s, e in named if " " in text[s:e] or "-" in text[s:e]]
    known = [folded[s:e] for s, e in named if (s, e) not in whole]
    if known:  # "Lula, Georgia": the text names a unit of one of the word's places, so it is that place
        placed = placed_words(gz, text, known)
        known = [w for w in known if w not in placed]
    people = _person_words(text, gz, common, said, folded, known) if mode == "mixed" else frozenset()
    # Surnames the text has speak alone ("Putin said"): a name right before one is a first name ("Vladimir
    # Putin"), even a big unit's ("Vladimir Oblast" is the place).
    surnames = {w for w in (fold(x) for x in said) if w not in _GEO_NEXT
                and not LC.is_word(w, common, _NAME_WORD)}  # "Moscow Times said": an English word
    # Per name, facts that depend on its readings only: kept on the gazetteer, shared by every text. The flags and
    # facts read the spelling too, keyed by it as well: "al-Ramadi" and "Ramadi" share a key id (an "al-X" span).
    name_memo: dict[tuple[int, str], tuple[bool, bool]] = gz.name_memos["flags"]
    size_memo: dict[int, tuple[bool, bool]] = gz.name_memos["size"]
    lower = mode == "lower"
    facts_memo: dict[tuple[int, str], LC.NameFacts] = gz.name_memos["facts"]
    kinds: list[tuple[str, LC.NameFacts, bool, str]] = []  # lower-case text: each kept candidate's tier
    lower_people: set[str] = set()  # lower-case and ALL-CAPS text: names the text uses for people
    upper_intro: list[bool] = []  # ALL-CAPS text: whether a word introduces each kept candidate as a place
    flat = text.replace("\n", " ") if mode == "upper" else text  # wire copy wraps "RENE EMILIO\nPONCE"
    upper_alias: list[frozenset[str] | None] = []  # ALL-CAPS text: an alias's countries, kept if the story's
    for start, end, kid in spans:
        if start < last_end:
            continue
        surface = text[start:end]
        key = folded[start:end]
        if whole and any(s <= start and end <= e for s, e in whole):
            continue
        if key in dem and " " not in key:
            continue  # "Russian" as a town name loses to the demonym reading
        ids = gz.key_candidates(kid)
        # A country, a sizeable state or capital, or a city of a million: small ADM1 units (Slovenia's
        # municipality Štore) or micro-capitals (Douglas) are no stronger than any village.
        size = size_memo.get(kid)  # per name, once: a long report repeats its names
        if size is None:
            size = size_memo[kid] = (
                any(gz.fcode[i] == "PCLI" or (gz.fcode[i] in ("ADM1", "PPLC") and gz.pops[i] >= 100_000)
                    or gz.pops[i] > 1_000_000 for i in ids),
                any(gz.fclass[i] == "P" and gz.pops[i] >= 150_000 for i in ids),
            )
        strong, city = size
        # Per name, once: a city of 100k by its own name ("Toledo Mayor", "Richmond Police Department") is no
        # person's first name; a foreign name of a big city ("Riad" for Riyadh, "Cano" for Kano) is no stronger
        # than any village.
        flags = name_memo.get((kid, key))
        if flags is None:
            flags = name_memo[kid, key] = (
                any((gz.fclass[i] == "P" or TC.own_county(key, gz.fcode[i])) and gz.pops[i] >= 100_000  # "the Staffordshire
                    and gz.main_key(i) == key for i in ids),  # Peak District": a county by its own name is no first name
                " " not in key and "." not in key
                and not any(gz.main_key(i) == key or gz.fcode[i] in ("PCLI", "ADM1") for i in ids),
            )
        own, alias = flags
        if mode == "mixed" and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            pre = _HYPHEN_PREFIX.search(text, max(0, start - 30), start - 1)
            if pre is not None and fold(pre.group(0)) not in gz.automaton and pre.group(0) not in _PARTY_PREFIX and (
                    not pre.group(0)[:1].isupper() or not _PAIR_NEXT.match(text, end)):
                # "Ndi-Igbo", "K-Mart", "Mar-a-Lago": the end of a longer name ("Israel-Gaza", "D-Raleigh" pass;
                # so does a pair of towns before a front word: "the Stryapivka-Soledar area")
                continue
        if mode == "upper" and " " not in key and _prev_word(text, start).lower().rstrip(".") in _TITLES and not (
                any(gz.fcode[i] in ("PCLI", "PPLC") for i in ids)):
            lower_people.add(key)  # "COLONEL PONCE", "PRESIDENT ORTEGA": the person, here and below
            continue
        # ALL-CAPS lists ("IN SOYAPANGO, MEJICANOS AND AYUTUXTEPEQUE"): a name right after a kept one in a list.
        # A dateline ("PERQUIN, 12 JAN 90 --") introduces its place too.
        listed = mode == "upper" and (bool(out) and bool(_LIST_GAP.fullmatch(text, out[-1].end, start)) or (
            start < 80 and not text[:start].strip() and LC.dateline(text, start, end)))
        if not _accept(text, surface, key, start, end, mode, common, strong, city, own, alias, listed,
                       lambda w: _is_city(gz, w)):
            continue
        if mode == "mixed" and " " not in key and surface[:1].isupper() and LC.word_counts().get(key, 0) >= LC.COMMON:
            facts = facts_memo.get((kid, key))
            if facts is None:
                facts = facts_memo[kid, key] = LC.name_facts(gz, key, ids)
            if TC.headline_english(text, surface, key, start, facts, common, at_sentence_start(text, start)):
                continue  # "In Wake of Iran Attack": a headline's capital is no case cue (`lowercase.tier`)
        if mode == "upper":
            facts = facts_memo.get((kid, key))
            if facts is None:
                facts = facts_memo[kid, key] = LC.name_facts(gz, key, ids)
            verdict, intro, pending = AC.screen(gz, text, flat, key, ids, facts, common, alias, start, end)
            if verdict == "person":
                lower_people.add(key)  # "COLONEL RENE EMILIO PONCE", "[PONCE] AS FOR ...": here and below
            if verdict != "keep":
                continue
            upper_intro.append(intro)
            upper_alias.append(pending)
        if lower:
            facts = facts_memo.get((kid, key))
            if facts is None:
                facts = facts_memo[kid, key] = LC.name_facts(gz, key, ids)
            # "in lok sabha": a preposition introduces the phrase, not the name glued to a foreign word.
            intro = (LC.introduced(text, start) or LC.dateline(text, start, end)) and not LC.foreign_next(text, end)
            t = "self" if key == "us" else LC.tier(key, facts, common, intro)  # "the us" (`_accept`)
            if t is None:
                continue  # an English word: "set", "front", "the city"
            if not facts.own_admin1 and not facts.country_main:
                if (t != "self" and _SAID_NEXT.match(text, end)) or LC.person_context(text, start, end, key):
                    lower_people.add(key)  # "roy said", "caroline johnson", "jones, 23,": a person here and below
                    continue
                if LC.foreign_phrase(gz, text, start, end) or LC.street(text, end):
                    continue  # "kalyan singh", "rath yatra", "mayfield road"
            kinds.append((t, facts, intro, key))
        if key in people and not any(
            gz.fcode[i] == "PCLI" or (gz.fcode[i] in ("ADM1", "PPLC") and gz.pops[i] >= 1_000_000) for i in ids
        ) and (_prev_word(text, start).lower() not in _INTRO or _ACCORDING.search(text, max(0, start - 16), start)):
            continue  # "Kelly" after "John Kelly" earlier in the article is the person; "against Kelly" is not
        if surnames and " " not in key and text[end : end + 1] in _SPACE and (
                (nxt := fold(_next_word(text, end))) in surnames and nxt not in gz.automaton
        ) and not any(gz.fcode[i] == "PCLI" for i in ids):
            continue  # a first name ("France Telecom said": a country's name before a company's is still the country)
        out.append(Candidate(start, end, surface, ids))
        if _WATER_NEXT.match(text, end):
            # "across the Dnipro River": the river, not the city of Dnipro. Kept as context (the river runs by
            # its namesake town), never reported as a place (`is_river`).
            out[-1].hints["river"] = 1.0
        last_end = end
    if mode == "upper":
        # A name the text uses for a person is a place only where a word introduces it ("IN LEON").
        story = AC.story_countries(gz, [c for c, a in zip(out, upper_alias, strict=True) if a is None], dem_spans)
        out = [c for c, intro, a in zip(out, upper_intro, upper_alias, strict=True)
               if (intro or fold(c.text) not in lower_people) and (a is None or a & story)]
    if lower:
        dem_cc = {cc for _, _, cc in dem_spans}
        out = [c for c, ok in zip(out, LC.supported(kinds, dem_cc, lower_people), strict=True) if ok]
    topo = list(out)
    ends = [c.end for c in topo]  # toponyms do not overlap: their ends ascend with their starts
    for s, e, cc in dem_spans:
        k = bisect_right(ends, s)  # the first toponym ending after s is the only one that may overlap
        if k == len(topo) or topo[k].start >= e:
            out.append(Candidate(s, e, text[s:e], [], kind="demonym", country=cc))
    out.sort(key=lambda c: c.start)
    return out


def is_river(c: Candidate) -> bool:
    """True when the candidate names a river after a town ("the Dnipro River")."""
    return "river" in c.hints


def _accept(
    text: str, surface: str, key: str, start: int, end: int, mode: str, common: frozenset[str], strong: bool,
    city: bool = False, own_city: bool = False, alias: bool = False, listed: bool = False,
    big_place: Callable[[str], bool] | None = None,
) -> bool:
    """Casing, context and person-name rules for one match; `city`: the name has a town of ≥150k people,
    `own_city`: a town of ≥100k has it as its own (main) name; `alias`: no record has it as its main name."""
    if len(key) < 3 and not surface.isupper() and not (mode == "lower" and key in ("eu", "uk", "us")):
        return False
    if key in _NEVER_ALONE or key in _NOT_PLACES or idiom(text, key, start, end):
        return False  # "in March", "Western media", "Southern Axis", "the White House", "in the Wake of"
    if text[end : end + 1] in "'’" and text[end + 1 : end + 2].isalpha() and not (
        text[end + 1 : end + 2] in "sS" and not text[end + 2 : end + 3].isalpha()
    ):
        return False  # "Baha’i", "O’Neill": the word goes on after the apostrophe
    if start >= 2 and text[start - 1] in "'’" and text[start - 2].isalpha():
        return False  # "Macy-O’Toole", "D’Souza": the word began before the apostrophe
    if key in _ABBREV and text[end : end + 1] == ".":
        return False  # "Sens. Tim Grendell"
    if mode == "mixed":
        if not _capitalised(surface):
            return False
        if surface.isupper() and len(surface) <= 3 and "." not in surface and key not in ("us", "uk", "uae", "eu"):
            return False  # acronyms (IT, OR, ...) are not places unless dotted or well known
        if surface.isupper() and len(surface) <= 5 and "." not in surface and not strong:
            return False  # "NATO", "BAZA": an organisation or an outlet, not a village of that name
        if key == "us" and surface != "US":
            return False
        if key in common and at_sentence_start(text, start):
            return False
        if _STATE_TAIL.search(surface) and (head := _tail_head(surface)) and (
                LC.word_counts().get(head, 0) >= _THE_WORD
                and (at_sentence_start(text, start) or _DASH_BEFORE.search(text, max(0, start - 4), start))):
            # "Free state education is ...": an everyday word before "state" is an adjective. Not "Snake island".
            return False
        if key.startswith("the ") and (key[4:] in common or LC.is_word(key[4:], common, _THE_WORD)):
            return False  # "The City", "The Mission": an English word after "the"
        wordy = key in common or (not strong and " " not in key and LC.is_word(key, common, _WORDY))
        if wordy and " " not in key and (
            _DIGIT_NEXT.match(text, end) or _CAP_NEXT.match(text, end)
            or ((prev := _prev_word(text, start)).lower() not in PREP and not (
                city and prev.islower() and prev not in _DET))
        ):
            return False  # "March 5", "the Council", "North Cooper Street": a common word needs "in X"
    elif (key == "us" and not (mode == "lower" and _prev_word(text, start) == "the")) or (
            mode == "upper" and key in common):
        return False  # without case cues a common word is a word (lower-case text: see `lowercase.tier`)
    prev = _prev_word(text, start)
    if mode == "upper" and " " not in key and not strong and prev.lower() not in _LOCATIVE and not listed:
        return False  # ALL-CAPS text: a lone small name needs "in X", "near X", ... or a place before it in a list
    if prev.lower().rstrip(".") in _TITLES:
        return False
    nxt = _next_word(text, end)
    if nxt and nxt.lower() in _STREET_NEXT and mode == "mixed" and nxt[0].isupper():
        return False
    if _UNIT_NEXT.match(text, end) or (prev.lower() in _OUTLET_PREV and not strong):
        return False  # "“Somalia” Battalion", "Grad MLRS", "Geneva Conventions", "outlet Ura"
    if mode == "mixed" and " " not in key and not strong and _PERSON_NEXT.match(text, end) and (
            prev.lower() not in _FROM) and not (prev == "of" and text[end] == ","):
        return False  # "Kelly said": a person ("the 20-year-old from Brampton said", "John Nale of Chattanooga, who
        # is licensed": the town)
    if mode == "mixed" and " " not in key and (not strong or alias):
        # "Timur Tkachenko", "Vladimir Putin": a single name glued to another capitalised word is a person; so
        # is a foreign name of a big city ("Nash Riad" is no Riyadh, "Victor Cano" no Kano).
        if _INITIAL_NEXT.match(text, end):
            return False  # "Milton J. Little": a first name before a middle initial
        if not own_city and nxt and nxt[0].isupper() and nxt.lower() not in _GEO_NEXT and text[end] not in ",;:" and (
                nxt.lower() not in _CIVIC_NEXT) and not TC.open_name(text, start, key, nxt):
            return False  # ("Strikes in Rafah Overnight": a headline's capitalised word is no surname)
        glued = bool(prev) and text[start - 1 : start] in _SPACE and text[start - 1 - len(prev) : start - 1] == prev
        if glued and prev[0].isupper() and not _HAS_DIGIT.search(prev) and prev.lower() not in _GEO_PREV and not at_sentence_start(
            text, start - len(prev) - 1
        ) and not prev.endswith(".") and not (
            prev.endswith(("'s", "’s")) and big_place is not None and big_place(prev[:-2])
        ) and (prev.lower() not in common or not city) and not TC.after_word(text, key, prev, start - len(prev) - 1):
            return False  # "the Green Zone": a small place glued to a capitalised word is part of a longer name
            # ("Gaza's Rafah" is not: a big place's possessive holds the next one; "Department's Newton" is)
    return True


# Single words that name a place in some gazetteer but in news are a month (also Islamic) or a compass adjective.
_NAME_WORD = 1_000  # a surname: rarer than this as an English word ("Putin" 138, "Times" common)
_WORDY = 5_000  # "Pope", "Chambers", "Congress": a word this common in lower case needs "in X" to be a place
_THE_WORD = 20_000  # "The Mission": a word this common in lower case is no place after "the"

_HYPHEN_PREFIX = re.compile(r"[\w'’-]+$")
_LIST_GAP = re.compile(r"[ \n\u00a0\u2002]*(?:,|,?[ \n\u00a0\u2002]+(?:AND|OR))[ \n\u00a0\u2002]+")
_PARTY_PREFIX = frozenset(("D", "R", "I", "DFL", "Ind", "GOP"))  # "Sen. Ken Cuccinelli, R-Fairfax"
_NEVER_ALONE = frozenset(
    """january february march april may june july august september october november december gulf
    northern southern eastern western central northeastern northwestern southeastern southwestern
    north-eastern north-western south-eastern south-western ramadan muharram shawwal metro democrat democrats
    republican republicans""".split()
)
PREP = frozenset("in at near from to outside into toward towards around across via".split())
_DET = frozenset("the a an this that its his her their our your".split())
_CAP_NEXT = re.compile(r"[ \u00a0\u2002]+[A-Z]")
_INITIAL_NEXT = re.compile(r"[ \u00a0\u2002]+[A-Z]\.[ \u00a0\u2002]+[A-Z][a-z]")
_DIGIT_NEXT = re.compile(r"[ \u00a0\u2002]+\d")


def _feature_name(gz: Gazetteer, text: str, word: str) -> bool:
    """True when `word` names a region, field or island (class L or T) and the text also tells it bare: after "The"
    the feature, not a surname ("The Honda's driver", "The Norbury has" name a car and a house model, and "The
    Rockies beat" a team that is never told without "The": all keep the person reading)."""
    kid = gz.automaton.get(fold(word), -1)
    return kid >= 0 and any(gz.fclass[i] in ("L", "T") for i in gz.key_candidates(kid)) and any(
        _prev_word(text, m.start()).lower() != "the" for m in re.finditer(r"\b" + re.escape(word) + r"\b", text))


def _person_words(
    text: str, gz: Gazetteer, common: frozenset[str], said: list[str], folded: str | None = None,
    known: list[str] | None = None,
) -> frozenset[str]:
    """Folded first and last names of "First Last" pairs and `known` (folded names of listed persons): the person.

    A word the text also introduces as a place ("in Mariupol", "against Popasna") is no person's name, and
    "Capture Mariupol" opening a sentence is a verb before a city, not a first and last name.
    """
    out: set[str] = set()
    folded = fold(text) if folded is None else folded
    for m in _NAME_RUN.finditer(text):
        words = [w.lower() for w in m.group(0).split() if not w.endswith(".")]
        if words[0] == "the" and len(words) == 2 and _feature_name(gz, text, m.group(0).split()[-1]):
            continue  # "The Donbas offensive", "The Sassan and Rostam fields": an article before a region, no first name
        pre = text[max(0, m.start() - 24) : m.start()].split()[-2:]
        while len(words) > 2 and (words[0] in _TITLES or (pre[-1:] == ["of"] and pre[0].lower() in _TITLES)):
            # "Minister Victor Cano": the name follows the title; "Mayor of Melitopol Ivan Fedorov": the town too.
            words, pre = words[1:], []
        a, b = words[0], words[-1]
        if len(m.group(0).split()) == 2 and (at_sentence_start(text, m.start()) or text[
                max(0, m.start() - 2) : m.start()].rstrip() in (":", "(")) and _is_city(gz, b) and (
                a not in LC.census_names()[0] or _own_city(gz, a) or _is_unit(gz, b)):
            continue  # "Capture Mariupol", "(Russian objective: Defend Kherson ...)": a verb before a city
            # ("Kathy Cosco, spokeswoman ..." or "John Houston, 54, ..." opening a sentence: a person; but "Austin
            # Texas police", "Florence Italy floods": a city and its state or country)
        # ("Amherst Redevelopment Authority", "a Cleveland Republican": a town before its office is no first name)
        if TC.headline_run(text, m.group(0), m.start(), b):  # "Israel Attacks Rafah": no surname; "Austin Calls for":
            out.update((fold(a),) if fold(a) not in gz.automaton or a in LC.census_names()[1] else ())  # the speaker
            continue
        if (b in _GEO_NEXT or b in _ORG_NEXT or any(w in common for w in words) or b in _CIVIC_NEXT
                or (len(words) > 1 and words[1] in _CIVIC_NEXT) or a in _GEO_PREV or a in _TITLES
                or fold(" ".join(words[:2])) in gz.automaton or fold(" ".join(words[-2:])) in gz.automaton or _prev_word(text, m.start()).lower() in PREP):
            continue
        # ("Cambridge Analytica", "Dallas Cowboys": a city of 100,000 by its own name that is no first name ("Mary",
        # "Elizabeth") opens a firm's or team's name; only the second word is taken for a person's.)
        # ("occupation commandant Artem Bardin": after a title or role word the pair is a person's whole name.)
        titled = bool(pre) and pre[-1].lower() in _ROLE_BEFORE
        # ("Odnorobivka, Udy, Cherkasy Tyshky, Ruska Lozova": a pair inside a comma list of places is a village
        # the gazetteer lacks, not a firm, so its city word must not become a place of its own.)
        listed = text[max(0, m.start() - 2) : m.start()] == ", " and text[m.end() : m.end() + 1] in (",", ";")
        out.update((fold(b),) if a not in _PARTICLES and a not in LC.census_names()[0] and b not in _OUTLET_WORDS
                   and not titled and not listed and _own_city(gz, a) else (fold(a), fold(b)))  # "Van Hollen"
    for name in said:  # `_speakers(text)`
        w = fold(name)
        if w not in common and w not in _TITLES and not _is_city(gz, w):
            out.add(w)
    out.update(known or ())
    # (A news story scans its whole text only where one of the words follows such words at all, which most skip; a
    # long report repeats its names too often for that test to cost less than the scan.)
    short = len(text) <= _SHORT_TEXT
    # (All three tests in one pass over the words' places; the later ones ask only about the words the first scan
    # left.)
    intro, unit_of, bearing = words_after(text, folded, out, ((_INTRO,), (_OF, _UNIT_WORDS), (_OF, _BEARING)),
                                          (False, True, True)) if (out and short) else ((), (), ())
    if out and (not short or intro):
        out -= {fold(m.group(1)) for m in _INTRO_NAME.finditer(text)}
    if out and (not short or bearing):  # "hit south of Kharg": a bearing from it makes the word a place's
        out -= set(bearing) if short else {fold(m.group(1)) for m in _BEARING_NAME.finditer(text)}
    if out and (not short or not out.isdisjoint(unit_of)):
        out -= {fold(m.group(1)) for m in _UNIT_OF.finditer(text)}
    return frozenset(out)


_SPACE = frozenset(" \u00a0\u2002")
# Words that introduce a place: a capitalised word after them is a place even when a person shares the name.
_INTRO = frozenset(
    """in at near from to outside into toward towards around across via against through past beyond behind
    within between north south east west northeast northwest southeast southwest""".split())


def _by_first_letter(words: frozenset[str]) -> str:
    """The words as one alternation grouped by first letter, sorted: fewer branches tried at each offset.

    Words with different first letters never match at the same offset, and each group keeps the sorted order,
    so the engine tries the same words in the same order as with the flat sorted list.
    """
    parts = []
    for ch, grp in groupby(sorted(words), key=lambda w: w[0]):
        rest = [re.escape(w[1:]) for w in grp]
        parts.append(re.escape(ch) + ("(?:" + "|".join(rest) + ")" if rest != [""] else ""))
    return "(?:" + "|".join(parts) + ")"


# The word boundary first: it fails inside words before the look back is tried.
_INTRO_NAME = re.compile(
    r"\b(?<!ccording[ \u00a0\u2002])" + _by_first_letter(_INTRO) + r"[ \u00a0\u2002]+([A-Z][\w'’-]+)"
    r"(?![ \u00a0\u2002]+[A-Z])")  # "according to Petrič" introduces a person, not a place
# "the province of Guimaras": a unit word introduces a place too.
_SHORT_TEXT = 6000
_BEARING = frozenset("north south east west northeast northwest southeast southwest".split())
_BEARING_NAME = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \u00a0\u2002]+of"
                           r"[ \u00a0\u2002]+([A-Z][\w'’-]+)")
_OF = frozenset(("of",))
_UNIT_WORDS = frozenset("province state county region district municipality governorate prefecture department".split())
# (The word start after each first letter, not a leading "\b": the engine skips to those letters at C speed.)
_UNIT_OF = re.compile(r"(?:p(?<!\w.)(?:rovince|refecture)|s(?<!\w.)tate|c(?<!\w.)ounty|r(?<!\w.)egion"
                      r"|d(?<!\w.)(?:istrict|epartment)|m(?<!\w.)unicipality|g(?<!\w.)overnorate)"
                      r"[ \u00a0\u2002]+of[ \u00a0\u2002]+([A-Z][\w'’-]+)")
_ACCORDING = re.compile(r"\baccording[ \u00a0\u2002]+to[ \u00a0\u2002]+$", re.I)
_FROM = frozenset("from in near outside".split())  # before "X said": X is where the speaker is from or at
_LOCATIVE = frozenset("in at near from to of outside into toward towards around across via province town city village".split())
