"""Casualties (session 18, fixcas2): guards from the review of round 2 (lone person, comma-less aside, headlines)."""

from eventwire.components.casualties import find_casualties
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _read(text: str) -> list[tuple[str, int | None, str]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    return [(c.kind, c.count.best, c.count.text) for c in find_casualties(doc)]


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(kind, best) for kind, best, _ in _read(text)]


def test_others_of_a_new_clause_are_no_list_member() -> None:
    assert _figures("Gunmen killed a policeman and 4 others were injured in the raid on Kunar.") == [
        ("killed", 1), ("injured", 4)]
    assert _figures("Gunmen killed a soldier, 2 others wounded near Asadabad") == [("killed", 1), ("injured", 2)]
    assert _figures("Troops killed a commander on Sunday, 5 others fled into the hills.") == [("killed", 1)]
    assert _figures("Army kills commander, 3 others flee to the hills") == [("killed", 1)]
    # Only people: "other vehicles" are none.
    assert _figures("Gunmen killed a driver and 3 other vehicles were burned in Kunar.") == [("killed", 1)]
    # A closed list member still counts, quoted with its people.
    assert _read("Gunmen killed a policeman and 3 others, officials said.") == [
        ("killed", 4, "killed a policeman and 3 others")]


def test_a_lone_person_is_never_another_verbs_object() -> None:
    assert _figures("Army detains commander, 5 militants killed in Kunar raid") == [("killed", 5)]
    assert _figures("Troops capture commander, 5 militants killed in Kunar raid") == [("killed", 5)]
    assert _figures("Police Arrest Commander, 5 Militants Killed In Kunar Raid") == [("killed", 5)]
    assert _figures("Insurgents abduct teacher, 2 soldiers killed in Kunar") == [("killed", 2)]
    # "Gunmen Kill Officer" is a clause: its officer is no member of the wounded.
    assert _figures("Gunmen Kill Officer, 5 Civilians Wounded In Kunar") == [("killed", 1), ("injured", 5)]


def test_a_word_that_is_no_person_in_context() -> None:
    assert _figures("In general, 5 militants were killed in clashes in Kunar.") == [("killed", 5)]
    assert _figures("Police said soldier, 5 militants were killed in clashes in Kunar and the army said the sweep "
                    "was going on across the province with more raids planned.") == [("killed", 5)]


def test_a_lone_person_and_others_is_one_more_quoted_whole() -> None:
    # "6 others" and "6 other people" read alike: the lone person plus the others.
    assert _read("A soldier and 5 others were killed in the attack on Monday.") == [
        ("killed", 6, "A soldier and 5 others were killed")]
    assert _read("A soldier and 5 other people were killed in the attack on Monday.") == [
        ("killed", 6, "A soldier and 5 other people were killed")]
    assert _read("Soldier, 5 others killed in Kunar ambush") == [("killed", 6, "Soldier, 5 others killed")]
    assert _read("NATO soldier, 5 militants killed in Kunar") == [("killed", 6, "NATO soldier, 5 militants killed")]


def test_comma_less_including_only_after_the_counts_own_people() -> None:
    assert _figures("Raids on 4 villages including Tarok left 11 people dead in Kunar on Monday.") == [("killed", 11)]
    assert _figures("Troops searched 4 villages including Tarok and 11 people were killed in Kunar.") == [
        ("killed", 11)]
    assert _figures("Clashes in 2 districts including Kunar killed 15 people on Monday.") == [("killed", 15)]
    assert _figures("Nine people including 3 children killed in a market blast") == [("killed", 9)]


def test_a_lone_sentence_is_a_headline_and_its_twin_is_body_text() -> None:
    # A document of one sentence of up to 25 words is a headline, full stop or not: a bare person gives 1.
    assert _figures("Officer killed as rioters clash with police.") == [("killed", 1)]
    assert _figures("Her son was killed when troops fired on marchers in the city on Friday.") == [("killed", 1)]
    # The same sentence in body text needs "a", "an", "the" or "another" before its person (docs/data-model.md).
    assert _figures("Her son was killed when troops fired on marchers in the city on Friday. Two others were "
                    "wounded.") == [("killed", None), ("injured", 2)]


def test_wire_slugs_in_their_spellings() -> None:
    for slug in ("UPDATE 3-", "UPDATE 3 - ", "UPDATE 3–", "RPT-UPDATE 3-", "REFILE-WRAPUP 1 — "):
        assert _read(slug + "Officer killed as rioters clash with police") == [("killed", 1, "Officer killed")], slug
