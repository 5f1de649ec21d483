"""Session 11 speed-ups give the answers of the code they shortcut (nearness, priors memo, container gap gates)."""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np

from eventwire.gazetteer import load_gazetteer
from eventwire.geoparsing.context import _GAP_COMMA, _GAP_IN, _IN_OPENERS, _chain
from eventwire.geoparsing.nearness import Anchors, _near, _near_small
from eventwire.geoparsing.recognize import Candidate

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # the bundled seed story


def _numpy_counts(gz, ids: list[int], rows: Counter, key: str) -> list:  # type: ignore[no-untyped-def]
    """What resolution counted before: the numpy formula over the other names' anchors."""
    pts = [(la, lo, w) for (la, lo, k), w in rows.items() if k != key]
    if not pts:
        return [0.0] * len(ids)
    return _near(gz, ids, np.radians(np.array([p[:2] for p in pts])), np.array([p[2] for p in pts])).tolist()


def test_plain_nearness_equals_numpy() -> None:
    """Small and large cases count the same anchors as the numpy formula."""
    gz = load_gazetteer()
    rng = random.Random(11)
    ids = [i for name in ("Kyiv", "Kharkiv", "Lviv", "Paris", "Springfield", "Izyum") for i in gz.candidates(name)[:8]]
    small = 0
    for _ in range(200):
        pick = rng.sample(ids, rng.randint(1, 6))
        base = pick[0]  # anchors around a reading (some about 300 km off), and one anywhere
        rows: Counter = Counter()
        for n in range(rng.randint(1, 8)):
            rows[(float(gz.lat[base]) + rng.uniform(-3, 3), float(gz.lon[base]) + rng.uniform(-4, 4), f"k{n % 3}")] += 1
        rows[(rng.uniform(-80, 80), rng.uniform(-180, 180), "far")] += rng.randint(1, 3)
        anchors = Anchors(rows)
        for key in ("k0", "far", "none"):
            others = sum(1 for r in rows if r[2] != key)
            small += 0 < len(pick) * others <= 24
            assert anchors.counts(gz, pick, key) == _numpy_counts(gz, pick, rows, key)
    assert small > 100  # the plain-float path was taken


def test_nearness_edge_falls_back_to_numpy() -> None:
    """An anchor almost exactly 300 km off is counted as numpy counts it."""
    gz = load_gazetteer()
    i = gz.candidates("Kyiv")[0]
    lat, lon = float(gz.lat[i]), float(gz.lon[i])
    for dlat in (300 / 111.19 - 1e-9, 300 / 111.19, 300 / 111.19 + 1e-9, 2.69802, 2.698):
        rows = Counter({(lat + dlat, lon, "x"): 1})
        assert Anchors(rows).counts(gz, [i], "y") == _numpy_counts(gz, [i], rows, "y")
    assert _near_small(gz, [i], [("x", 1, *(math.radians(v) for v in (lat + 300 / 6371.0 / math.pi * 180, lon)),
                                      math.cos(math.radians(lat + 300 / 6371.0 / math.pi * 180)))]) is None


def test_priors_memo_kept_across_texts_and_unchanged() -> None:
    """A second text naming the same places reads the memoised priors, and gets the same places."""
    from eventwire.geoparsing import Geoparser

    gz = load_gazetteer()
    gp = Geoparser(gz)
    text = "Shelling hit Kharkiv and Izyum. Officials in Kyiv said Kharkiv was calm."
    first = [(m.text, m.geonameid, m.score) for m in gp.parse(text)]
    memo = gz.name_memos["priors"]
    assert any(k[0] == "kharkiv" for k in memo)
    saved = {k: dict(v) for k, v in memo.items()}
    assert [(m.text, m.geonameid, m.score) for m in gp.parse(text)] == first
    assert {k: memo[k] for k in saved} == saved  # resolution never changes a memoised table


