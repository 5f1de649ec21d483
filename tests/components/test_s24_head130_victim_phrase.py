"""Session 24 (head130): a count and its victim noun with a post-modifier ("working for a charity", "who worked at a
bakery", "from the same family") before "killed" or "shot dead" give the killing its toll and its victims; tallies,
threats and reviews, accidents and numbers inside the modifier stay as they were (sentences written for this test)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.components.casualties import find_casualties
from eventwire.components.trigger_refs import VICTIM_POST_MOD
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2024, 3, 1)


def _events(text: str) -> list[tuple[str, str | None, int | None]]:
    doc = load_pipeline()(Article(text=text, published=PUB))
    return [(e.event_type, e.sub_event_type, e.fatalities.best if e.fatalities else None) for e in doc.events]


@pytest.mark.parametrize(("text", "toll"), [
    ("Four people working for a charity killed in Gaza", 4),
    ("5 people working with a relief group killed in Gaza, its founder says", 5),
    ("Six people queuing for bread shot dead in Gaza", 6),
    ("Four civilians from the same family killed in Khan Younis", 4),
])
def test_a_post_modified_victim_phrase_is_an_attack_with_its_toll(text: str, toll: int) -> None:
    assert _events(text) == [("Violence against civilians", "Attack", toll)]


@pytest.mark.parametrize(("text", "event"), [
    ("Three men who worked for a bakery killed in Gaza", ("Battles", "Armed clash", 3)),
    ("Eight soldiers from the same unit killed in Donetsk", ("Battles", "Armed clash", 8)),
    ("Seven staff working for an aid group killed in Rafah strike", ("Explosions/Remote violence", "Air/drone strike", 7)),
    # a passive killing in running text
    ("Fourteen workers building a road were killed when militants attacked their convoy in Balochistan.",
     ("Battles", "Armed clash", 14)),
])
def test_a_post_modified_victim_phrase_gives_the_toll(text: str, event: tuple[str, str, int]) -> None:
    assert _events(text) == [event]


@pytest.mark.parametrize("text", [
    # a tally over a span, an accident, a review of an old strike, deaths of another cause
    "Aid workers from 12 agencies killed in Gaza this year",
    "Five workers from a mining firm killed in a mine collapse in Kivu",
    "Seven people travelling in a bus killed in a crash in Punjab",
    "Three people who fled the fighting died in Darfur since the war began",
    "The army will review findings of a strike that killed 7 people working for a charity in Gaza",
])
def test_guards_hold_with_a_post_modified_victim(text: str) -> None:
    assert _events(text) == []


def test_a_number_inside_the_modifier_is_no_toll() -> None:
    assert _events("Villagers from 3 districts killed in Zamfara raid by gunmen") == [("Battles", "Armed clash", None)]


def test_a_relative_clause_whose_verb_is_the_killing_lends_no_count() -> None:
    text = "Priests told of the hundreds of peasants who have been murdered by the gangs in the north."
    doc = load_pipeline()(Article(text=text, published=PUB))
    assert isinstance(doc, WorkDoc)
    assert all(c.count.best is None for c in find_casualties(doc) if c.kind == "killed")


_ABDUCTED = ("Violence against civilians", "Abduction/forced disappearance", 2)
_CLASH = ("Battles", "Armed clash", None)


# Review rows (D1): a count that an earlier verb took as its object, then "and"/"then" and a killing with its own
# count after it: the killing's own count stays the toll.
@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen kidnapped 12 people travelling to Abuja and killed two of them", [_ABDUCTED, _CLASH]),
    ("Gunmen kidnapped 12 people travelling to Abuja then killed two of them", [_ABDUCTED, _CLASH]),
    ("Troops surrounded 40 fighters hiding in a school then killed 6 of them in Mosul", [("Battles", "Armed clash", 6)]),
    ("Police stopped 20 men carrying rifles then shot dead two of them in Kandahar",
     [("Violence against civilians", "Attack", 2)]),
    ("Gunmen kidnapped 12 people then killed two of them near Abuja", [_ABDUCTED, _CLASH]),
    ("Gunmen kidnapped 12 people travelling to Abuja, then killed two of them", [_ABDUCTED, _CLASH]),
    # a count right after another verb is its object, even in a headline's "... killed in"
    ("Police detained 30 youths protesting the curfew yesterday killed in Nairobi clashes",
     [("Strategic developments", "Arrests", None), _CLASH]),
])
def test_an_object_count_before_a_post_modifier_is_no_toll(text: str, events: list[tuple[str, str, int | None]]) -> None:
    assert _events(text) == events


# Review rows (D2): before an active "killed" with an object, the described people are the killers.
@pytest.mark.parametrize(("text", "event"), [
    ("Four men wearing army uniforms killed a trader in Bamako", _CLASH),
    ("Two teenagers who stole a car killed a pedestrian in Chicago", _CLASH),
    ("Three men from the clan killed a rival herder in Jonglei", _CLASH),
    ("Three soldiers from the unit shot dead a protester in Jenin", ("Violence against civilians", "Attack", None)),
    # not a passive killing nor a headline's "killed": no toll through the modifier
    ("Six people who ate poisoned food died in Kano", _CLASH),
])
def test_the_killers_description_lends_no_count(text: str, event: tuple[str, str, None]) -> None:
    assert _events(text) == [event]


def test_the_lone_victim_after_the_killers_is_one() -> None:
    # the shopkeeper is the one victim (a lone person noun since toll210), never the two gunmen; only the figure is
    # pinned: the type (an armed clash, not an attack on a civilian) is a known miss outside this test's purpose
    assert [e[2] for e in _events("Two gunmen riding a motorcycle killed a shopkeeper in Karachi")] == [1]


# Review rows (D3, D4): a "who" clause whose verb is an act of its own or a killing is no post-modifier.
@pytest.mark.parametrize(("text", "events"), [
    ("Nine people who were abducted in Zamfara were killed by their captors",
     [("Violence against civilians", "Abduction/forced disappearance", None)]),
    ("Four people who were kidnapped last week found dead in Guerrero",
     [("Violence against civilians", "Abduction/forced disappearance", None)]),
    ("Five men who were arrested in Kano died in custody", [_CLASH, ("Strategic developments", "Arrests", None)]),
    ("Nine people abducted in Zamfara were killed by their captors",
     [("Violence against civilians", "Abduction/forced disappearance", None), _CLASH]),
    ("Two gunmen who killed a police officer in Kano were shot dead", [("Violence against civilians", "Attack", 1)]),
])
def test_a_who_clause_of_another_act_is_no_post_modifier(text: str, events: list[tuple[str, str, int | None]]) -> None:
    assert _events(text) == events


def test_a_who_clause_may_open_on_has() -> None:
    assert _events("A journalist who has worked for a news agency killed in Gaza") == [
        ("Violence against civilians", "Attack", None)]


@pytest.mark.parametrize(("modifier", "ok"), [
    (" working for a charity", True),
    (" who has worked for a paper", True),
    (" Flushing in Queens", False),  # a capitalised name, no participle
    (" travelling to Abuja then", False),  # "then", "later", "and" end the modifier
    (" travelling to Abuja later", False),
    (" who were detained in Kano", False),  # an act of its own
    (" who shot a guard", False),  # a killing of its own
])
def test_the_post_modifier_pattern(modifier: str, ok: bool) -> None:
    assert (re.fullmatch(VICTIM_POST_MOD, modifier, re.I) is not None) is ok
