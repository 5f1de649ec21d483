"""Session 30, wire177: a crowd hurt in clashes with police, or battling the police, riots (Violent demonstration);
an armed side, named before the verb or told after it by weapons or police dead, keeps it a battle. Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 10, 20)


def _violent(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "CUENCA, Oct 20 - In the southern town of Azogues, two textile workers were hurt in clashes with police on Tuesday.",
    "MANILA, Oct 20 - Nine students were injured in clashes with riot police in Manila on Tuesday.",
    "RENNES, Oct 20 - Hundreds of peasants battled police in Rennes during a march on Tuesday.",
    "BILBAO, Oct 20 - DAIRY FARMERS BATTLE POLICE IN BILBAO",
])
def test_a_crowd_in_clashes_with_police_riots(text: str) -> None:
    assert _violent(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "BOGOTA, Oct 20 - Two soldiers were wounded in clashes with rebels near Cali on Monday.",
    "LIMA, Oct 20 - Guerrillas battled police in Ayacucho on Monday, killing two officers.",
    # D6: weapons or police dead told after the verb make the crowd armed.
    "ASUNCION, Oct 20 - Farmers clashed with police with rifles and machetes in Concepcion on Monday.",
    "OAXACA, Oct 20 - Peasants battled police in Oaxaca on Monday, killing three policemen.",
])
def test_armed_sides_stay_a_battle(text: str) -> None:
    assert _violent(text) == ["Armed clash"]


def test_fighting_police_plans_is_no_riot() -> None:
    """D6: "fought police" is left out of the riot shape ("fought police plans" is opposition)."""
    text = "Residents fought police plans for a new station at a council meeting in Denver."
    assert "Violent demonstration" not in _violent(text)
