"""Title Case headlines: "Israel Attacks Rafah" capitalises its verbs, which are then no part of a name."""

from __future__ import annotations

import re

from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing import lowercase as LC

# Words a Title Case headline may leave in lower case ("Israel Wrestles with Question", "Aid to Gaza").
_SMALL = frozenset("""a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto
    over upon than that this amid near past after till down out""".split())
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]{3,}")
# A headline is a line's first sentence, with a blank line or the text's edge before and after it (not a
# hard-wrapped line of wire copy: "Assistant Secretary of the Treasury for Tax Policy Ann Hale\ntold ..."); it ends
# at a line break or at a full stop, "?" or "!" before a space (an LGL title runs on into its story), not at an
# initial ("U.S. Sends", "H. L. Snyder").
_END = re.compile(r"\n|(?<![A-Z])[.!?][\"”’')]*[ \u00a0\u2002]")
_BLANK_AFTER = re.compile(r"[ \t\u00a0\u2002]*(?:\n|$)")
_BLANK_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0\u2002]*$")
_PREV = re.compile(r"([\w'’-]+)[ \u00a0\u2002]$")


def _segment(text: str, pos: int) -> tuple[int, int] | None:
    """The headline holding `pos` (start and end offsets), or None."""
    lo = text.rfind("\n", 0, pos) + 1
    if lo and not _BLANK_BEFORE.search(text, max(0, lo - 80), lo - 1):
        return None
    m = _END.search(text, lo)
    hi = m.start() if m else len(text)
    if pos > hi or (m is not None and m.group() == "\n" and not _BLANK_AFTER.match(text, hi + 1)):
        return None
    return lo, hi


def in_title_case(text: str, pos: int) -> bool:
    """True when the headline holding `pos` (a line's first sentence) is written in Title Case: three or more capitalised words
    of four letters and no lower-case word but the small ones ("WHO Sends Urgent Supplies to Clinics in Sudan")."""
    seg = _segment(text, pos)
    if seg is None:
        return False
    lo, hi = seg
    if any(m.group() not in _SMALL for m in _LOWER_WORD.finditer(text, lo, hi)):
        return False
    caps = 0
    for _ in _CAP_WORD.finditer(text, lo, hi):
        caps += 1
        if caps >= 3:
            return True
    return False


def _english(w: str) -> bool:
    """True when the folded word is an everyday English word ("attacks", "pier")."""
    return LC.word_counts().get(w, 0) >= LC.COMMON


def headline_word(text: str, word: str, pos: int) -> bool:
    """True when `word` (at `pos`) is an everyday English word capitalised only by a Title Case headline
    ("Attacks", "Overnight"), not a first name ("Kelly")."""
    if not word[:1].isupper() or word.isupper():
        return False
    w = fold(word)
    return _english(w) and w not in LC.census_names()[0] and in_title_case(text, pos)


def foreign(key: str) -> bool:
    """True when the folded name is never written in lower case ("rafah"; not "pier", "stave", "garner")."""
    return key not in LC.word_counts()


def after_word(text: str, key: str, prev: str, pos: int) -> bool:
    """True when a name never written in lower case follows a headline's capitalised word ("Attacks Rafah"; not
    "Temporary Pier", read as Pierre)."""
    return foreign(key) and headline_word(text, prev, pos)


def open_name(text: str, start: int, key: str, nxt: str) -> bool:
    """True when a headline's name stands between everyday words ("Despite Rafah Operation", "In Rafah Overnight"),
    not after a comma or opening it ("Speech, Murray Calls for"), and is no first name ("Mary Kay")."""
    prev = _PREV.search(text, max(0, start - 30), start)
    if prev is None or not foreign(key) or key in LC.census_names()[0]:
        return False
    w = prev.group(1)
    return (w.lower() in _SMALL or headline_word(text, w, prev.start())) and headline_word(text, nxt, start)


def headline_run(text: str, run: str, start: int, last: str) -> bool:
    """True when a run of capitalised words is a headline's, not a person's name: its second word is an everyday
    word and its last a name never written in lower case ("Israel Attacks Rafah")."""
    words = run.split()
    return len(words) > 1 and foreign(last) and headline_word(text, words[1], start)


def own_county(key: str, fcode: str) -> bool:
    """True when a record is an admin-2 unit and its name no person's ("Staffordshire"; not "Marion", "Garcia")."""
    return fcode == "ADM2" and not LC.person_name(key)


def headline_english(text: str, surface: str, key: str, start: int, facts: LC.NameFacts,
                     common: frozenset[str], opens: bool = False) -> bool:
    """True when a one-word name capitalised only by a Title Case headline (or, `opens`, by opening a sentence) is
    an English word there, as lower-case text would read it ("In Wake of Iran Attack", "a Race to Save", "Poll:");
    a country, a continent or a first-level unit by its own name stays the place ("Turkey Suspends Flights")."""
    if " " in key or facts.country_main or facts.continent or facts.own_admin1 or not surface[:1].isupper():
        return False
    if opens:
        # A sentence's first word is a word only when common enough to be one whatever town bears it ("Pier for
        # Gaza aid", "Poll:"); "Miami man gets 17 years" keeps its rarer name.
        if surface.isupper() or LC.word_counts().get(key, 0) < LC.KNOWN_PLACE or key in LC.census_names()[0]:
            return False
    elif not headline_word(text, surface, start):
        return False
    return LC.tier(key, facts, common, LC.introduced(text, start)) is None
