"""Round 69: an act told at a place beside a reference town ("toward X, east of Y") or a city's suburb is at that place."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 3, 28)


def test_a_bearing_town_only_locates_the_place_before_it() -> None:
    got = coded("Ukrainian forces repelled Russian attacks toward Brovary, east of Kyiv, on Monday.", _DAY)
    assert ("Armed clash", "Brovary") in got
    assert not any(name == "Kyiv" for _, name in got)


def test_just_and_to_the_before_the_bearing() -> None:
    got = coded("Russian troops attacked toward Bucha, just to the northwest of Kyiv, on Monday.", _DAY)
    assert ("Armed clash", "Bucha") in got
    assert not any(name == "Kyiv" for _, name in got)


def test_the_city_suburb_of_a_town_is_the_town() -> None:
    got = coded("Ukrainian forces recaptured the Kyiv suburb of Irpin on March 28.", _DAY)
    assert ("Government regains territory", "Irpin") in got
    assert not any(name == "Kyiv" for _, name in got)


def test_a_town_told_alone_keeps_its_place() -> None:
    # No place before the bearing: the town the act is told "east of" stays the act's place.
    got = coded("Russian forces conducted unsuccessful ground attacks east of Kharkiv on Monday.", _DAY)
    assert any(name == "Kharkiv" for _, name in got)
