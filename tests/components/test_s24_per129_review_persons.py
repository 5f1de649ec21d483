"""per129 mends after review: own name variants, census-only given names, listed surnames (session 24).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.components.actors import actor_lexicon, find_actors, load_lexicon


def _people(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.name) for a in find_actors(text, actor_lexicon()) if a.kind == "person"]


@pytest.mark.parametrize("text, name", [
    ("Tayyip Erdogan told reporters in Izmir that the border stays shut.", "Recep Tayyip Erdogan"),
    ("Bibi Netanyahu lost a vote in the Knesset on Monday.", "Benjamin Netanyahu"),
    ("Evgeny Prigozhin's men left Rostov by night.", "Yevgeny Prigozhin"),
    ("Joseph Biden vetoed the bill on Friday.", "Joe Biden"),
    ("General Abdel Fattah Burhan flew to Port Sudan.", "Abdel Fattah al-Burhan"),
    ("Kremlin Peskov declined to comment on the talks.", "Dmitry Peskov"),
])
def test_own_names_and_non_census_words_do_not_hide_the_person(text: str, name: str) -> None:
    assert name in [n for _, n in _people(text)]


@pytest.mark.parametrize("text", ["Sara Netanyahu opened a school.", "Ali Abbas won the race in Lahore."])
def test_a_census_first_name_before_the_alias_is_someone_else(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text, full, other", [
    ("Premier Shehbaz Sharif dined with his brother Nawaz Sharif in Multan.", "Shehbaz Sharif", "Nawaz Sharif"),
    ("Naim Qassem spoke of the late Qassem Soleimani at a rally.", "Naim Qassem", "Qassem Soleimani"),
    ("Joseph Aoun took over from Michel Aoun's caretakers.", "Joseph Aoun", "Michel Aoun"),
    ("Kamala Harris spoke at a rally in Harris County.", "Kamala Harris", "Harris County"),
    ("A storm hit Austin, Texas, before Lloyd Austin landed.", "Lloyd Austin", "Austin, Texas"),
    ("Abiy Ahmed received the envoy Ahmed Haroun.", "Abiy Ahmed", "Ahmed Haroun"),
    ("Wang Yi met Yi Sang-hoon in Busan.", "Wang Yi", "Yi Sang-hoon"),
])
def test_an_unlisted_surname_does_not_spread(text: str, full: str, other: str) -> None:
    found = [a for a in find_actors(text, actor_lexicon()) if a.kind == "person"]
    assert full in [a.name for a in found]
    at = text.index(other)
    assert not any(at <= a.start < at + len(other) for a in found), [(a.text, a.name) for a in found]


def test_a_listed_surname_spreads_only_after_the_full_name() -> None:
    text = "Biden spoke first. Then Joe Biden left, and Biden waved."
    found = [(a.start, a.name) for a in find_actors(text, actor_lexicon()) if a.kind == "person"]
    assert [n for _, n in found] == ["Joe Biden"] * 3  # the alias "Biden" is listed: every mention counts


@pytest.mark.parametrize("text", ["Tom Fletcher, a farmer from Kent, lost his sheep.",
                                  "Martin Griffiths scored for the home side.",
                                  "Mohammad Mustafa, a tailor in Giza, was arrested."])
def test_common_full_names_are_not_listed(text: str) -> None:
    assert _people(text) == []


def test_king_abdullah_reaches_the_entry() -> None:
    assert ("King Abdullah", "Abdullah II") in _people("King Abdullah II received the envoy in Aqaba.")
    assert all(n != "Abdullah II" for _, n in _people("Saudi King Abdullah opened the port."))


def test_given_field_is_a_list_of_words() -> None:
    for p in load_lexicon("persons")["persons"]:
        assert all(isinstance(g, str) and " " not in g for g in p.get("given", []))
