"""Round 50: "limited fighting" is a fight; "on"/"in" after a comma and "and" opens the next item of a place list."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

PUB = date(2022, 4, 12)


def test_limited_fighting_in_towns_is_a_clash_at_each() -> None:
    got = coded("Limited fighting occurred in Popasna and Rubizhne on April 12.", PUB)
    assert {("Armed clash", "Popasna"), ("Armed clash", "Rubizhne")} <= got


def test_limited_fighting_in_a_region_is_a_region_level_clash() -> None:
    got = coded("Ukraine's General Staff reported limited fighting in other parts of Donetsk Oblast on April 12.",
                PUB)
    assert ("Armed clash", "Donetsk Oblast") in got


def test_limited_fighting_in_a_forecast_is_no_event() -> None:
    assert not coded("Russian forces will likely be capable of only limited fighting in the coming weeks.", PUB)


def test_on_after_comma_and_opens_the_next_list_item() -> None:
    got = coded("Ukrainian forces repelled Russian attacks on Bucha and Irpin, and on Makariv on April 12.", PUB)
    assert {("Armed clash", "Bucha"), ("Armed clash", "Irpin"), ("Armed clash", "Makariv")} <= got


def test_in_after_comma_and_keeps_the_town_before_the_oblasts() -> None:
    got = coded("Russian forces continued routine air and artillery strikes west of Hulyaipole, and in Dnipropetrovsk "
                "and Mykolaiv oblasts on April 12.", PUB)
    assert {("Air/drone strike", "Hulyaypole"), ("Shelling/artillery/missile attack", "Hulyaypole")} <= got


def test_a_region_opening_a_new_clause_is_no_list_item() -> None:
    got = coded("Russian forces shelled Kharkiv, and in Sumy Oblast officials reported calm on April 12.", PUB)
    assert got == {("Shelling/artillery/missile attack", "Kharkiv")}


def test_a_town_opening_a_new_clause_after_and_in_is_no_list_item() -> None:
    # Review s13a D1: the town after ", and in/on" must close the list, else it opens a clause of its own.
    for text in ("Russian forces shelled Kharkiv, and in Izium officials reported calm on April 12.",
                 "Russian forces shelled Kharkiv, and on Kyiv's orders Ukrainian units withdrew on April 12."):
        assert coded(text, PUB) == {("Shelling/artillery/missile attack", "Kharkiv")}, text
