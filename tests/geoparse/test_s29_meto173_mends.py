"""Session 29, meto173 mends after review: a capital's possessive read as its state only with a force or weapon
noun right after modifiers (never a speaker's verb), an act noun only with its target told, not when the sentence
puts the act in the city, and an act verb only with its object (a headline passive is the city struck).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.geoparsing.metonymy import is_metonym
from eventwire.model import is_violent

DAY = date(2024, 3, 4)


def _metonym(text: str, name: str) -> bool:
    start = text.index(name)
    return is_metonym(text, start, start + len(name), "PPLC")


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text, name", [
    # D1: a speaker between the possessive and the weapon
    ("Kyiv's mayor said drones hit the city overnight, killing two.", "Kyiv"),
    ("Kabul's governor told reporters rockets struck a school.", "Kabul"),
    ("Kyiv's military said drones attacked the city overnight.", "Kyiv"),
    # D2: an act noun with no target told is an event in the city
    ("Baghdad's market bombing killed 30 people on Monday.", "Baghdad"),
    ("Kabul's bombing on Monday killed 40 people at a wedding hall.", "Kabul"),
    ("Moscow's concert hall attack killed more than 140 people.", "Moscow"),
    ("Kabul's airport attack killed 13 US troops.", "Kabul"),
    # D3: the sentence puts the act in the capital, a defensive or clash verb, the city's own militias
    ("Khartoum's troops clashed with the RSF in the city on Saturday.", "Khartoum"),
    ("Khartoum's army and the RSF fought in the capital on Saturday.", "Khartoum"),
    ("Mogadishu's forces repelled an attack on a hotel on Friday.", "Mogadishu"),
    ("Tripoli's militias shelled the airport on Monday.", "Tripoli"),
    ("Moscow's drones were shot down over the city, the mayor said.", "Moscow"),
    ("Kabul's troops killed two robbers in a shootout downtown on Friday.", "Kabul"),
    ("Baghdad's security forces fired tear gas at protesters in a square.", "Baghdad"),
    # D4: a headline passive with no auxiliary, and a shoot-down (a defence)
    ("Kyiv targeted in massive Russian drone attack overnight, two killed.", "Kyiv"),
    ("Kyiv shelled overnight; two people were killed.", "Kyiv"),
    ("Kabul bombed: 40 dead in wedding hall blast.", "Kabul"),
    ("Beirut struck again as Israeli jets hit Dahiyeh.", "Beirut"),
    ("Kyiv shot down 40 drones overnight.", "Kyiv"),
])
def test_a_capital_struck_or_speaking_stays_literal(text: str, name: str) -> None:
    assert not _metonym(text, name)


@pytest.mark.parametrize("text, name", [
    ("Washington's strikes on rebel targets killed three people.", "Washington"),
    ("Moscow's invasion of Ukraine began in February.", "Moscow"),
    ("Moscow's drones struck a Ukrainian power plant on Sunday.", "Moscow"),
    ("Kyiv struck back with drones at a Russian refinery.", "Kyiv"),
    ("Washington hit back with airstrikes in Syria.", "Washington"),
    ("Moscow struck Kyiv with 50 missiles overnight.", "Moscow"),
    ("Damascus's forces shelled rebel-held Idlib on Monday.", "Damascus"),
    ("Tehran launched a wave of drones at Israel on Saturday.", "Tehran"),
])
def test_a_capital_acting_with_its_object_is_its_state(text: str, name: str) -> None:
    assert _metonym(text, name)


@pytest.mark.parametrize("text, place", [
    ("Kyiv's mayor said drones hit the city overnight, killing two.", "Kyiv"),
    ("Baghdad's market bombing killed 30 people on Monday.", "Baghdad"),
    ("Khartoum's troops clashed with the RSF in the city on Saturday.", "Khartoum"),
    ("Kyiv attacked with ballistic missiles, killing four people.", "Kyiv"),
    ("Moscow's drones struck a Ukrainian power plant on Sunday.", "Ukraine"),
])
def test_the_event_is_placed_where_it_happened(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_headline_passive_gives_one_event_at_the_capital() -> None:
    assert _places("Beirut struck again as Israeli jets hit Dahiyeh, killing three.") == ["Beirut"]
