"""Long documents: the indexed scans answer exactly as the plain ones they replace (issue #3, session 10)."""

from __future__ import annotations

import random
import re

from eventwire.gazetteer import load_gazetteer
from eventwire.gazetteer.index import haversine_km
from eventwire.geoparsing import coherence
from eventwire.geoparsing.hints import capital_phrases
from eventwire.geoparsing.recognize import Candidate
from eventwire.geoparsing.spans import Spans
from eventwire.geoparsing.unknown import unknown_places


def test_spans_overlap_as_a_linear_scan() -> None:
    """`Spans.overlaps` equals "any taken span overlaps", as spans are added, on random layouts."""
    rng = random.Random(7)
    for _ in range(200):
        taken = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 12)))]
        spans = Spans(taken)
        for _ in range(20):
            s = rng.randint(0, 340)
            e = s + rng.randint(1, 40)
            want = any(a < e and s < b for a, b in taken)
            assert spans.overlaps(s, e) is want
            if not want:
                spans.add(s, e)
                taken.append((s, e))


def _writes_unit_plain(text: str, surface: str) -> bool:
    """The scan over every occurrence that short texts keep."""
    return any(coherence._UNIT_AFTER.match(text, m.start() + len(surface))
               for m in re.finditer(f"(?={re.escape(surface)})", text))


def test_writes_unit_on_a_long_text_as_on_a_short_one() -> None:
    """Above the length limit the unit-word index answers as the scan does (runs of spaces, line ends, any name)."""
    story = ("Russian forces struck Kherson Oblast and the Belgorod  region overnight. Kherson city was shelled.\n"
             "Officials in Zaporizhzhia\u2002Oblast said Kyiv's region was calm; Kharkiv\nOblast too. ")
    text = story * (coherence._LONG_TEXT // len(story) + 2)
    assert len(text) > coherence._LONG_TEXT
    names = ["Kherson", "Belgorod", "Zaporizhzhia", "Kharkiv", "Kyiv", "Kyiv's", "Officials", "the Belgorod",
             "Russian", "city", "Oblast", "d Kherson", "x" * 70]
    for name in names:
        assert coherence.writes_unit(text, name) is _writes_unit_plain(text, name), name
        assert coherence.writes_unit(story, name) is _writes_unit_plain(story, name), name
    assert coherence.writes_unit(text, "Kherson") and not coherence.writes_unit(text, "Kyiv")


def test_capital_phrases_window_as_every_pair() -> None:
    """Each name gets the capital phrases within 250 characters that no sentence end parts from it, in order."""
    gz = load_gazetteer()
    ukraine = next(i for i in gz.candidates("Ukraine") if gz.fcode[i] == "PCLI")
    part = "Drones hit Kyiv today, officials in the Ukraine capital said. " + "More words follow here. " * 12
    text = part * 40
    ctx = [Candidate(m.start(), m.end(), "Ukraine", [ukraine]) for m in re.finditer("Ukraine", text)]
    cands = [Candidate(m.start(), m.end(), "Kyiv", []) for m in re.finditer("Kyiv|officials|More", text)]
    capital_phrases(gz, text, cands, ctx)
    for c in cands:
        want = any(0 <= b - a <= 250 and ". " not in text[a:b]
                   for x in ctx for a, b in [(c.end, x.start) if c.end <= x.start else (x.start, c.start)])
        assert ("capital_of:UA" in c.hints) is want
    assert any("capital_of:UA" in c.hints for c in cands) and not all("capital_of:UA" in c.hints for c in cands)


def test_unknown_places_skip_taken_spans() -> None:
    """A name already recognised is not found again; a new one is, once, on a long text."""
    text = "Shelling hit the village of Ashmi and the village of Ashmi again. " * 300
    found = [Candidate(m.start(), m.end(), "Ashmi", [1]) for m in re.finditer("Ashmi", text)][::2]
    out = unknown_places(text, found)
    assert [c.start for c in out] == [m.start() for m in re.finditer("Ashmi", text)][1::2]


def test_near_counts_repeated_anchors_by_weight() -> None:
    """An anchor point counted n times scores as n copies of it did (Kyiv, Kharkiv, Lviv readings)."""
    import numpy as np

    from eventwire.geoparsing.resolve import _near

    gz = load_gazetteer()
    ids = [i for name in ("Kyiv", "Kharkiv", "Lviv", "Bila Tserkva") for i in gz.candidates(name)[:3]]
    pts = np.radians(np.array([[50.45, 30.52], [49.99, 36.23], [49.84, 24.03]]))
    weights = np.array([3, 1, 2])
    copies = np.repeat(pts, weights, axis=0)
    want = [sum(haversine_km(float(gz.lat[i]), float(gz.lon[i]), *np.degrees(p)) < 300 for p in copies) for i in ids]
    assert _near(gz, ids, pts, weights).tolist() == want
    assert max(want) >= 3 and min(want) < max(want)


def test_sites_placed_on_a_long_text() -> None:
    """On a long text each site is placed by the town right after it or before it ("Kyiv's"), as on a short one."""
    from eventwire.geoparsing import default_geoparser

    gp = default_geoparser()
    story = ("Drones struck Barabashovo Market in Kharkiv overnight. Officials said Kyiv's Independence Square "
             "was calm. Rescuers worked in Odesa. ")
    want = [(m.text, m.name) for m in gp.parse(story) if m.text.endswith(("Market", "Square"))]
    assert want == [("Barabashovo Market", "Kharkiv"), ("Independence Square", "Kyiv")]
    long = gp.parse("\n\n".join([story] * 400))
    got = [(m.text, m.name) for m in long if m.text.endswith(("Market", "Square"))]
    assert got == want * 400