def test_in_openers_are_what_the_in_gap_reads() -> None:
    """`_IN_OPENERS` is every character re.I lets `_GAP_IN` read after its spaces and comma."""
    opener = re.compile(r"(?i)[(idrpasnoqg]")
    assert _IN_OPENERS == {ch for ch in map(chr, range(0x110000)) if opener.match(ch)}
    assert _GAP_IN.match(" ſuburb of ") and _GAP_IN.match(", İn ")


def test_gap_gates_never_refuse_a_gap_the_patterns_take() -> None:
    """Random gaps: where the comma or "in" pattern matches, `_chain` still links the candidate after it."""
    rng = random.Random(3)
    alphabet = [" ", " ", ",", "\u2002", "\n", "(", "in ", "In ", "district of ", "Area of ", "the ", "x", "."]
    seen = {_GAP_COMMA: 0, _GAP_IN: 0}
    for _ in range(4000):
        gap = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
        text = "Izyum" + gap + "Kharkiv"
        c = Candidate(len(text) - 7, len(text), "Kharkiv", [1])
        for pat in (_GAP_COMMA, _GAP_IN):
            if pat.match(gap):
                seen[pat] += 1
                assert _chain(text, [c], 5, pat, [c.start]) == [c], (pat.pattern, gap)
    assert min(seen.values()) > 20


def test_gap_gates_refuse_plain_words() -> None:
    """"Kyiv said" and "Kyiv and" link nothing; "Kyiv, Ukraine" and "Kyiv in Ukraine" link."""
    for gap, pat, linked in ((" said ", _GAP_IN, False), (" and ", _GAP_COMMA, False), (", ", _GAP_COMMA, True),
                             (" in ", _GAP_IN, True), (" (in ", _GAP_IN, True), (", in the ", _GAP_IN, True)):
        text = "Kyiv" + gap + "Ukraine"
        c = Candidate(len(text) - 7, len(text), "Ukraine", [1])
        assert bool(_chain(text, [c], 4, pat, [c.start])) is linked, gap


class _Every:
    """A first-word set that holds every word: the matcher then walks the trie from every start (the old way)."""

    def __contains__(self, word: object) -> bool:
        return True


def test_first_word_gate_matches_the_full_walk() -> None:
    """Mixed and lower-case texts: the same names and demonyms with the first-word gate as with a walk at every
    start (odd capitals, hyphens, two-word demonyms and prefixes of names included)."""
    from eventwire.gazetteer.normalize import fold
    from eventwire.geoparsing.matching import name_matches

    gz = load_gazetteer()
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed, seed.lower(), "South African and Kyi troops left Kyivska. The İstanbul-Ⅻ Ǆemal New Yorkers said",
             "@Paris #Mbengwi, Momo division; Nova Kakhovka_ North Korean Sea of Azov Kharkiv-Donetsk Oblast border"]
    real = gz.first_words()
    try:
        for text in texts:
            folded = fold(text)
            for mode in ("mixed", "lower"):
                gz._first_words = real
                gated = name_matches(gz, text, folded, mode)
                gz._first_words = _Every()  # type: ignore[assignment]
                assert name_matches(gz, text, folded, mode) == gated
            assert gated[0] and (text is not texts[0] or gated[1])
    finally:
        gz._first_words = real


def test_words_after_equals_after_words_per_word() -> None:
    """The one-pass test answers, per chain and word, what `after_words` answers for that word alone."""
    from eventwire.gazetteer.normalize import fold
    from eventwire.geoparsing import recognize as R
    from eventwire.geoparsing.namewords import after_words, words_after

    text = ("Troops moved to Jones and into the province of Smith. Brown said Lee of Kyiv Oblast Lee met Jones "
            "near\u2002Brown; Oblast of Black. Whites left the City of White and the region of Gray.")
    folded = fold(text)
    words = ["jones", "smith", "brown", "lee", "black", "white", "gray", "green", ""]
    chains = ((R._INTRO,), (R._OF, R._UNIT_WORDS))
    got = words_after(text, folded, words, chains, (True, True))
    for hit, chain in zip(got, chains, strict=True):
        assert hit == {w for w in words if w and after_words(text, folded, [w], chain)}
    assert got[0] and got[1] and got[0] != got[1]
    first = words_after(text, folded, words, chains, (False, True))
    assert len(first[0]) == 1 and first[0] <= got[0] and first[1] == got[1]  # the first word only, where asked


