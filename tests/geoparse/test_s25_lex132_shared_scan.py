"""One scan of the actor lexicon's group and person names serves both geoparser readers (session 25, lex132).

Sentences written for these tests.
"""

from __future__ import annotations

import eventwire
from eventwire.components.actors import actor_lexicon, find_actors
from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing.group_names import group_name_spans
from eventwire.geoparsing.lexicon_names import longest, name_hits, names
from eventwire.geoparsing.person_names import person_name_spans

# A person's full name holds a shorter alias ("Deif"), a group's full name holds two shorter group names, and the
# actor matcher reads the same words as a person and a group.
TEXT = "Mohammed Deif led the Izz ad-Din al-Qassam Brigades of Hamas from Gaza, and Deif was seen in Rafah."


def test_one_scan_finds_every_overlapping_name() -> None:
    hits = name_hits(fold(TEXT))
    assert [(TEXT[s:e], g is not None, p is not None) for s, e, (_, g, p) in hits] == [
        ("Mohammed Deif", False, True), ("Deif", False, True), ("Izz ad-Din al-Qassam Brigades", True, False),
        ("al-Qassam Brigades", True, False), ("Qassam Brigades", True, False), ("Deif", False, True)]
    assert name_hits(fold(TEXT)) is hits  # the second reader of a parse reuses the first one's scan


def test_each_reader_takes_its_own_longest_names() -> None:
    hits = name_hits(fold(TEXT))
    assert [TEXT[s:e] for s, e, _ in longest(hits, group=True)] == ["Izz ad-Din al-Qassam Brigades"]
    assert [TEXT[s:e] for s, e, _ in longest(hits, group=False)] == ["Mohammed Deif", "Deif"]
    assert [(TEXT[s:e], cc) for s, e, cc in group_name_spans(TEXT)] == [("Izz ad-Din al-Qassam Brigades", "PS")]
    assert [TEXT[s:e] for s, e in person_name_spans(TEXT)] == ["Mohammed Deif", "Deif"]


def test_the_actor_matcher_and_the_geoparser_agree_on_the_text() -> None:
    assert [(a.text, a.name, a.kind) for a in find_actors(TEXT, actor_lexicon())] == [
        ("Mohammed Deif", "Mohammed Deif", "person"), ("Izz ad-Din al-Qassam Brigades", "Hamas Movement", "group"),
        ("Hamas", "Hamas Movement", "group"), ("Deif", "Mohammed Deif", "person")]
    assert [(p.text, p.country_code) for p in eventwire.geoparse(TEXT)] == [("Gaza", "PS"), ("Rafah", "PS")]


def test_case_rules_stay_with_each_reader() -> None:
    text = "Lula met Mahmoud Abbas; lula is no name here, nor is MAHMOUD ABBAS."
    assert [text[s:e] for s, e in person_name_spans(text)] == ["Lula", "Mahmoud Abbas"]
    cased = "The Lions' Den claimed the raid; the lions' den is only a saying."
    assert [cased[s:e] for s, e, _ in group_name_spans(cased)] == ["Lions' Den"]


def test_one_entry_per_folded_name() -> None:
    lula = names().get("lula")
    assert lula[1] is None and lula[2] is not None and lula[2].countries == frozenset({"BR"})
    brigades = names().get("izz ad-din al-qassam brigades")
    assert brigades[2] is None and brigades[1] is not None and brigades[1].country == "PS"


def test_a_name_at_the_very_end_inside_a_longer_unfinished_name_is_found() -> None:
    # pyahocorasick's iter_long, which each reader used before, stopped at the text's end while it was still
    # walking a longer listed name ("Oleksandr Syrskyi", "Luiz Inacio Lula da Silva") and so missed the shorter
    # one inside it; the shared scan finds it. Place output is unchanged for both headlines.
    text = "Kyiv names a new commander after Oleksandr Syrsky"
    assert [text[s:e] for s, e in person_name_spans(text)] == ["Syrsky"]
    lula = "Gaza talks: Brazil backs Luiz Inacio Lula"
    assert [lula[s:e] for s, e in person_name_spans(lula)] == ["Lula"]
    assert [(p.text, p.country_code) for p in eventwire.geoparse(lula)] == [("Gaza", "PS"), ("Brazil", "BR")]
