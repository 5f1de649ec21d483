"""The speed gates in the dates/numbers/sentences patterns never change what they match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.components import dates, numbers, sentences
from eventwire.components.language import detect_language

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # bundled copy of the seed story
SAMPLES = [
    "On June 4-6, 2025 at least 14 people were killed; by June 9 more than a dozen had died.",
    "SAN SALVADOR, 3 JAN 90 -- [TEXT] AT 1625 THIS MORNING, TWO TO THREE HUNDRED MEN ATTACKED.",
    "Last Sunday night and the day before yesterday, five or six drones hit Kharkiv. In 2022 too.",
    "Between 40 and 50 soldiers, up to 10 tanks and tens of thousands of civilians since March.",
    "It happened 3 weeks ago, early last month, at the start of this week and mid-2014 (06/07/2023).",
    "A couple of dozen, half a dozen, several hundred, an estimated 1.2 million, one of the largest.",
    "They may have died; he will return tomorrow or next Friday. Mr. Smith said Gen. J. Doe left!",
    "Overnight into Friday the U.S. said: \u201cNo.\u201d  Then\u2002the 12th of May\u2002at 7:00 pm ET.",
]


def _texts() -> list[str]:
    return [*SAMPLES, SEED.read_text("utf-8"), SEED.read_text("utf-8").upper()]


def _ungated(pattern: re.Pattern[str], gate: str) -> re.Pattern[str]:
    assert gate in pattern.pattern
    return re.compile(pattern.pattern.replace(gate, "", 1), pattern.flags)


@pytest.mark.parametrize("module, name, gate", [
    (dates, "_PATTERN", "_GATE"), (numbers, "_PATTERN", "_GATE"), (numbers, "_DATE", "_DATE_GATE"),
])
def test_gate_keeps_matches(module: object, name: str, gate: str) -> None:
    gated: re.Pattern[str] = getattr(module, name)
    plain = _ungated(gated, getattr(module, gate))
    total = 0
    for text in _texts():
        for probe in (text, text.lower()):
            got = [(m.span(), m.lastgroup) for m in gated.finditer(probe)]
            assert got == [(m.span(), m.lastgroup) for m in plain.finditer(probe)]
            total += len(got)
    assert total >= 10  # the samples exercise the pattern


# The boundary patterns as they were before the leading character class.
_OLD_BOUNDARY = re.compile(r"""([.!?]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9А-ЯЁЇІЄҐ])|\n\s*\n|\n(?=\S)""")
_OLD_WRAPPED = re.compile(r"""([.!?]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9А-ЯЁЇІЄҐ])|\n\s*\n""")


def _boundaries(pattern: re.Pattern[str], text: str, new: bool) -> list[tuple[int, int, int | None]]:
    out = []
    for m in pattern.finditer(text):
        punct = m.group(1) is not None if new else bool(m.group(1))
        out.append((m.start(), m.end(), m.end(1) if punct else None))
    return out


def test_boundary_patterns_unchanged() -> None:
    for text in [*_texts(), "Headline\n\nBody. Next!  \u201cQuoted?\u201d (Yes.) 4. Item\nline"]:
        assert _boundaries(sentences._BOUNDARY, text, True) == _boundaries(_OLD_BOUNDARY, text, False)
        assert _boundaries(sentences._BOUNDARY_WRAPPED, text, True) == _boundaries(_OLD_WRAPPED, text, False)


def test_abbreviation_window_clips_long_runs() -> None:
    # A 60-character dotted run before the period: the 40-character window clips it, as before.
    run = "x" * 60
    got = sentences.split_sentences(f"See {run}. Next one. Dr. Who left. U.S. troops went!  Ok.")
    texts = ["See " + run + ".", "Next one.", "Dr. Who left.", "U.S. troops went!", "Ok."]
    assert [(s.start, s.end) for s in got] == [(0, 65), (66, 75), (76, 89), (90, 107), (109, 112)]
    assert len(got) == len(texts)


def test_script_gate_still_detects_scripts() -> None:
    assert detect_language("Київ зазнав масованої атаки дронів і ракет цієї ночі, є загиблі") == "uk"
    assert detect_language("Москва заявила о перехвате беспилотников над областью этой ночью") == "ru"
    assert detect_language("The strike hit a building in the city and the rescue went on \u2002today.") == "en"