def test_unit_codes_memo_kept_across_texts() -> None:
    """A name's unit codes are kept on the gazetteer and equal a fresh computation."""
    from eventwire.gazetteer.normalize import name_key
    from eventwire.geoparsing.context import _unit_codes, named_units

    gz = load_gazetteer()
    cands = [Candidate(0, 7, "Kharkiv", gz.candidates("Kharkiv")), Candidate(12, 22, "Washington", gz.candidates("Washington"))]
    first = named_units(gz, cands)
    for c in cands:
        assert gz.name_memos["units"][(c.text, tuple(c.ids))] == (name_key(c.text), _unit_codes(gz, c.ids, name_key(c.text)))
    assert named_units(gz, cands) == first and first


def test_village_towns_by_offset_equal_a_scan() -> None:
    """`_Towns.within` returns the towns a plain scan returns, in list order, sorted or not."""
    from eventwire.geoparsing.villages import _Towns
    from eventwire.model import PlaceMention

    rng = random.Random(5)
    for _ in range(100):
        ms = [PlaceMention(start=s, end=s + 3, text="Abc", feature_class=rng.choice("PPA"))
              for s in sorted(rng.randint(0, 200) for _ in range(rng.randint(0, 15)))]
        if rng.random() < 0.3:
            rng.shuffle(ms)
        towns = _Towns(ms)
        for lo, hi in ((rng.randint(0, 210), rng.randint(0, 210)) for _ in range(10)):
            assert towns.within(lo, hi) == [m for m in ms if lo <= m.start < hi and m.feature_class == "P"]


def test_direction_asides_found_with_their_gates() -> None:
    """Asides with a bearing or "(near X)" are still read; every aside match holds the words its gate tests."""
    from eventwire.geoparsing.nearby import _ASIDE_DIR, _ASIDE_NEAR, directions

    seed = SEED.read_text(encoding="utf-8")
    texts = ["Russian forces attacked Vesele and Tsupivka (southwest of Bakhmut) on Monday.",
             "Fighting continued near Mykolaivka, Luhansk Oblast (near Popasna).",
             "Shelling hit Kushhove, directly northeast of Orikhiv.", "Nothing here: Kyiv, Lviv and Odesa.", seed]
    found = [directions(t)[0] for t in texts]
    assert found[0] and found[1] and found[2] and not found[3]
    for t in texts:
        for m in _ASIDE_DIR.finditer(t):
            assert any(d in m.group() for d in ("north", "south", "east", "west"))
        for m in _ASIDE_NEAR.finditer(t):
            assert "(" in m.group()


def test_viable_village_spans_equal_the_direct_tests() -> None:
    """`_viable` keeps exactly the spans of a run that name a KATOTTG settlement and no gazetteer record, in order."""
    from eventwire.gazetteer.normalize import name_key
    from eventwire.geoparsing.recognize import common_set
    from eventwire.geoparsing.villages import _CAP, _sub_spans, _viable, table

    gz = load_gazetteer()
    keys, common = table()[0], common_set()
    text = ("Russian forces attacked Stryapivka-Soledar and Nova Kamyanka near Shumy, Kharkiv Oblast, and advanced "
            "toward Mykhailo-Kotsiubynske Zoria Petrivka. " + SEED.read_text(encoding="utf-8"))
    seen = 0
    for m in _CAP.finditer(text):
        want = []
        for s, e in _sub_spans(text, m.start(), m.end()):
            name, k = text[s:e], name_key(text[s:e])
            if keys.get(k) is not None and len(k) >= 5 and k not in common and not gz.candidates(name):
                want.append((s - m.start(), e - m.start(), name, keys[k]))
        assert list(_viable(gz, m.group())) == want
        seen += bool(want)
    assert seen >= 1
