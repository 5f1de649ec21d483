"""Session 33, react196: an act noun that a reaction, inquiry or trial is about ("condemned the murder of") takes the
reaction's day, so it folds into the act of its type the story tells with an earlier day, not a new act at the bureau
on the story's day. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2023, 6, 5)


def _events(text: str, day: date = DAY) -> list[tuple[str, str, str]]:
    return [(e.sub_event_type or "", e.location.name if e.location else "", str(e.date.start))
            for e in extract(text, published=day) if is_violent(e)]


def test_a_condemned_murder_folds_into_the_dated_act() -> None:
    text = ("SAN SALVADOR, 20 MAR 89 -- THE GOVERNMENT TODAY CONDEMNED THE MURDER OF A UNION LEADER. "
            "THE UNION LEADER WAS SHOT DEAD BY GUNMEN IN SANTA ANA ON 16 MARCH.")
    assert _events(text, date(1989, 3, 20)) == [("Attack", "Santa Ana", "1989-03-16")]


def test_an_investigated_murder_folds_into_the_dated_act() -> None:
    text = ("LIMA, June 5 (Reuters) - Prosecutors on Monday opened an investigation into the murder of a judge. "
            "The judge was shot dead in Arequipa on May 30.")
    assert _events(text) == [("Attack", "Arequipa", "2023-05-30")]


def test_a_new_act_after_a_reaction_is_kept() -> None:
    text = ("NAIROBI, June 5 (Reuters) - Gunmen shot dead a local chief in Garissa on Monday. "
            "The government condemned the killing.")
    assert _events(text) == [("Attack", "Garissa", "2023-06-05")]


def test_a_reacted_act_told_with_its_own_verb_and_place_stays_apart() -> None:
    # "who was killed in Mandera on Monday" tells the reacted act as news of its own: not folded into Saturday's.
    text = ("NAIROBI, June 5 (Reuters) - Gunmen shot dead a police officer in Garissa on Saturday. On Monday the "
            "government condemned the murder of a local chief, who was killed in Mandera on Monday.")
    assert [place for _, place, _ in _events(text)] == ["Garissa", "Mandera"]
