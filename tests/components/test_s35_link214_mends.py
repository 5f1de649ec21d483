"""link214 review mends: a span of another verb is no tally; unit-word nouns and vague plurals are counts."""

from datetime import date

import pytest

import eventwire
from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.components.toll_status import event_tolls
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _doc(text: str) -> WorkDoc:
    doc = WorkDoc(Article(text=text, published=date(2024, 5, 1)))
    doc.sentences = split_sentences(text)
    doc.casualties = find_casualties(doc)
    return doc


def _tolls(text: str) -> list[int | None]:
    return [c.count.best for c in event_tolls(_doc(text)) if c.kind == "killed"]


def _killed(text: str) -> list[int | None]:
    return [c.count.best for c in _doc(text).casualties if c.kind == "killed"]


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities.best for e in eventwire.extract(text, published=date(2024, 5, 1))]


# D1: the span modifies a relative clause, a participle or a noun; the figure's own verb is a simple past.
@pytest.mark.parametrize(("text", "best"), [
    ("Rockets hit Odesa on Thursday. In the port, which has been struck nearly every week since 2023, "
     "the attack killed 6 people, the mayor said.", 6),
    ("Gunmen attacked a village in Sokoto state on Sunday. The attackers, members of a band that has terrorised "
     "the district since March, killed 5 farmers.", 5),
    ("Insurgents ambushed a patrol near Gao on Wednesday. The ambush killed 6 soldiers in an area where the "
     "troops have been stationed since 2015.", 6),
    ("A suicide bomber struck a checkpoint in Baidoa on Thursday. The blast killed 4 people near a road that had "
     "been closed since 2021, officials said.", 4),
])
def test_a_span_of_another_verb_keeps_the_event_figure(text: str, best: int) -> None:
    assert best in _fatalities(text)


@pytest.mark.parametrize(("text", "best"), [
    ("A mine went off in Bossaso. Militiamen, who have roamed the hills since February, later killed 3 herders there.",
     3),
    ("The brigade, posted in the valley since 2016, killed 13 fighters on Thursday.", 13),
    ("Since March, a drone strike on Wednesday killed 9 people in Rafah.", 9),
    ("A grenade killed 2 people in a shop that had been shut since 2021.", 2),
    ("Gunmen killed 5 people at a mosque in Maiduguri, in a year-long wave of raids.", 5),
])
def test_a_span_of_another_verb_keeps_the_toll(text: str, best: int) -> None:
    assert _tolls(text) == [best]


@pytest.mark.parametrize("text", [
    "Some 300 people have been killed in the province since February.",
    "The clashes have left 1,500 dead over the past month.",
])
def test_a_perfect_tally_over_months_is_still_no_toll(text: str) -> None:
    assert _tolls(text) == []


# D2: a noun that starts with a unit word, and a vague plural before a time clause, are counts.
@pytest.mark.parametrize(("text", "best"), [
    ("Gunmen killed 8 day labourers at a quarry in Sokoto on Monday.", 8),
    ("Troops killed 3 day-laborers in Narino, the rights office said.", 3),
    ("Militia fighters killed 14 day-workers on an estate near Beni.", 14),
    ("The shelling killed 9 block wardens in Homs on Friday.", 9),
    ("Air raids killed dozens hours after the truce ended in Rafah.", 24),
    ("Air raids killed hundreds hours after the ceasefire broke down in El Fasher.", 200),
])
def test_a_unit_word_noun_or_vague_plural_is_a_count(text: str, best: int) -> None:
    assert best in _killed(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("The guard was killed 300 metres from the checkpoint.", 300),
    ("A courier was killed 4 km from the crossing.", 4),
    ("The convoy was hit and the driver killed 30 minutes before the talks.", 30),
])
def test_a_unit_before_a_relation_word_is_still_no_count(text: str, wrong: int) -> None:
    assert wrong not in _killed(text)
