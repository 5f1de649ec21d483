"""After review: "People's" in a force's name and "city police"-like forces keep their nationality as the author."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2024, 3, 4)


def _sides(text: str) -> list[tuple[list[str], list[str]]]:
    """(actor1 names, other names) of each violent event."""
    return [([a.name for a in e.actors if a.role == "actor"], [a.name for a in e.actors if a.role != "actor"])
            for e in extract(text, published=_DAY) if e.event_type is not None]


def test_peoples_in_a_force_name_is_not_the_people_noun() -> None:
    text = "Uganda People's Defence Force soldiers killed four ADF rebels near Bunia on Tuesday."
    assert _sides(text) == [(["Military Forces of Uganda"], [])]
    assert _sides("Russian people's militia shelled Toretsk on Tuesday.") == [(["Military Forces of Russia (2000-)"], [])]


def test_a_place_noun_before_a_force_noun_is_a_force() -> None:
    text = "Mexican city police shot dead two gunmen in Mazatlan on Thursday."
    assert _sides(text) == [(["Military Forces of Mexico (2018-2024)"], [])]
    text = "Nigerian town militia killed four bandits in Zamfara on Sunday."
    assert _sides(text) == [(["Military Forces of Nigeria (2023-)"], [])]


def test_the_plain_people_and_place_nouns_still_name_no_author() -> None:
    assert _sides("Afghan people were killed by Pakistani airstrikes in Khost on Monday.")[0][0] == [
        "Military Forces of Pakistan"]
    assert _sides("Nine Greek seamen were hurt in the Chilean port of Valparaiso when a bomb went off on Friday.")[0][0] == []


def test_a_victim_noun_before_forces_keeps_its_reading() -> None:
    # Foreign volunteers fighting for the other side: their nationality is not that country's army.
    text = "Pro-Kyiv Georgian volunteer forces shelled Russian trenches near Bakhmut on Monday."
    assert _sides(text) == [([], ["Military Forces of Russia (2000-)"])]
