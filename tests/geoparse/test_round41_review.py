"""Review fixes to round 41's lower-case tail: metonyms after a locative, whole island names, sentence starts, wrapped
lines. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.metonymy import is_metonym


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _places(gp: Geoparser, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.name, m.role) for m in gp.parse(text)]


def test_police_in_a_lower_case_state_is_where_not_who(gp: Geoparser) -> None:
    # Shape: "Police in <Name> state said ...": the state is where the police are, not its government speaking.
    assert _places(gp, "Police in Kaduna state said gunmen kidnapped 20 students from a school.") == [
        ("Kaduna", "Kaduna State", "mentioned")]


def test_an_admin1_after_a_locative_is_no_metonym() -> None:
    # Shape: "Officials in <State> said": a locative before the state; without it the state still speaks.
    text = "Officials in Kano State said 12 people died."
    assert not is_metonym(text, 13, 23, "ADM1")
    assert is_metonym("Kano State said 12 people died.", 0, 10, "ADM1")
    assert is_metonym("Officials in Moscow said 12 people died.", 13, 19, "PPLC")  # a capital keeps its rule


def test_a_lower_case_state_that_speaks_stays_a_metonym(gp: Geoparser) -> None:
    # Guard: "<Name> state said it would ..." reads as "<Name> State said": the state's government.
    assert _places(gp, "Kaduna state said it would reopen the schools.") == [("Kaduna", "Kaduna State", "metonym")]


def test_the_event_of_police_in_a_state_is_in_the_state() -> None:
    # Shape: a dateline elsewhere and "Police in <Name> state said gunmen ...": the event is in the state.
    text = ("KIDNAP IN NORTH\n\nLAGOS, June 5 - Police in Kaduna state said gunmen kidnapped 20 students from a school "
            "on Monday.")
    places = [e.location.name for e in eventwire.extract(text, published=date(2024, 6, 5)) if e.location]
    assert places == ["Kaduna State"]


def test_an_island_whose_first_word_names_no_place_keeps_its_whole_name(gp: Geoparser) -> None:
    # Shape: "<Word> island": "Rhode" and "Coney" do not name the islands, so the span is the island's whole name.
    text = "Rhode island and Coney island were flooded."
    assert [(m.text, m.name) for m in gp.parse(text)] == [("Rhode island", "Rhode Island"),
                                                          ("Coney island", "Coney Island")]
    assert all(text[m.start:m.end] == m.text for m in gp.parse(text))


def test_an_island_whose_first_word_names_it_drops_the_tail(gp: Geoparser) -> None:
    # Shape: "to <Name> island" where "<Name>" alone also names the island ("Hong Kong" is Hong Kong Island's too).
    assert [(m.text, m.name) for m in gp.parse("Ferries to Hong Kong island stopped.")] == [
        ("Hong Kong", "Hong Kong Island")]


@pytest.mark.parametrize("text", [
    "Free state education is a right, the minister said in London.",
    "STORM\n\nLONDON, June 5 - Free state schools were shelled on Monday, police said.",
])
def test_an_everyday_word_opening_a_sentence_takes_no_tail(gp: Geoparser, text: str) -> None:
    # Guard: "Free state ..." at a sentence's (or a dateline story's) start is the adjective, not Free State, ZA.
    assert all(m.name != "Free State" for m in gp.parse(text))


@pytest.mark.parametrize("text", ["Snake island was shelled on Monday.",
                                  "STRIKES\n\nODESA, June 5 - Snake island was shelled on Monday."])
def test_an_island_opening_a_sentence_keeps_its_name(gp: Geoparser, text: str) -> None:
    # Shape: "<Common word> island" at a sentence start: only "state" has an adjective reading ("Free state schools").
    assert "Snake Island" in {m.name for m in gp.parse(text)}


def test_a_state_name_opening_a_sentence_still_takes_the_tail(gp: Geoparser) -> None:
    # Guard: "Rivers" is a rarer word: "Rivers state police said ..." is still Rivers State.
    assert [(m.text, m.name) for m in gp.parse("Rivers state police said ten people died.")] == [
        ("Rivers", "Rivers State")]


def test_a_wrapped_line_is_trimmed_as_an_unwrapped_one(gp: Geoparser) -> None:
    # Shape: hard-wrapped wire copy, "in Kaduna\nstate": the same span and reading as "in Kaduna state".
    flat = gp.parse("Gunmen kidnapped 20 students from a school in Kaduna state, police said.")
    wrapped = gp.parse("Gunmen kidnapped 20 students from a school in Kaduna\nstate, police said.")
    assert [(m.start, m.end, m.text, m.name) for m in wrapped] == [(m.start, m.end, m.text, m.name) for m in flat]
    assert [m.text for m in flat] == ["Kaduna"]


def test_a_wrapped_everyday_word_before_state_is_no_place() -> None:
    from eventwire.geoparsing import Geoparser
    got = [m for m in Geoparser().parse("Free\nstate schools were closed on Monday, the minister said.")
           if m.country_code == "ZA"]
    assert got == []
