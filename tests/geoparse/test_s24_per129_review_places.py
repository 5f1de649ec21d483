"""per129 mends after review: a listed person's one-word name stays a place the text corroborates (session 24).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _places(gp: Geoparser, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country_code) for m in gp.parse(text)]


@pytest.mark.parametrize("text, place", [
    ("Lula, Georgia, lost power after the storm on Monday.", ("Lula", "US")),  # its state, in apposition
    ("Lula is a small town in Hall County.", ("Lula", "US")),  # an opening "X is a town", and its county
    ("Hail damaged roofs in Berri and Loxton, South Australia.", ("Berri", "AU")),  # its ADM1
    ("Rubio, Venezuela, held a vigil on Friday.", ("Rubio", "VE")),  # its country, not the senator's
    ("Nasrallah, in Kairouan governorate, was cut off by floods.", ("Nasrallah", "TN")),  # its ADM1
])
def test_a_corroborated_reading_keeps_the_place(gp: Geoparser, text: str, place: tuple[str, str]) -> None:
    assert place in _places(gp, text)


def test_georgia_next_to_lula_stays_the_state(gp: Geoparser) -> None:
    assert ("Georgia", "US") in _places(gp, "Lula, Georgia, lost power after the storm on Monday.")


@pytest.mark.parametrize("text, word", [("Town of Lula officials shut the pool.", "Lula"),
                                        ("The City of Lula paved a road.", "Lula"),
                                        ("Berri is a town on the Murray.", "Berri")])
def test_a_kind_word_is_a_place_cue(gp: Geoparser, text: str, word: str) -> None:
    assert word in [t for t, _ in _places(gp, text)]


@pytest.mark.parametrize("text, gone", [
    ("Abbas and Blinken met in Ramallah on Tuesday.", "Abbas"),  # Pakistan is not named: no Fort Abbas
    ("Abbas and Netanyahu spoke by phone about Gaza.", "Abbas"),
])
def test_an_uncorroborated_name_is_still_the_person(gp: Geoparser, text: str, gone: str) -> None:
    assert gone not in [t for t, _ in _places(gp, text)]
