"""Session 26, misc145: "<name> in <part of> <country>" names a town of that name in that country, not its admin-1
unit; a region told with its unit word, or with no town of its name there, stays the region; "in central Mali" states
the country that holds a name, so a foreign namesake gives way to it (sentences written for this test)."""

from __future__ import annotations

import pytest

from eventwire.api import geoparse


def _place(text: str, name: str) -> tuple[str | None, str | None]:
    found = {m.text: (m.feature_code, m.country_code) for m in geoparse(text)}
    return found.get(name, (None, None))


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Gunmen attacked Kidal in northern Mali on Sunday.", "Kidal", "ML"),
    ("Rebels shelled Kidal, in north-eastern Mali, overnight.", "Kidal", "ML"),
    ("Militants attacked Idlib in northwestern Syria.", "Idlib", "SY"),
    ("Jihadists besieged Gao in eastern Mali.", "Gao", "ML"),
    ("Missiles hit Kherson in southern Ukraine.", "Kherson", "UA"),
])
def test_a_name_placed_in_a_part_of_a_country_is_the_town(text: str, name: str, cc: str) -> None:
    fc, got = _place(text, name)
    assert fc is not None and fc.startswith("PPL") and got == cc


@pytest.mark.parametrize(("text", "name"), [
    ("Rebels attacked the Kidal region in northern Mali.", "Kidal"),
    ("Fighting spread across Tigray in northern Ethiopia.", "Tigray"),
])
def test_a_region_by_its_unit_word_or_without_a_town_stays_a_region(text: str, name: str) -> None:
    assert _place(text, name)[0] == "ADM1"


def test_a_foreign_namesake_gives_way_to_the_country_the_phrase_states() -> None:
    # Moura, Mali has no gazetteer record; Moura, Portugal does: the country stated stands in for the village.
    assert _place("Soldiers killed villagers in Moura, in central Mali, the UN said.", "Moura")[1] == "ML"


def test_a_part_of_a_province_is_no_container() -> None:
    # ISW's loose "in northwestern Kherson Oblast" of a village just over the oblast's border keeps the village.
    fc, cc = _place("Russian forces attacked Lupareve in northwestern Kherson Oblast on Monday.", "Lupareve")
    assert fc is not None and fc.startswith("PPL") and cc == "UA"
