"""ISW round 77: troops clearing a named town fight for it; mines, a side's positions and a deadline's aim do not."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 6, 6)
_CLASH = "Armed clash"


def test_troops_clearing_a_named_town_fight_there() -> None:
    text = "Russian forces are currently clearing Novoselivske of remaining Ukrainian forces on June 6."
    assert coded(text, _DAY) == {(_CLASH, "Novoselivske")}


def test_a_group_told_to_continue_to_clear_a_town_fights_there() -> None:
    text = "Wagner Group fighters continued to clear Opytne on June 6."
    assert coded(text, _DAY) == {(_CLASH, "Opytne")}


def test_clearing_mines_or_positions_or_debris_is_no_fight() -> None:
    # Guards: demining, a side's strongholds, and no armed doer at all.
    assert not coded("Russian troops have begun demining and clearing Severodonetsk on June 6.", _DAY)
    assert not coded("Russian forces are clearing Ukrainian strongholds on the outskirts of Soledar on June 6.", _DAY)
    assert not coded("The military spending bill cleared Congress on June 6.", _DAY)
    assert not coded("The mayor said crews were clearing Kharkiv streets of debris on June 6.", _DAY)


def test_a_deadline_to_clear_a_city_is_an_aim() -> None:
    # Guard: the infinitive of a deadline is not done.
    assert not coded("Russian forces may be trying to meet a Kremlin-imposed deadline to clear Mariupol.", _DAY)
