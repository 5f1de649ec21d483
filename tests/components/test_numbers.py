"""Tests for quantity extraction (DESIGN.md counting rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.components.numbers import find_numbers, make
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # bundled copy of the seed story


def _one(text: str) -> tuple[str, int | None, int | None, int | None]:
    found = find_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    assert text[n.start : n.end] == n.text
    return n.text, n.low, n.best, n.high


@pytest.mark.parametrize(("text", "expected"), [
    ("479 people", ("479", 479, 479, 479)),
    ("1,200 troops", ("1,200", 1200, 1200, 1200)),
    ("1.2 million refugees", ("1.2 million", 1_200_000, 1_200_000, 1_200_000)),
    ("twenty-four dead", ("twenty-four", 24, 24, 24)),
    ("one hundred and five wounded", ("one hundred and five", 105, 105, 105)),
    ("two thousand three hundred homes", ("two thousand three hundred", 2300, 2300, 2300)),
    ("at least four people were killed", ("at least four", 4, 4, None)),
    ("more than 20 drones", ("more than 20", 21, 21, None)),
    ("over 100 missiles", ("over 100", 101, 101, None)),
    ("more than a dozen", ("more than a dozen", 13, 13, None)),
    ("up to 10 civilians", ("up to 10", None, None, 10)),
    ("as many as 10 civilians", ("as many as 10", None, None, 10)),
    ("fewer than 10 soldiers", ("fewer than 10", None, None, 9)),
    ("nearly 20 died", ("nearly 20", None, 20, None)),
    ("about a dozen", ("about a dozen", None, 12, None)),
    ("four to six people", ("four to six", 4, 4, 6)),
    ("4-6 people", ("4-6", 4, 4, 6)),
    ("4–6 people", ("4–6", 4, 4, 6)),
    ("between 4 and 6 people", ("between 4 and 6", 4, 4, 6)),
    ("four or five people", ("four or five", 4, 4, 5)),
    ("dozens of others", ("dozens", 24, 24, None)),
    ("a dozen homes", ("a dozen", 12, 12, 12)),
    ("half a dozen homes", ("half a dozen", 6, 6, 6)),
    ("hundreds of people", ("hundreds", 200, 200, None)),
    ("tens of people", ("tens", 20, 20, None)),
    ("tens of thousands fled", ("tens of thousands", 20_000, 20_000, None)),
    ("several aircraft", ("several", 3, 3, None)),
    ("a few hours", ("a few", 2, 2, None)),
    ("several hundred homes", ("several hundred", 300, 300, None)),
    ("one soldier died", ("one", 1, 1, 1)),
    ("2000 troops", ("2000", 2000, 2000, 2000)),
])
def test_counting_rules(text: str, expected: tuple[str, int | None, int | None, int | None]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize("text", [
    "Kh-101 and S-300 missiles, Tu-95 bombers, a 9K720 launcher, 155mm shells",
    "in 2022, the 2022 invasion, 2022-2023, the 1990s",
    "at 7:00 pm, at 7 am, at 0700 GMT, AT 1625 HOURS",
    "the second strike, the 3rd brigade, THE 3D INFANTRY BRIGADE",
    "20% and 20 percent",
    "a 10-year-old boy in a nine-storey building",
    "DETACHMENT NO.4, Route 66, $5 million, 2.5 km",
    "June 6, 2025; 6 June 2025; SAN SALVADOR, 3 JAN 90 --; ON 30 DECEMBER",
    "no one was hurt; they blamed one another; one of the largest attacks",
])
def test_not_counts(text: str) -> None:
    assert find_numbers(text) == []


def test_percentages_kept_on_request() -> None:
    found = find_numbers("turnout was 20%", percentages=True)
    assert [(n.text, n.best) for n in found] == [("20%", 20)]


def test_partitive_one_is_kept_as_one() -> None:
    text = "One of the drones hit a block."
    assert _one(text) == ("One", 1, 1, 1)
    assert text[find_numbers(text)[0].end :].startswith(" of the drones")


def test_all_caps_and_lower_case() -> None:
    text = "THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED; AT LEAST SIX FMLN DEATHS"
    assert [(n.text, n.low, n.high) for n in find_numbers(text)] == [
        ("THREE", 3, 3), ("SEVEN", 7, 7), ("AT LEAST SIX", 6, None)]
    assert [n.best for n in find_numbers("at least four killed and dozens injured")] == [4, 24]
    assert find_numbers("10 may have died")[0].best == 10


def test_window_offsets() -> None:
    text = "Intro with 5 words. Then 7 people died."
    found = find_numbers(text, start=20)
    assert [(n.start, n.text) for n in found] == [(25, "7")]


def test_seed_story_component() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc = make()(doc)
    got = [(n.text, n.low, n.best, n.high) for n in doc.numbers]
    assert ("at least four", 4, 4, None) in got
    assert ("dozens", 24, 24, None) in got
    assert ("several", 3, 3, None) in got
    assert all(text[n.start : n.end] == n.text for n in doc.numbers)


def test_offsets_survive_case_folding_that_changes_length() -> None:
    # "İ".lower() is two characters; the finder must fall back to the original text.
    text = "In İstanbul at least 12 people died; AT LEAST FOUR DIED."
    got = [(text[n.start : n.end], n.low) for n in find_numbers(text)]
    assert got == [("at least 12", 12), ("AT LEAST FOUR", 4)]
