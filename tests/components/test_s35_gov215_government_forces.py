"""'<Demonym> government forces' are the state's military forces, not its government (gov215)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

_DAY = date(2024, 3, 4)


def _actor1(text: str) -> list[str | None]:
    """The actor1 name of each violent event (None when no side is named as its author)."""
    return [next((a.name for a in e.actors if a.role == "actor"), None)
            for e in extract(text, published=_DAY) if e.event_type is not None]


@pytest.mark.parametrize(("text", "force"), [
    ("Syrian government forces shelled three villages near Maarat al-Numan on Sunday.", "Military Forces of Syria"),
    ("Ethiopian government troops clashed with rebels near Bahir Dar on Sunday.", "Military Forces of Ethiopia"),
])
def test_government_forces_are_the_state_s_military(text: str, force: str) -> None:
    assert [a is not None and a.startswith(force) for a in _actor1(text)] == [True]


def test_the_government_alone_stays_the_government() -> None:
    # The government speaks; the act is the rebels' (unnamed here): no state force is made its author.
    assert all(a is None or not a.startswith("Military Forces") for a in
               _actor1("The Syrian government said rebels shelled a market in Aleppo on Sunday."))
