"""Session 26, misc145: the demonym of forces that strike a place ("Russian forces shelled Pokrovsk") names the
attacker, not the setting, so it does not pull the place to a namesake at home (Engels, Russia, was once Pokrovsk);
sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.api import geoparse


def _cc(text: str, name: str) -> str | None:
    return {m.text: m.country_code for m in geoparse(text)}.get(name)


@pytest.mark.parametrize("text", [
    "Russian forces shelled Pokrovsk.",
    "Russian troops attacked Pokrovsk on Monday, officials said.",
    "Russian forces repeatedly struck Pokrovsk overnight.",
])
def test_the_strikers_country_is_not_the_setting(text: str) -> None:
    assert _cc(text, "Pokrovsk") == "UA"


def test_the_struck_place_keeps_its_own_country() -> None:
    assert _cc("Ukrainian drones struck Engels overnight.", "Engels") == "RU"
    assert _cc("Russian forces shelled Belgorod.", "Belgorod") == "RU"

