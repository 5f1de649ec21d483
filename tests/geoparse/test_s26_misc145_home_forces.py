"""Session 26, misc145 mends: the striker rule was removed after review; a country's own forces striking a town at home
keep that town in their country, and a struck town in a story that names the other side is placed there (sentences
written for this test)."""

from __future__ import annotations

import pytest

from eventwire.api import geoparse


def _cc(text: str, name: str) -> str | None:
    return {m.text: m.country_code for m in geoparse(text)}.get(name)


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Lebanese soldiers raided Tripoli at dawn.", "Tripoli", "LB"),
    ("Indian troops shelled Uri on Friday.", "Uri", "IN"),
    ("Bolivian troops stormed Santa Cruz overnight.", "Santa Cruz", "BO"),
    ("Venezuelan troops attacked Barcelona on Friday.", "Barcelona", "VE"),
])
def test_home_forces_strike_a_town_at_home(text: str, name: str, cc: str) -> None:
    assert _cc(text, name) == cc


def test_a_struck_town_in_a_story_naming_the_other_side() -> None:
    assert _cc("Russian drones hit Pokrovsk overnight, Ukrainian officials said.", "Pokrovsk") == "UA"
