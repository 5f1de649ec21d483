"""Named victims after review (session 35, toll210): group names, lists, near misses, past and accidental deaths."""

from datetime import date

import pytest

from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _killed(text: str, published: date | None = date(2024, 5, 1)) -> list[int | None]:
    doc = WorkDoc(Article(text=text, published=published))
    doc.sentences = split_sentences(text)
    return [c.count.best for c in find_casualties(doc) if c.kind == "killed"]


@pytest.mark.parametrize("text", [
    "Government troops killed Southern Liberation Army fighters near Kassala.",
    "Jets killed Ansar Dine Brigade militants outside Gao.",
    "Militiamen killed Jaish al-Tahrir fighters in Daraa.",
    "Soldiers killed Eastern Defense Forces members in Goma.",
    "The bomb killed Herat Market shoppers.",
])
def test_a_shorter_run_cut_from_a_group_name_is_no_name(text: str) -> None:
    assert _killed(text) == [None]


def test_a_bare_name_before_a_function_word_still_counts() -> None:
    assert _killed("Gunmen killed Karim Haddad in Tripoli on Friday.") == [1]
    assert _killed("Gunmen killed Karim Haddad, police said.") == [1]
    assert _killed("Gunmen killed Maria Fernanda Lopez de la Cruz in Cali.") == [1]  # a long name with particles


def test_named_objects_in_a_list_are_counted_each() -> None:
    assert _killed("Gunmen killed Karim Haddad and Samir Nasser in Sidon.") == [2]
    assert _killed("Gunmen killed Karim Haddad, Samir Nasser and Walid Issa in Sidon.") == [3]
    assert _killed("Gunmen killed Karim Haddad and three of his guards.") == [4]
    assert _killed("Militants executed Syriac Christians Karim Haddad and Samir Nasser.") == [2]
    # More people the reader cannot count: no figure, never a wrong 1.
    assert _killed("Gunmen shot dead journalist Lina Saab and her cameraman in Tyre.") == [None]


def test_a_near_miss_is_no_death() -> None:
    assert _killed("Union leader Pedro Salas was nearly killed by a car bomb in Cali.") == [None]
    assert _killed("Union leader Pedro Salas was narrowly killed.") == [None]
    assert _killed("Union leader Pedro Salas was reportedly killed by a car bomb in Cali.") == [1]


def test_a_named_killing_of_the_past_is_no_figure() -> None:
    assert _killed("Bandits raided a market in Gusau on Monday. Teacher Musa Bello was kidnapped and beheaded there "
                   "in 2019.") == [None]
    assert _killed("Bandits raided a market in Gusau on Monday. Separately, district head Musa Bello was killed in "
                   "2016.") == [None]
    assert _killed("Bandits raided a market in Gusau on Monday. Previously, chief Musa Bello was killed in the town."
                   ) == [None]
    assert _killed("Bandits raided a market in Gusau. Earlier, councillor Musa Bello was shot dead nearby.") == [None]
    assert _killed("Rebels killed Musa Bello two years ago.") == [None]
    # The report's own year is no past; all-caps wire copy with its own year still counts.
    assert _killed("Councillor Musa Bello was killed in March 2024 in Gusau.") == [1]
    assert _killed("COUNCILMAN JOSE DIAZ, OF THE LIBERAL PARTY, WAS MURDERED IN JANUARY 1990.",
                   date(1990, 1, 20)) == [1]


def test_accidents_and_killed_off_are_no_violent_deaths() -> None:
    assert _killed("Anna Berg was killed by a drunk driver on Elm Road, police said.") == [None]
    assert _killed("Farmer Tom Hale was killed when his tractor overturned.") == [None]
    assert _killed("Mr Hale was killed in a car accident near Leeds.") == [None]
    assert _killed("Writer Paul Grant was killed off in the second season.") == [None]


def test_a_name_after_a_passive_verb_is_no_object() -> None:
    # The wounded man named after "were killed and" is no second victim of the killing.
    assert _killed("TWO GUARDS WERE KILLED AND JOSE RUIZ, A DRIVER OF THE COMPANY, WAS WOUNDED.") == [2]
    assert _killed("GUNMEN FIRED ON THE CAR, AND ITS PASSENGERS WERE KILLED AND JOSE RUIZ, A DRIVER OF THE COMPANY, "
                   "WAS WOUNDED.") == [None]
    assert _killed("Two guards were killed and Jose Ruiz, a driver, was wounded.") == [2]
