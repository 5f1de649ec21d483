"""Round 21: a firm or team named after a city; the Middle East's GeoNames record. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.hints import local_hints
from eventwire.geoparsing.recognize import Candidate, casing, recognise
from eventwire.geoparsing.resolve import _context_voters


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _hints(text: str, name: str) -> dict[str, float]:
    start = text.index(name)
    return local_hints(text, Candidate(start, start + len(name), name, []))


def test_org_hint_needs_a_name_word_and_running_text() -> None:
    assert "org" in _hints("data taken by Cambridge Analytica, the firm said", "Cambridge")
    assert "org" in _hints("the announcer of the Buffalo Bisons.", "Buffalo")
    # A place word after the name, a party after a state, or a title-case headline: no firm.
    assert "org" not in _hints("a mass at Westminster Cathedral that day", "Westminster")
    assert "org" not in _hints("the Georgia Democrat said", "Georgia")
    assert "org" not in _hints("Israel-Gaza Conflict: Sirens Warn", "Gaza")
    assert "org" not in _hints("the Athens City Council met", "Athens")


def test_firm_named_after_a_city_ignores_the_story_country(gp: Geoparser) -> None:
    # Before: Cambridge, Massachusetts, because the story names Washington and Texas.
    # (s28: the sentence named "Texas and Ohio"; that form is now a known loss, below.)
    text = ("Regulators in Washington said on Monday that data on users in Texas was taken by the "
            "political consultancy Cambridge Analytica, which denied it.")
    # (The parser does not report the firm's name as a place; with the mention given, it resolves to the city.)
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Washington", "Texas", "Cambridge")]
    found = [m.country_code if m is not None else None for m in gp.resolve_given(text, spans)]
    assert found == ["US", "US", "GB"]


_OHIO_TOO = ("Regulators in Washington said on Monday that data on users in Texas and Ohio was taken by the "
             "political consultancy Cambridge Analytica, which denied it.")


@pytest.mark.xfail(strict=True, reason="known loss (s28 wik163): a firm named after a city follows a state written "
                   "outside the spans that holds a namesake (Cambridge, Ohio)")
def test_firm_named_after_a_city_ignores_a_written_state(gp: Geoparser) -> None:
    spans = [(_OHIO_TOO.index(n), _OHIO_TOO.index(n) + len(n)) for n in ("Washington", "Texas", "Cambridge")]
    m = gp.resolve_given(_OHIO_TOO, spans)[-1]
    assert m is not None and m.country_code == "GB"


def test_a_state_outside_the_spans_votes(gp: Geoparser) -> None:
    # s28 wik163: with the spans given, a state written outside them (Ohio) votes for the setting.
    ctx = recognise(gp.gz, _OHIO_TOO, casing(_OHIO_TOO))
    given = [c for c in ctx if c.text in ("Washington", "Texas")]
    assert "Ohio" in [c.text for c, _, _ in _context_voters(gp.gz, _OHIO_TOO, given, ctx, {}, 0.6, {})]


def test_middle_east_has_its_geonames_record(gp: Geoparser) -> None:
    ms = [m for m in gp.parse("Saudi Arabia called the deal a source of stability in the Middle East.")
          if m.text == "Middle East"]
    assert ms and ms[0].geonameid == 6269133
    assert (round(ms[0].lat, 1), round(ms[0].lon, 1)) == (33.1, 35.9)
