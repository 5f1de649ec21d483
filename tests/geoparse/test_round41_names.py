"""Round 41: a bearing ("south of X") makes X no person's name; a lower-case "state", "island", "field" or "oilfield"
ends a name in wire copy. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.recognize import _person_words, common_set


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def test_a_bearing_from_a_name_makes_it_a_place_not_a_person(gp: Geoparser) -> None:
    # Shape: "The <Town> terminal ..." reads as a first and last name; "hit south of <Town>" later says it is a place.
    text = ("The Kharg terminal was raided again in January. A tanker was hit south of Kharg on Monday, "
            "shipping sources said.")
    assert "kharg" not in _person_words(text, gp.gz, common_set(), [])
    assert [m.name for m in gp.parse(text) if m.text == "Kharg"][-1:] == ["Khārk"]


def test_the_opening_a_sentence_still_blocks_a_word_never_placed(gp: Geoparser) -> None:
    # Guard: "The Olympic champion ...": with no bearing or place word before it the word stays no place.
    text = "The Olympic champion won again on Sunday. Fans cheered the Olympic hero in the stadium."
    assert all(m.text != "Olympic" for m in gp.parse(text))


def test_a_first_and_last_name_is_still_a_person(gp: Geoparser) -> None:
    # Guard: a real two-word name keeps its words as a person's ("Kelly" alone later is the person).
    assert "kelly" in _person_words("John Kelly visited the plant on Monday.", gp.gz, common_set(), [])


def test_a_lower_case_state_ends_the_state_name(gp: Geoparser) -> None:
    # Shape: "a school in <Name> state" (wire style): the state, as sure as "<Name> State"; the span stays "<Name>".
    ms = [m for m in gp.parse("Gunmen kidnapped 20 students from a school in Kaduna state, police said.")
          if m.text.startswith("Kaduna")]
    assert len(ms) == 1 and ms[0].text == "Kaduna" and ms[0].feature_code == "ADM1" and ms[0].score > 0.9


def test_a_lower_case_island_ends_the_island_name(gp: Geoparser) -> None:
    # Shape: "at <Name> island": the island's own record (curated, round 41); bare "Kharg" names only the town, so
    # the span keeps the whole name.
    ms = [m for m in gp.parse("Jets struck the jetty at Kharg island in the afternoon.") if m.text.startswith("Kharg")]
    assert len(ms) == 1 and ms[0].text == "Kharg island" and ms[0].feature_code == "ISL"


def test_a_lower_case_word_after_a_plain_town_is_not_taken(gp: Geoparser) -> None:
    # Guard: "region" closes no name (only "state", "island", "field", "oilfield" do); "the Kharkiv region" keeps its
    # own rule (the unit word).
    ms = [m for m in gp.parse("Shelling hit a village in the Kharkiv region overnight.") if m.text.startswith("Kharkiv")]
    assert ms and ms[0].text == "Kharkiv"


def test_a_lower_case_field_ends_the_field_name(gp: Geoparser) -> None:
    # Shape: "from the <Name> field": the oil field's own record; bare "Rostam" names no place, so the span is whole.
    ms = [m for m in gp.parse("Smoke rose from the Rostam field soon after the raid.") if m.text == "Rostam field"]
    assert len(ms) == 1 and ms[0].feature_code == "OILF"


def test_a_compass_word_before_state_is_no_name(gp: Geoparser) -> None:
    # Guard: "the first Northern state to ..." is a US region word, not Sudan's Northern State.
    text = "Ohio last year became the first Northern state to pass the law, officials said."
    assert all("Northern" not in m.text for m in gp.parse(text))
