"""Round 49: troops that advanced into a named town fought for it, as "entered" does."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

PUB = date(2022, 9, 8)


def test_advanced_into_a_town_is_a_clash() -> None:
    got = coded("Footage confirms that Ukrainian troops advanced into Vysokopillya on September 7.", PUB)
    assert ("Armed clash", "Vysokopillya") in got


def test_advanced_into_a_town_outskirts_is_a_clash() -> None:
    got = coded("Russian forces advanced into the outskirts of Bohorodychne on September 7.", PUB)
    assert ("Armed clash", "Bohorodychne") in got


def test_advanced_into_a_lower_case_state_is_no_event() -> None:
    assert not coded("The economy of Kherson advanced into a recession in September.", PUB)
