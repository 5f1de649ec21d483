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


@pytest.mark.parametrize("text", [
    # fmend30 D2: weapons told of the police are theirs, not the crowd's.
    "KISUMU, Oct 20 - Students clashed with police armed with rifles and tear gas in Kisumu on Tuesday.",
    "IBADAN, Oct 20 - Marchers clashed with police in Ibadan, who opened fire with rifles, killing two protesters.",
    "NAKURU, Oct 20 - Strikers clashed with police carrying rifles outside a sugar mill in Nakuru on Monday.",
])
def test_police_weapons_keep_the_crowd_a_riot(text: str) -> None:
    assert _violent(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    # fmend30 D3: an armed group named beside the police is the other side, whoever was hurt.
    "RAIPUR, Oct 20 - Four villagers were hurt in clashes with police and Maoist guerrillas near Bijapur on Sunday.",
    "SINALOA, Oct 20 - Students were hurt in clashes with police and armed gunmen in Culiacan on Saturday.",
])
def test_an_armed_group_beside_the_police_keeps_a_battle(text: str) -> None:
    assert _violent(text) == ["Armed clash"]


def test_bystanders_hurt_in_clashes_are_no_crowd_side() -> None:
    """fmend30 D3: the passive "were wounded in clashes" form takes only crowds that name a side."""
    assert "Violent demonstration" not in _violent("RAIPUR, Oct 20 - Residents were hurt in clashes with police in "
                                                   "Bijapur on Sunday.")


def test_state_forces_beside_the_police_keep_the_riot() -> None:
    assert _violent("DHAKA, Oct 20 - Students were injured in clashes with police and soldiers in Dhaka on Sunday.") \
        == ["Violent demonstration"]


def test_fighting_police_plans_is_no_riot() -> None:
    """D6: "fought police" is left out of the riot shape ("fought police plans" is opposition)."""
    text = "Residents fought police plans for a new station at a council meeting in Denver."
    assert "Violent demonstration" not in _violent(text)


@pytest.mark.xfail(reason="older than session 30: 'fought' with 'police' near it still reads as an armed clash "
                          "(Battles/Armed clash@Denver on c6c303a and on 8aa56b5)", strict=True)
def test_fighting_police_plans_is_no_violence() -> None:
    assert _violent("Residents fought police plans for a new station at a council meeting in Denver.") == []
