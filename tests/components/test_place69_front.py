"""An act told at a place beside a reference town ("toward X, east of Y") or a city's suburb is at that place."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 5, 3)


def test_a_bearing_town_only_locates_the_place_before_it() -> None:
    got = coded("Ukrainian troops repelled Russian assaults toward Vasylkiv, south of Kyiv, on Tuesday.", _DAY)
    assert any(name == "Vasylkiv" for _, name in got)
    assert not any(name == "Kyiv" for _, name in got)


def test_just_and_to_the_before_the_bearing() -> None:
    got = coded("Ukrainian troops repulsed Russian attacks toward Chuhuiv, just to the southeast of Kharkiv, on Tuesday.",
                _DAY)
    assert any(name == "Chuhuyiv" for _, name in got)  # the gazetteer's spelling
    assert not any(name == "Kharkiv" for _, name in got)


def test_the_city_suburb_of_a_town_is_the_town() -> None:
    got = coded("Ukrainian troops retook the Kharkiv suburb of Bezruky on Tuesday.", _DAY)
    assert ("Government regains territory", "Bezruky") in got
    assert not any(name == "Kharkiv" for _, name in got)


def test_a_town_told_alone_keeps_its_place() -> None:
    # No place before the bearing: the town the act is told "east of" stays the act's place.
    got = coded("Russian forces conducted unsuccessful ground attacks east of Kharkiv on Monday.", _DAY)
    assert any(name == "Kharkiv" for _, name in got)
