"""ISW round 77: villages named after "settlements ..., including" carry the act; a town that only locates those
settlements is not where it happened, and a town struck beside them keeps its own event."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 7, 18)
_SHELL = "Shelling/artillery/missile attack"


def test_settlements_near_a_town_including_villages_are_the_villages() -> None:
    text = "Russian forces shelled settlements near Soledar, including Bilohorivka and Pidhorodne, on July 18."
    assert {p for _, p in coded(text, _DAY)} == {"Bilohorivka", "Pidhorodne"}


def test_a_town_struck_beside_settlements_including_villages_keeps_its_event() -> None:
    text = ("Russian forces also shelled Slovyansk and settlements to the east of Slovyansk, including Tetyanivka and "
            "Starodubivka on July 18.")
    assert coded(text, _DAY) == {(_SHELL, "Slovyansk"), (_SHELL, "Tetyanivka"), (_SHELL, "Starodubivka")}


def test_a_town_struck_with_no_settlements_list_stays_alone() -> None:
    # Guard: "including" after a town that is itself the target names a part of it, not settlements around it.
    text = "Russian forces shelled Kharkiv City on July 18, including the Saltivskyi district."
    assert {p for _, p in coded(text, _DAY)} == {"Kharkiv"}


def test_a_direction_from_a_town_including_villages_is_unchanged() -> None:
    # Guard: the direction shape was placed at the villages before this round, and still is.
    text = "Russian forces shelled settlements north of Izyum, including Husarivka and Asiivka, on July 18."
    assert {p for _, p in coded(text, _DAY)} == {"Husarivka", "Asiivka"}
