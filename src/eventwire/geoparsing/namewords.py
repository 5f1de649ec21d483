"""Person-name word runs and speakers ("Sandberg said"): the regexes the recogniser's person rules scan with."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from eventwire.geoparsing.matching import UPPER_CLASS as _UPPER_CLASS

# Name words in any Latin script ("Ernest Petrič") and with an inner capital ("Liz McLaughlin", not "StandUp DeKalb").
_UP = "[" + re.escape(_UPPER_CLASS) + "]"
_LO = "[" + re.escape("".join(chr(c) for c in range(0x61, 0x3000) if chr(c).islower())) + "]"
_NW = f"(?:Mc|Mac)?{_UP}{_LO}+"
# `(?<![\w.]){_NW}` with the capital first and the look back after it: a leading character class lets the
# engine skip to capitals at C speed; the branches keep `(?:Mc|Mac)?`'s order (Mc, Mac, none).
_NW_AT_CAPITAL = rf"{_UP}(?<![\w.].)(?:(?<=M)c{_UP}{_LO}+|(?<=M)ac{_UP}{_LO}+|{_LO}+)"
_NAME_RUN = re.compile(
    rf"{_NW_AT_CAPITAL}(?:[ \u00a0\u2002]+(?:[A-Z]\.|{_NW})){{0,2}}[ \u00a0\u2002]+{_NW}\b"
    r"(?![ \u00a0\u2002]+[A-Z])")
# "Sandberg said", "said Kelly", "according to Petrič": a lone capitalised word that speaks is a person.
_SPEAKER = re.compile(
    rf"(?<![\w.’'-])({_NW})(?=[ \u00a0\u2002]+(?:said|says|told|added|asked|wrote|noted|explained|stated)\b)"
    rf"|\b(?:said|says|told|according[ \u00a0\u2002]+to)[ \u00a0\u2002]+({_NW})\b(?![ \u00a0\u2002]+[A-Z]|[\w’'-])")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


def _speakers(text: str) -> list[str]:
    """The names `_SPEAKER` captures, found from the speech verbs outward instead of a scan at every offset.

    Same set of words: a name before a verb ends where the verb's spaces begin and starts where its word run
    does; a verb's own word boundary is checked here so the regex can use its literal-prefix fast search.
    """
    out: list[str] = []
    for m in _SAY_AFTER_SPACE.finditer(text):
        e = p = m.start()
        if not e or not _is_word_char(text[e - 1]):
            continue
        while p and _is_word_char(text[p - 1]):
            p -= 1
        mm = _SPEAKER_BEFORE.match(text, p)
        if mm and mm.end() == e:
            out.append(mm.group(1))
    out.extend(m.group(1) for m in _SPEAKER_AFTER.finditer(text)
               if not (m.start() and _is_word_char(text[m.start() - 1])))
    return out

_SAY = "said|says|told|added|asked|wrote|noted|explained|stated"
# `_SPEAKER`'s two branches apart (the union of their words equals its words): gated by literal verbs.
_SPEAKER_BEFORE = re.compile(rf"(?<![\w.’'-])({_NW})(?=[ \u00a0\u2002]+(?:{_SAY})\b)")
_SAY_AFTER_SPACE = re.compile(rf"[ \u00a0\u2002]+(?:{_SAY})\b")
_SPEAKER_AFTER = re.compile(  # "sa(?:id|ys)": the shared prefix once, the same words in the same order
    rf"(?:sa(?:id|ys)|told|according[ \u00a0\u2002]+to)[ \u00a0\u2002]+({_NW})\b(?![ \u00a0\u2002]+[A-Z]|[\w’'-])")


_GAP = frozenset(" \u00a0\u2002")


def after_words(text: str, folded: str, words: Iterable[str], chain: tuple[frozenset[str], ...]) -> bool:
    """Whether a word of `words` (folded) occurs in `text` capitalised right after the words of `chain` (nearest
    first; lower-case words), each one whole and followed by spaces.

    A pattern "intro word, spaces, capitalised word" can only fold its capture to one of `words` where this
    holds (the capture may stop inside a longer word), so False lets a caller skip its scan of the whole text.
    """
    return bool(words_after(text, folded, words, (chain,), (False,))[0])


def words_after(
    text: str, folded: str, words: Iterable[str], chains: tuple[tuple[frozenset[str], ...], ...],
    every: tuple[bool, ...],
) -> list[set[str]]:
    """Per chain, the words of `words` for which `after_words` holds, in one pass over the words' places; a chain
    whose `every` is False stops at its first word (the caller asks only whether there is one)."""
    longest = [_longest(chain) for chain in chains]
    out: list[set[str]] = [set() for _ in chains]
    for w in words:
        if not w:
            continue
        at = " " + w  # (a space of the text folds to a plain one)
        r = folded.find(at)
        while r >= 0:
            if "A" <= text[r + 1] <= "Z":
                for hit, chain, most, all_words in zip(out, chains, longest, every, strict=True):
                    if (all_words or not hit) and w not in hit and _follows(text, r + 1, chain, most):
                        hit.add(w)
            r = folded.find(at, r + 1)
    return out


@lru_cache(maxsize=16)
def _longest(chain: tuple[frozenset[str], ...]) -> list[int]:
    """The longest word of each set of a chain (the chains are a few constants)."""
    return [max(map(len, allowed)) for allowed in chain]


def _follows(text: str, r: int, chain: tuple[frozenset[str], ...], longest: list[int]) -> bool:
    """Whether the whole words before offset `r` (each followed by spaces) are in `chain`'s sets, nearest first."""
    for allowed, most in zip(chain, longest, strict=True):
        q = r
        while q > 0 and text[q - 1] in _GAP:
            q -= 1
        if q == r or q == 0 or not "a" <= text[q - 1] <= "z":  # (the words end in a lower-case letter: most names fail here)
            return False
        p, stop = q, max(0, q - most - 1)
        while p > stop and _is_word_char(text[p - 1]):
            p -= 1
        if text[p:q] not in allowed or (p > 0 and _is_word_char(text[p - 1])):
            return False  # (the word ran on past the longest allowed one)
        r = p
    return True
