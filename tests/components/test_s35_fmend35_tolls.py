"""Final read of session 35 (fmend35): named-victim tolls that must give no lone 1 (plurals, others told after)."""

from __future__ import annotations

import pytest

from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _killed(text: str) -> list[int | None]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [c.count.best for c in find_casualties(doc) if c.kind == "killed"]


# D1: a capitalised run that ends in a plural of people is an unknown number of people, not one named person.
@pytest.mark.parametrize("text", [
    "Occupying troops executed Ukrainian POWs outside Vasylivka last week, officials said.",
    "Attackers killed Shia Muslims inside a shrine in Parachinar on Thursday.",
    "Bombers killed Hazara Shias at a market in Kabul.",
    "Insurgents gunned down Hindu Pandits near Anantnag on Saturday.",
    "A mob murdered Coptic Christians in a village near Sohag.",
    "Troops killed Rohingya Muslims near Buthidaung, villagers said.",
    "Militiamen killed Masalit Tribesmen outside Ardamata on Tuesday.",
    "Bandits killed Fulani Herdsmen in Plateau State on Saturday.",
    "Soldiers shot dead Palestinian Gunmen near Tubas, the army said.",
])
def test_a_plural_of_people_is_no_name(text: str) -> None:
    assert _killed(text) == [None]


def test_bare_full_names_still_count_one() -> None:
    assert _killed("Soldiers shot dead Palestinian Samir Haddad near Tubas on Monday.") == [1]
    assert _killed("Gunmen killed Lucia Reyes outside her shop in Tijuana.") == [1]


# D4: a lone office noun followed by a name is the named object, and a count after the name adds to it.
def test_a_title_and_a_three_word_name_take_the_count_after() -> None:
    assert _killed("A roadside bomb killed governor Omar Hassan Nur and four of his guards in Kismayo.") == [5]


def test_a_count_the_reader_cannot_join_leaves_no_lone_one() -> None:
    assert _killed("A roadside bomb killed the governor of Kismayo, Omar Hassan Nur, and four of his guards.") == [None]


# D5: others told after the named person ("along with", "together with", "with his") leave no figure of 1.
@pytest.mark.parametrize("text", [
    "Reporter Hana Saleh was killed by a drone near Rafah on Friday, along with three other journalists.",
    "Gunmen shot dead farmer Pedro Luna together with his two sons in Zacatecas.",
    "Rancher Tomas Vela was murdered with his wife at their farm near Durango.",
])
def test_others_told_with_the_named_person_give_no_lone_one(text: str) -> None:
    assert _killed(text) == [None]


def test_a_named_person_alone_is_still_one() -> None:
    assert _killed("Reporter Hana Saleh was killed by a drone near Rafah on Friday.") == [1]
