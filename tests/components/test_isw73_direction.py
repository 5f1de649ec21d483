"""A direction named after a city ("in the Mykolaiv direction") is an axis of advance, not where the act was."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 10, 18)


def test_a_city_direction_is_no_place_of_fighting() -> None:
    got = coded("Local fighting continued in the Mykolaiv direction on October 18.", _DAY)
    assert not any(name in ("Mykolayiv", "Mykolaiv") for _, name in got)


def test_the_town_named_beside_a_city_direction_is_the_place() -> None:
    got = coded("Russian forces fired artillery at Ukrainian groups in the Zaporizhia direction and near Orikhiv "
                "on October 18.", _DAY)
    assert any(name == "Orikhiv" for _, name in got)
    assert not any(name == "Zaporizhzhya" for _, name in got)


def test_a_small_town_direction_keeps_the_town() -> None:
    # A small town's axis lies within the gold's 25 km: the direction rule labels it at the town.
    got = coded("Russian forces conducted offensive operations in the Avdiivka direction on October 18.", _DAY)
    assert any(name == "Avdiyivka" for _, name in got)


def test_in_the_direction_of_a_city_keeps_the_city() -> None:
    got = coded("Ukrainian forces repelled Russian attacks in the direction of Kherson on October 18.", _DAY)
    assert any(name == "Kherson" for _, name in got)
