"""Session 29, meto173 (issue #4): a capital standing for its state (its forces, weapons or acts) is not where the act
happened; a capital told as a place keeps its literal reading. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.geoparsing.metonymy import is_metonym
from eventwire.model import is_violent

DAY = date(2023, 6, 2)


def _metonym(text: str, name: str, fcode: str = "PPLC") -> bool:
    start = text.index(name)
    return is_metonym(text, start, start + len(name), fcode)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text, name", [
    ("Kyiv's counteroffensive in the south has retaken several villages.", "Kyiv"),
    ("Moscow's forces shelled villages near the front.", "Moscow"),
    ("Tehran's missiles hit an oil tanker in the Gulf.", "Tehran"),
    ("Washington's strikes on rebel targets killed three people.", "Washington"),
    ("Iraq said it had checked a new Tehran offensive on the southern front.", "Tehran"),
    ("The Moscow-backed forces shelled the town.", "Moscow"),
    ("Tehran fired missiles at Israel on Saturday night.", "Tehran"),
    ("Moscow launched 40 missiles at Ukrainian cities overnight.", "Moscow"),
])
def test_a_capital_that_owns_a_force_or_an_act_is_its_state(text: str, name: str) -> None:
    assert _metonym(text, name)


@pytest.mark.parametrize("text, name", [
    ("Drones struck Kyiv's Darnytskyi district.", "Kyiv"),
    ("Kyiv's air defences shot down drones over the city.", "Kyiv"),
    ("Drones hit Moscow's Kremlin on Wednesday.", "Moscow"),
    ("Shelling hit Damascus's southern suburbs.", "Damascus"),
    ("Russian missiles hit Kyiv's power grid.", "Kyiv"),
    ("Moscow's airports were closed after drones hit the city.", "Moscow"),
    ("They must register at Moscow's military registration and enlistment offices.", "Moscow"),
    ("Russian forces kept up strikes on Kyiv's forces in the city.", "Kyiv"),
    ("Units were sent to the Kyiv offensive.", "Kyiv"),
    ("Kyiv was hit by missiles.", "Kyiv"),
    ("Russia's forces shelled villages near the front.", "Russia"),
])
def test_a_capital_told_as_a_place_stays_literal(text: str, name: str) -> None:
    assert not _metonym(text, name, "PCLI" if name == "Russia" else "PPLC")


def test_a_capitals_counteroffensive_is_not_placed_at_the_capital() -> None:
    assert _places("Kyiv's counteroffensive in the south has retaken several villages, officials said on Monday.") \
        == [None]


def test_a_capitals_forces_shelling_is_not_placed_at_the_capital() -> None:
    assert _places("Moscow's forces shelled villages near the front on Monday, killing two.") == [None]


def test_a_capitals_strikes_take_the_place_told_elsewhere() -> None:
    assert _places("Washington's strikes on Houthi targets in Yemen killed three people on Saturday.") == ["Yemen"]


def test_a_capitals_launch_takes_the_target_country() -> None:
    assert _places("Tehran fired missiles at Israel on Saturday night.") == ["Israel"]


def test_a_capital_struck_keeps_its_place() -> None:
    assert _places("Drones struck Kyiv's Darnytskyi district on Monday, killing two.") == ["Kyiv"]
    assert _places("Russian missiles hit Kyiv's power grid on Monday.") == ["Kyiv"]
