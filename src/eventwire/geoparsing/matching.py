"""Gazetteer names and demonyms anchored at word starts: the automaton walk under recognition."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold
from eventwire.gazetteer.sources import data_file, tsv_rows

UPPER_CLASS = "".join(chr(c) for c in range(0x41, 0x3000) if chr(c).isupper())
# Word starts: where a name may begin (the character before is not part of a word or a handle). A capitalised
# hashtag names a place in conflict tweets ("shot dead in #Mbengwi, Momo division").
# The capital first, then the look back: a leading character class lets the engine skip to capitals at C speed.
_START_UPPER = re.compile(r"[" + re.escape(UPPER_CLASS) + r"](?<![\w@].)")
# The Arabic article's forms as news writes them before a name ("al-", "ash-"), shared by every pattern that reads it.
ARTICLES = "(?:al|el|ad|ar|as|ash|an|at|az)"
# A lower-case Arabic article before a capital starts a name too: "in al-Dumayr", SOHR's "in al- Bokamal".
_START_ARTICLE = re.compile(r"(?<![\w@-])" + ARTICLES + "-")
_HYPHEN_CAP = re.compile(r"-(?= ?[" + re.escape(UPPER_CLASS) + r"])")  # (found first: a literal lead scans fast)
_NON_WORD = re.compile(r"[\W_]")
_WORD_ANY = re.compile(r"(?<![\w@#])[^\W_]+")  # a word start and the word, up to `_NON_WORD`


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym (singular and plural) → ISO2 country code."""
    out: dict[str, str] = {}
    for row in tsv_rows(data_file("demonyms.tsv")):
        word, cc = row[0], row[1]
        out[fold(word)] = cc
        if word.endswith(("an", "i", "ese", "ch", "sh")) and not word.endswith(("ese", "ch", "sh")):
            out[fold(word + "s")] = cc
    return out


@lru_cache(maxsize=1)
def _demonym_first_words() -> frozenset[str]:
    """First words of the demonyms that have a space ("south" of "south african")."""
    return frozenset(k.split(" ", 1)[0] for k in demonyms() if " " in k)


@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    """Single words that are a demonym or begin a two-word one: the only words a demonym match can start at."""
    return frozenset(k for k in demonyms() if " " not in k) | _demonym_first_words()


def _article_starts(text: str) -> list[re.Match[str]]:
    """Lower-case Arabic articles glued to a capitalised word ("al-Dumayr", "al- Bokamal"), as matches."""
    out = []
    for h in _HYPHEN_CAP.finditer(text):
        m = _START_ARTICLE.match(text, max(0, h.start() - 2)) or _START_ARTICLE.match(text, max(0, h.start() - 3))
        if m is not None and m.end() == h.end():
            out.append(m)
    return out


def name_matches(
    gz: Gazetteer, text: str, folded: str, mode: str
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, str]]]:
    """Gazetteer names (start, end, key id) and demonyms (start, end, ISO2) anchored at word starts.

    Walks the automaton's trie from each word start (only capitalised ones in mixed-case text) and
    stops as soon as no name has the prefix: a few C calls per word instead of every substring match.
    Names come longest first at each start; demonyms do not overlap each other.
    """
    auto = gz.automaton
    prefix, get = auto.match, auto.get
    next_stop = _NON_WORD.search
    dem = demonyms()
    dem_firsts = _demonym_first_words()
    n = len(folded)
    names: list[tuple[int, int, int]] = []
    dems: list[tuple[int, int, str]] = []
    dem_end = -1
    mixed = mode == "mixed"
    # Without case cues every word is a start (matched whole, so its end comes free): a word no name begins with
    # skips the trie walk (identical output).
    starts: Iterable[re.Match[str]] = _START_UPPER.finditer(text) if mixed else _WORD_ANY.finditer(folded)
    if mixed and (articles := _article_starts(text)):
        starts = sorted([*starts, *articles], key=lambda x: x.start())
    # A first word no name begins with needs no trie walk (a name's first word is in `firsts`), in either casing.
    firsts = gz.first_words()
    dem_words = _demonym_words()
    for m in starts:
        s, e = m.span()
        if mixed:  # (the capital alone matched: its word runs to the next non-word character of the folded text)
            if s and (folded[s - 1].isalnum() or folded[s - 1] in "_@"):
                continue
            stop = next_stop(folded, s)
            e = stop.start() if stop else n
        if e > s:
            key = folded[s:e]
            if key not in firsts:
                if key in dem_words and s >= dem_end:  # most words are neither: two set lookups
                    cc = None
                    if key in dem_firsts and e < n and folded[e] == " ":  # "south african"
                        stop = next_stop(folded, e + 1)
                        cc = dem.get(folded[s : stop.start() if stop else n])
                        if cc:
                            dems.append((s, stop.start() if stop else n, cc))
                            dem_end = stop.start() if stop else n
                    if not cc and (cc := dem.get(key)):
                        dems.append((s, e, cc))
                        dem_end = e
                continue
            first_end = e
        else:  # (an empty first word: the walk takes it word by word)
            first_end = -1
        found: list[tuple[int, int, int]] = []
        ends: list[int] = []
        pos = s
        while True:
            if first_end >= 0:
                e, first_end = first_end, -1
            else:
                stop = next_stop(folded, pos)
                e = stop.start() if stop else n
            key = folded[s:e]
            if len(ends) < 2:
                ends.append(e)
            if not prefix(key):
                # The second word of a demonym, sought only after a word that begins a two-word one.
                if len(ends) < 2 and e < n and folded[e] == " " and key in dem_firsts:
                    stop = next_stop(folded, e + 1)
                    ends.append(stop.start() if stop else n)
                break
            kid = get(key, -1)
            if kid >= 0 and (e == n or not (folded[e].isalnum() or folded[e] == "_")):
                found.append((s, e, kid))
            if e >= n:
                break
            pos = e + 1
        if found and mixed and text[s].islower():  # an "al-X" name: its span starts at the capital (as "X" alone)
            lead = m.end() + (text[m.end() : m.end() + 1] == " ")  # (past "al-" or SOHR's "al- ")
            found = [(lead, e, kid) for _, e, kid in found if e > lead]
        if found:
            names.extend(reversed(found))  # longest first at each start
        if s >= dem_end and folded[s : ends[0]] in dem_words:  # a demonym, one word or two, starts with one of these
            # "South African" before "South"; the two-word form needs a plain space between the words.
            for e in (ends[1], ends[0]) if len(ends) > 1 and folded[ends[0]] == " " else ends[:1]:
                cc = dem.get(folded[s:e])
                if cc:
                    dems.append((s, e, cc))
                    dem_end = e
                    break
    if mixed and articles:  # an "al-X" span starts at the capital, where "X Y" may start too: longest first again
        names.sort(key=lambda t: (t[0], -t[1]))  # ("al-Anbar Province"; stable: at one span "al-X" stays first)
    return names, dems
