"""Session 32 final-read mends: a toll told with another act of the sentence stays with that act, not with troops
gaining ground; civilians killed as troops reach a town stay an attack; a date days before New Year is the act's own
time; a "; and near X on <day>" segment before a new clause is no list item. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

PUB = date(2024, 5, 10)
CLASH = "Armed clash"


def _tolls(text: str, published: date = PUB) -> dict[str, int | None]:
    """Each extracted event's sub-event type with its fatality count (best)."""
    return {e.sub_event_type: (e.fatalities.best if e.fatalities else None)
            for e in extract(text, published=published)}


@pytest.mark.parametrize(("text", "owner", "killed"), [
    ("Militia fighters advanced to the western outskirts of Kadugli on Wednesday, and their shelling killed nine "
     "people at a market.", "Shelling/artillery/missile attack", 9),
    ("Militia fighters gained a foothold in Kadugli on Wednesday, and their shelling killed nine people at a market.",
     "Shelling/artillery/missile attack", 9),
    ("Army troops advanced to the outskirts of Tubas on Wednesday while a drone strike killed two gunmen nearby.",
     "Air/drone strike", 2),
    ("Militia fighters who advanced to the northern outskirts of Kadugli shot dead five farmers on Wednesday, a "
     "local official said.", "Attack", 5),
    ("Militia fighters advanced into Kadugli on Wednesday, and their shelling killed nine people at a market.",
     "Shelling/artillery/missile attack", 9),
])
def test_a_toll_told_with_another_act_is_not_the_advance_s(text: str, owner: str, killed: int) -> None:
    tolls = _tolls(text)
    assert tolls.get(owner) == killed
    assert tolls.get(CLASH) is None


def test_civilians_killed_as_troops_reach_a_town_s_edge_stay_an_attack() -> None:
    tolls = _tolls("Militia fighters advanced to the southern outskirts of Kadugli on Wednesday, killing six "
                   "civilians, a local official said.")
    assert tolls.get("Attack") == 6


def test_soldiers_killed_as_troops_reach_a_town_s_edge_stay_the_fight_s_toll() -> None:
    tolls = _tolls("Militia fighters advanced to the southern outskirts of Kadugli on Wednesday, killing six "
                   "soldiers.")
    assert tolls == {CLASH: 6}


def test_a_date_just_before_new_year_is_the_act_s_own_time() -> None:
    text = "Russian forces advanced to the northern outskirts of Kupiansk on December 30, 2023, the governor said."
    assert CLASH in _tolls(text, date(2024, 1, 3))


def test_an_earlier_year_far_from_publication_is_still_history() -> None:
    text = "Russian forces advanced to the northern outskirts of Kupiansk on December 30, 2022, the governor said."
    assert CLASH not in _tolls(text, date(2024, 1, 3))
    text = "In 2014 separatist fighters advanced to the outskirts of Kupiansk, the governor said."
    assert CLASH not in _tolls(text, date(2024, 1, 3))


def test_a_semicolon_segment_with_a_day_before_a_new_clause_is_no_item() -> None:
    places = {e.location.name if e.location else None for e in extract(
        "Russian forces attacked near Svatove; and near Kupiansk on Friday Russian helicopters struck Izium.",
        published=date(2022, 10, 7))}
    assert "Kupyansk" not in places
    assert {"Svatove", "Izyum"} <= places


def test_a_semicolon_segment_with_a_day_that_closes_the_sentence_still_joins() -> None:
    places = {e.location.name if e.location else None for e in extract(
        "Russian forces shelled Kupiansk and Balakliia; and near Izium on Friday.", published=date(2022, 10, 7))}
    assert {"Kupyansk", "Balakliya", "Izyum"} <= places


def test_an_earlier_year_reaches_an_edge_told_with_four_words_between() -> None:
    # "further into the northwestern outskirts" puts four words between the verb and "outskirts": still history.
    text = "In 2014 separatist fighters advanced further into the northwestern outskirts of Mariupol."
    assert not [e for e in extract(text, published=date(2024, 5, 10)) if e.sub_event_type == "Armed clash"]
