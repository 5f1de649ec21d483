"""A listed person's name is no place (session 24, per129). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.person_names import person_name_spans


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _places(gp: Geoparser, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country_code) for m in gp.parse(text)]


@pytest.mark.parametrize("text, word", [
    ("Lula said the war in Gaza must end.", "Lula"),  # not Luleå, Sweden
    ("Rep. Raskin asked the State Department about aid to Gaza.", "Raskin"),  # not Ruskin, Florida
    ("Abbas met the envoy in Ramallah on Monday.", "Abbas"),  # not Fort Abbas, Pakistan
    ("Defence Minister Israel Katz visited troops near Khan Younis.", "Israel"),  # the whole name is the person
])
def test_a_listed_name_is_no_place(gp: Geoparser, text: str, word: str) -> None:
    places = _places(gp, text)
    assert word not in [p for p, _ in places]
    assert places  # the story's real places stay


def test_the_same_word_told_as_a_place_stays_a_place(gp: Geoparser) -> None:
    assert ("Abbas", "PK") in _places(gp, "Police raided a house in Abbas, a village near the border.")
    assert [p for p, _ in _places(gp, "Gunmen attacked the town of Lula overnight.")] == ["Lula"]


def test_spans_need_the_listed_spelling() -> None:
    text = "Lula met Mahmoud Abbas; lula is no name here."
    assert [text[s:e] for s, e in person_name_spans(text)] == ["Lula", "Mahmoud Abbas"]
    assert person_name_spans("Fighters entered the village of Abbas. Abbas is quiet now.") == []
