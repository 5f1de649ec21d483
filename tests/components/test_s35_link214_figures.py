"""Figures that are no event's toll (session 35, link214): units and clock times after the verb, period tallies."""

from datetime import date

import pytest

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


def _killed(text: str) -> list[int | None]:
    return [c.count.best for c in _doc(text).casualties if c.kind == "killed"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("The spokesman was killed some 50 meters from his home.", 50),
    ("The mayor was shot dead 200 metres from the town hall.", 200),
    ("The six priests were murdered 9 days ago by armed men.", 9),
    ("The senator was killed eight months ago in the capital.", 8),
    ("THE UP LEADER WAS MURDERED AT APPROXIMATELY 1500 (2000 GMT) TODAY.", 1500),
    ("The lawyer was murdered at 1620 this afternoon.", 1620),
])
def test_a_time_or_distance_after_the_verb_is_no_count(text: str, wrong: int) -> None:
    assert wrong not in _killed(text)


@pytest.mark.parametrize(("text", "best"), [
    ("Gunmen killed 12 people at a market on Tuesday.", 12),
    ("Militants killed at least 30 soldiers in an ambush.", 30),
    ("The attack killed 4 and wounded 9 near the border.", 4),
])
def test_a_count_after_the_verb_still_counts(text: str, best: int) -> None:
    assert best in _killed(text)


def _tolls(text: str) -> list[int | None]:
    return [c.count.best for c in event_tolls(_doc(text)) if c.kind == "killed"]


@pytest.mark.parametrize("text", [
    "More than 11 journalists have been killed by the army since 1981.",
    "Some 200 people have been killed in the city since January.",
    "The fighting has left 2,000 dead in the past month.",
    "At least 90 people have been killed so far this year in the province.",
    "Their month-long battle has left 3,000 people dead.",
])
def test_a_tally_over_months_or_years_is_no_toll(text: str) -> None:
    assert _tolls(text) == []


@pytest.mark.parametrize(("text", "best"), [
    ("The deadliest attack since 2014 killed 30 people in the capital.", 30),
    ("A bomb killed 4 people at a bus stop on Monday.", 4),
])
def test_one_acts_toll_is_kept(text: str, best: int) -> None:
    assert _tolls(text) == [best]


@pytest.mark.parametrize(("text", "best"), [
    ("Officials put the death toll at about 1500 on Sunday.", 1500),
    ("The raid killed 2 foot soldiers near the river.", 2),
])
def test_a_toll_at_a_figure_and_foot_soldiers_still_count(text: str, best: int) -> None:
    assert best in _killed(text)
