"""Session 15, second merge review: rubric words, attribution and time words, bare names in Title Case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from merge_helpers import RAFAH, switch, told

import eventwire.merge.similarity as ms
from eventwire.merge import EventMerger
from eventwire.merge.copy_mentions import copy_families
from eventwire.merge.site_mentions import bare_names
from eventwire.merge.story import story_words
from eventwire.model import Article

DAY = date(2024, 3, 5)
LINE = "Rocket strike on an apartment block leaves four people dead overnight"


def headline(aid: str, title: str, day: date, outlet: str) -> Article:
    return Article(id=aid, title=title, text=title, source=outlet, published=day)


@pytest.mark.parametrize("one, other", [("Kharkiv region", "Odesa region"), ("Russia-Ukraine war", "Israel-Gaza war"),
                                        ("Ukraine live", "Gaza live"), ("Kharkiv", "Odesa")])
def test_headlines_under_rubrics_sharing_one_word_are_no_copies(one: str, other: str) -> None:
    arts = [headline("a", f"{one}: {LINE}", DAY, "wire"), headline("b", f"{other}: {LINE}", DAY + timedelta(1), "paper")]
    assert copy_families(arts, {}) == {}


def test_headlines_under_one_rubric_written_alike_are_copies() -> None:
    arts = [headline("a", f"Kharkiv region: {LINE}", DAY, "wire"),
            headline("b", f"KHARKIV REGION: {LINE}", DAY + timedelta(1), "paper")]
    assert copy_families(arts, {}) == {"b": "a"}


def joined(a_text: str, a_killed: int, b_text: str, b_killed: int) -> bool:
    a, b = told("ev_a", "ap", a_text, a_killed), told("ev_b", "afp", b_text, b_killed, place=RAFAH)
    m = EventMerger()
    m.add([a, b])
    return m.cluster_of("ev_a") == m.cluster_of("ev_b")


@pytest.mark.parametrize("a_text, b_text", [
    ("Israeli strike on a bakery in Gaza kills five, state media said",
     "Strike on a school in Rafah kills nine, state news agency said"),
    ("Israeli strike on a bakery in Gaza kills five, medics reported",
     "Strike on a school in Rafah kills nine, officials reported"),
    ("Israeli strike on a school in Gaza kills 5 on New Year's Eve",
     "Strike on bakery queue in Rafah kills 9 on New Year's Eve"),
    ("Israeli strike on a United Nations warehouse in Gaza kills 5",
     "Strike on a school in Rafah kills 9, a United Nations agency reported"),
])
def test_attribution_and_time_words_make_no_story(a_text: str, b_text: str) -> None:
    assert not joined(a_text, 5, b_text, 9)
    with switch(ms, "STORY", 0):
        assert joined(a_text, 5, b_text, 9)  # the story words, not another rule, keep them apart


def test_a_report_keeps_its_site_beside_the_attribution() -> None:
    got = story_words(told("ev_a", "ap", "Five killed in a strike on a bakery, local media reported, citing rescuers"))
    assert "bakery" in got and not got & {"local", "media", "report", "citing", "cite", "rescuer", "rescu"}
    assert story_words(told("ev_b", "ap", "Strike on a United Nations school kills five")) == {"school"}


def test_a_title_case_headline_keeps_its_bare_name() -> None:
    assert bare_names("Israeli Troops Withdraw From Al-Shifa After Two-Week Raid") == {"shifa"}
    assert bare_names("Israeli troops withdraw from Al-Shifa after a two-week raid") == {"shifa"}
    assert bare_names("Al-Quds Brigades claims rocket fire on border towns") == set()


@pytest.mark.parametrize("text", ["Fighters at al-Quds say they killed soldiers in an ambush",
                                  "Gunmen opened fire on troops around al-Quds"])
def test_a_place_preposition_is_no_operation_cue(text: str) -> None:
    assert bare_names(text, cued=True) == set()
    assert bare_names("Troops withdrew from al-Quds at dawn", cued=True) == {"quds"}
