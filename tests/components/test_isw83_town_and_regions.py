"""ISW round 83: a town told by a direction and then regions in one list ("shelling north of Kupiansk and in Sumy
and Kharkiv oblasts") is an item of the list too; the regions alone are not the whole list."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 10, 9)
_SHELL = "Shelling/artillery/missile attack"


def test_town_before_plural_regions_is_placed() -> None:
    text = "On October 9 the Russian army kept up its artillery shelling north of Kupiansk and in Sumy and Poltava oblasts."
    got = coded(text, _DAY)
    assert {(_SHELL, "Kupyansk"), (_SHELL, "Sumy Oblast"), (_SHELL, "Poltava Oblast")} <= got, got


def test_town_before_one_region_is_placed() -> None:
    text = "On October 9 the Russian army kept up its artillery shelling south of Orikhiv and in Dnipropetrovsk Oblast."
    got = coded(text, _DAY)
    assert any(sub == _SHELL and where.startswith("Orikh") for sub, where in got), got
    assert any(sub == _SHELL and "Dnipropetrovs" in where for sub, where in got), got


def test_town_and_region_of_a_note_stay_one_place() -> None:
    # Guard: "Kupiansk, Kharkiv Oblast" gives the town its region; no second event at the region.
    got = coded("On October 9 Russian artillery shelled Kupiansk, Kharkiv Oblast.", _DAY)
    assert not any("Oblast" in where for _, where in got), got


def test_region_opening_a_clause_after_and_in_is_no_item() -> None:
    # Guard: "and in <region> officials reported" opens a clause; the region is no place of the shelling.
    got = coded("On October 9 the Russian army shelled south of Orikhiv and in Sumy Oblast officials reported calm.", _DAY)
    assert not any("Sumy" in where for _, where in got), got
