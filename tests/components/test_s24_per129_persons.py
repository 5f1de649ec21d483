"""Persons added to the actor lexicon and one-word aliases after another given name (session 24, per129).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.components.actors import actor_lexicon, find_actors, load_lexicon


def _people(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.name) for a in find_actors(text, actor_lexicon()) if a.kind == "person"]


def test_lexicon_entries_are_well_formed() -> None:
    persons = load_lexicon("persons")["persons"]
    seen: set[str] = set()
    for p in persons:
        assert {"name", "aliases", "role", "country", "sector"} <= set(p) <= {"name", "aliases", "role", "country",
                                                                            "sector", "given"}
        assert p["sector"] in {"GOV", "MIL", "REB", "PRM", "IGO"}
        assert p["country"] is None or len(p["country"]) == 2
        for a in [p["name"], *p["aliases"]]:
            assert a.lower() not in seen, a  # one alias names one person
            seen.add(a.lower())
    assert len(persons) >= 80


@pytest.mark.parametrize("text, name", [
    ("Brazil's Lula called for a ceasefire.", "Luiz Inacio Lula da Silva"),
    ("Egypt's Sisi spoke with the envoy.", "Abdel Fattah el-Sisi"),
    ("Hemedti's fighters advanced on the city.", "Mohamed Hamdan Dagalo"),
    ("President Abbas met the envoy.", "Mahmoud Abbas"),
    ("Hamas Leader Haniyeh Rejects Offer", "Ismail Haniyeh"),
    ("Talks Must Resume Soon, Says Blinken", "Antony Blinken"),
    ("Valeriy Zaluzhnyi visited the front.", "Valerii Zaluzhnyi"),
])
def test_listed_people_are_found(text: str, name: str) -> None:
    assert name in [n for _, n in _people(text)]


@pytest.mark.parametrize("text", [
    "Omar Abbas met the families of the hostages.",
    "Ali Abbas scored twice for the club.",
    "Ahmed Sinwar runs a bakery.",
])
def test_a_one_word_alias_after_another_given_name_is_someone_else(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text, name", [
    ("Rebuffing Biden, the minister rejected the plan.", "Joe Biden"),
    ("Hails Lula As Partner", "Luiz Inacio Lula da Silva"),
])
def test_a_verb_before_the_alias_is_no_given_name(text: str, name: str) -> None:
    assert name in [n for _, n in _people(text)]


def test_a_relative_is_not_the_listed_person() -> None:
    assert _people("Eric Trump visited the site.") == []
