"""Review fixes for news round 4 (session 18): the toll participle's join, the crowd clash, the cause phrase."""

from __future__ import annotations

from datetime import date

import pytest

import eventwire.components.assemble as assemble
from eventwire.api import extract, load_pipeline
from eventwire.components.assemble import Group, _join_toll
from eventwire.components.assemble_where import _cause_phrase
from eventwire.evaluate.common import is_violent
from eventwire.model import Article
from eventwire.pipeline.workdoc import ActorMention, DateMention, Trigger, WorkDoc

_PUB = date(2024, 4, 7)  # a Sunday: "Monday" is 1 April


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None, str(e.date.start) if e.date else None)
                  for e in extract(text, published=_PUB) if is_violent(e))


def _doc(text: str) -> WorkDoc:
    return load_pipeline()(Article(text=text, published=_PUB))


def test_a_toll_after_a_second_place_with_its_own_day_keeps_both_acts() -> None:
    got = _events("Russian troops shelled Vovchansk on Monday and Lyman on Tuesday, killing three residents.")
    assert {(place, day) for _, place, day in got} == {("Vovchansk", "2024-04-01"), ("Lyman", "2024-04-02")}


def test_a_rekeyed_act_folded_into_its_days_event_keeps_every_field() -> None:
    text = "A car bomb went off near a bus station in Sukkur yesterday, killing three passengers."
    doc = _doc(text)
    host = next(t for t in doc.triggers if t.start < text.index("yesterday") and t.event_type)
    toll = next(t for t in doc.triggers if t.text == "killing")
    told = next(d for d in doc.dates if d.text == "yesterday")
    pub = DateMention(start=0, end=0, text="", start_date=_PUB, end_date=_PUB, precision="day")
    kin = ActorMention(start=0, end=1, text="A", name="Unidentified Armed Group", kind="group")
    key = (host.event_type, host.sub_event_type, None, "Sukkur", _PUB)
    day = (*key[:4], told.start_date)
    late = Trigger(start=len(text) - 2, end=len(text) - 1, text="s", sentence=0, event_type=host.event_type,
                   sub_event_type=host.sub_event_type)
    groups = {key: Group(triggers=[host], date=pub, inherited=[kin]), day: Group(triggers=[late], date=told)}
    assert _join_toll(doc, groups, [groups[key]], told, host, toll)
    assert list(groups) == [day]
    assert groups[day].inherited == [kin]
    assert [t.start for t in groups[day].triggers] == sorted([host.start, toll.start, late.start])


def test_a_toll_after_a_skipped_trigger_joins_no_older_act(monkeypatch: pytest.MonkeyPatch) -> None:
    told_before = assemble.told_before
    # The second act is dropped (as told before); its toll must not fall to the first act, at another town.
    monkeypatch.setattr(assemble, "told_before", lambda doc, t: t.text == "shelling" or told_before(doc, t))
    got = _events("Russian artillery struck Avdiivka, while renewed shelling hit Kupiansk, killing two civilians.")
    assert "Kupyansk" in {place for _, place, _ in got}


def test_an_armed_crowd_between_keeps_the_clash_a_battle() -> None:
    got = _events("Eleven people were killed on Monday in clashes between soldiers and armed demonstrators in Misrata.")
    assert {sub for sub, _, _ in got} == {"Armed clash"}


def test_gunmen_who_clash_with_a_crowd_are_no_riot() -> None:
    got = _events("Militia gunmen clashed with marchers in Sidon on Monday.")
    assert got and "Violent demonstration" not in {sub for sub, _, _ in got}


def test_fighters_who_are_no_state_force_clashing_with_a_crowd_are_no_riot() -> None:
    got = _events("Amal fighters clashed with demonstrators in Sidon on Monday.")
    assert got and "Violent demonstration" not in {sub for sub, _, _ in got}


def _cut(text: str, word: str) -> list[str]:
    doc = _doc(text)
    t = next(t for t in doc.triggers if word in t.text)
    return [p.text for p in _cause_phrase(doc, t, doc.places, lambda a, b: True)]


@pytest.mark.parametrize("text, word", [
    ("Just after midnight rockets hit a clinic in Kupiansk, a depot in Izium and a bridge in Lyman.", "hit"),
    ("On the following day shells hit a clinic in Kupiansk, a depot in Izium and a bridge in Lyman.", "shell"),
    ("Russian aviation carried out the following airstrikes near Balakliia, Izium and Lyman on Monday.", "airstrikes"),
])
def test_a_time_or_a_list_is_no_cause_phrase(text: str, word: str) -> None:
    assert {"Izium", "Lyman"} <= set(_cut(text, word))


def test_an_act_told_in_the_wake_of_phrase_is_placed_in_it() -> None:
    got = _events("In the wake of a bomb blast at a market in Sukkur, gunmen attacked a police post in Hyderabad.")
    assert ("Remote explosive/landmine/IED", "Sukkur") in {(sub, place) for sub, place, _ in got}
