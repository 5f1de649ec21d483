"""Round 10: event location — reference points, origins, adjectival places, abbreviations, other clauses."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.event_location import _sentence_bounds, pick_event_location


def _pick(text: str, verb: str) -> str | None:
    v = text.index(verb)
    p = pick_event_location(text, default_geoparser().parse(text), (v, v + len(verb)))
    return p.text if p else None


@pytest.mark.parametrize(
    ("text", "verb", "want"),
    [
        # A distance phrase names a reference point, not where the event happened.
        ("Troops patrolled Kakata, 60 kilometers northeast of Monrovia, after clashes.", "patrolled", "Kakata"),
        ("Protesters marched through Kharkiv, about 40 km south of Belgorod, on Sunday.", "marched", "Kharkiv"),
        # Where the attacker came from is not where he struck.
        ("A man from a village near the city of Jenin shot two guards in Haifa.", "shot", "Haifa"),
        # "a U.S. airstrike", "U.S.-led strikes": the country modifies a noun; the event is in the place named.
        ("Twelve civilians were killed amid U.S.-led airstrikes in Syria.", "killed", "Syria"),
        ("A bomb detonated near a US convoy in Mosul on Monday.", "detonated", "Mosul"),
        # A clause after "while" has its own event and place.
        ("Dozens of students in Tikrit demonstrated, while a protest took place in Baghdad.", "demonstrated",
         "Tikrit"),
        # "in western Afghanistan killed": the place follows "in", it is not the subject.
        ("One bomb in western Afghanistan killed a police officer.", "killed", "Afghanistan"),
        # An abbreviation's period ("Oct.") does not end the sentence.
        ("The reporter was shot on Oct. 27 during protests in Oaxaca.", "shot", "Oaxaca"),
    ],
)
def test_event_location_rules(text: str, verb: str, want: str) -> None:
    assert _pick(text, verb) == want


def test_adjectival_country_alone_is_not_a_location() -> None:
    assert _pick("The militant was reportedly killed in a U.S. airstrike.", "killed") is None


def test_ramadan_is_a_month_not_a_place() -> None:
    text = "On the first day of Ramadan, a car bomb in Baghdad killed two employees."
    assert _pick(text, "killed") == "Baghdad"


def test_sentence_bounds_skip_abbreviations() -> None:
    text = "Gen. Smith said U.S. troops left. Shelling hit Kyiv."
    assert _sentence_bounds(text, text.index("troops")) == (0, text.index(". Shelling") + 1)
    assert _sentence_bounds(text, text.index("Kyiv"))[0] == text.index(" Shelling")
