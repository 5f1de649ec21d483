"""Session 30, wire177: a crowd hurt in clashes with police, or battling the police, riots (Violent demonstration);
an armed side keeps it a battle. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 10, 20)


def _violent(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "QUITO, Oct 20 - In the central city of Latacunga, three workers were wounded in clashes with police on Monday.",
    "QUITO, Oct 20 - Ten students were injured in clashes with riot police in Quito on Monday.",
    "LYON, Oct 20 - Thousands of farmers battled police in Lyon during a march on Monday.",
    "SARAGOSSA, Oct 20 - FARMERS BATTLE POLICE IN SPAIN",
])
def test_a_crowd_in_clashes_with_police_riots(text: str) -> None:
    assert _violent(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "BOGOTA, Oct 20 - Two soldiers were wounded in clashes with rebels near Cali on Monday.",
    "LIMA, Oct 20 - Guerrillas battled police in Ayacucho on Monday, killing two officers.",
])
def test_armed_sides_stay_a_battle(text: str) -> None:
    assert _violent(text) == ["Armed clash"]
