"""Speed gates of the geoparser are exact: each skips work only where that work finds nothing."""

from __future__ import annotations

from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing import recognize as R
from eventwire.geoparsing.namewords import after_words
from eventwire.geoparsing.unknown import _NEEDS, _PATTERNS

_TEXTS = [
    "Officials in Kyiv said the strike near Brovary hit a depot. Smith travelled to Odesa with Jones.",
    "The attack in Kyiv Oblast was condemned; the province of Guimaras and the state of Ohio were calm.",
    "Fighting continued north of Bakhmut and outside Kafr Nabl, in Dunya Pur, a small town about 100 km away.",
    "He met Maria Lopez in Madrid.\u2002Lopez said according to\u2002Petrič the talks in\u00a0Geneva went well.",
    "Rebels entered the village of Ashmi and the Markab area; the towns of Tel Hamis and Tel Birak fell.",
]


def test_after_words_holds_for_every_word_the_intro_scans_fold() -> None:
    for text in _TEXTS:
        folded = fold(text)
        for m in R._INTRO_NAME.finditer(text):
            assert after_words(text, folded, [fold(m.group(1))], (R._INTRO,))
        for m in R._UNIT_OF.finditer(text):
            assert after_words(text, folded, [fold(m.group(1))], (R._OF, R._UNIT_WORDS))


def test_after_words_is_false_without_an_intro_word() -> None:
    text = "Smith met Jones. Jones, Smith and Brown left."
    assert not after_words(text, fold(text), ["jones", "brown"], (R._INTRO,))
    assert after_words(text + " They flew to Jones.", fold(text + " They flew to Jones."), ["jones"], (R._INTRO,))
    assert not after_words(text, fold(text), ["smith"], (R._OF, R._UNIT_WORDS))


def test_unit_of_pattern_finds_unit_words_at_word_starts_only() -> None:
    text = "the province of Guimaras, the substate of Xland, County of Kerry, the district of Yala"
    assert [m.group(1) for m in R._UNIT_OF.finditer(text)] == ["Guimaras", "Yala"]


def test_unknown_place_patterns_match_whole_intro_words_and_need_their_words() -> None:
    text = "Clashes outside Kafr Nabl; within Foo Bar area; shelling in Suwayrah, some 50 km south of Baghdad."
    found = [m.groups() for p in _PATTERNS for m in p.finditer(text)]
    assert ("Kafr Nabl",) in found and ("Suwayrah",) in found
    assert all(g != ("Foo Bar",) for g in found)  # "within" is not "in"
    for pattern, needs in zip(_PATTERNS, _NEEDS, strict=True):
        for t in _TEXTS + [text]:
            if needs is not None and not any(w in t for w in needs):
                assert pattern.search(t) is None
