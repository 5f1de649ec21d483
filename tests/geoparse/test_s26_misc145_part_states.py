"""Session 26, misc145 mends: "<name> in <part of> <country>" reads as a town only for the main town of the
same-named province, by that town's own name; a state or province so placed stays the unit (sentences written for
this test)."""

from __future__ import annotations

import pytest

from eventwire.api import extract, geoparse


def _place(text: str, name: str) -> tuple[str | None, str | None]:
    found = {m.text: (m.feature_code, m.admin1) for m in geoparse(text)}
    return found.get(name, (None, None))


@pytest.mark.parametrize(("text", "name"), [
    ("Protesters marched in Wyoming in the western US on Saturday.", "Wyoming"),
    ("Storms flooded roads in Delaware in the eastern US.", "Delaware"),
    ("A gunman opened fire in Oklahoma in the central US.", "Oklahoma"),
    ("Taliban fighters clashed with gunmen in Balkh in northern Afghanistan.", "Balkh"),
    ("Strikers blocked highways in Quebec in eastern Canada.", "Quebec"),
])
def test_a_state_placed_in_a_part_of_a_country_stays_the_state(text: str, name: str) -> None:
    assert _place(text, name)[0] == "ADM1"


def test_a_provinces_main_town_still_reads_as_the_town() -> None:
    fc, _ = _place("Gunmen raided Kidal in north-eastern Mali on Sunday.", "Kidal")
    assert fc is not None and fc.startswith("PPL")


def test_a_riot_in_a_state_is_not_placed_in_a_namesake_town_elsewhere() -> None:
    (ev,) = [e for e in extract("Police fought rioters in Wyoming in the western US on Saturday.") if e.location]
    assert ev.location is not None and ev.location.feature_code == "ADM1"
