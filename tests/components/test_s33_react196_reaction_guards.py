"""Session 33, react196 mends: a reaction to one act never folds into a different, earlier act of its type (another
town, another victim, "in another incident"), and people nouns ("investigators", "mourners") are no reaction frame.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble_retell import _REACTION_BEFORE
from eventwire.model import is_violent

DAY = date(2023, 6, 5)


def _places(text: str, day: date = DAY) -> list[tuple[str, str]]:
    return sorted((e.location.name if e.location else "", str(e.date.start))
                  for e in extract(text, published=day) if is_violent(e))


def test_a_reaction_naming_its_own_town_keeps_its_act() -> None:
    text = ("NAIROBI, June 5 (Reuters) - Kenya's president condemned the bombing of a bus station in Garissa on Monday. "
            "On Friday a roadside bomb killed three police officers near Wajir.")
    assert len(_places(text)) == 2


def test_another_incident_is_not_the_reacted_act() -> None:
    # The same victim role and no town on either side: only "another" keeps the two apart.
    text = ("LIMA, 14 JUN 90 -- PRESIDENT GARCIA TODAY CONDEMNED THE MURDER OF A PRIEST. IN ANOTHER ATTACK ON 10 "
            "JUNE, TERRORISTS MURDERED A PRIEST.")
    assert len(_places(text, date(1990, 6, 14))) == 2


def test_a_different_victim_is_not_the_reacted_act() -> None:
    text = ("LIMA, 14 JUN 90 -- THE GOVERNMENT TODAY CONDEMNED THE MURDER OF A JUDGE. ON 10 JUNE, TERRORISTS KILLED "
            "A MAYOR IN AYACUCHO.")
    assert len(_places(text, date(1990, 6, 14))) == 2


def test_people_nouns_are_no_reaction_frame() -> None:
    for before in ("Three investigators were among the dead in the ", "Nine mourners died in the ",
                   "the court on Monday heard that the ", "A judge on Monday survived the "):
        assert _REACTION_BEFORE.search(before) is None, before
    for before in ("Egypt slammed the ", "police are investigating the ", "an inquiry into the "):
        assert _REACTION_BEFORE.search(before) is not None, before


def test_a_new_bombing_among_investigators_is_kept() -> None:
    text = ("KABUL, June 5 (Reuters) - Four investigators were among the dead in the bombing of a bazaar in Herat on "
            "Monday. On Thursday a bomb went off in Mazar-i-Sharif, killing two.")
    assert len(_places(text)) == 2


def test_an_earlier_day_fold_says_why() -> None:
    from eventwire.api import load_pipeline
    from eventwire.model import Article

    text = ("QUITO, 20 MAR 89 -- THE GOVERNMENT TODAY CONDEMNED THE MURDER OF A UNION LEADER. "
            "THE UNION LEADER WAS SHOT DEAD BY GUNMEN IN CUENCA ON 16 MARCH.")
    doc = load_pipeline()(Article(text=text, published=date(1989, 3, 20)))
    assert [str(e.date.start) for e in doc.events if is_violent(e)] == ["1989-03-16"]
    assert any(d["status"] == "merged" and "reaction" in d["reason"] for d in doc.decisions)
