"""ISW round 77: troops clearing a named town fight for it; mines, a side's positions and a deadline's aim do not."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 6, 6)
_CLASH = "Armed clash"


def test_troops_clearing_a_named_town_fight_there() -> None:
    text = "On June 6 Russian troops were clearing Novoselivske of the last Ukrainian defenders, a blogger said."
    assert coded(text, _DAY) == {(_CLASH, "Novoselivske")}


def test_a_group_told_to_continue_to_clear_a_town_fights_there() -> None:
    text = "On June 6 Wagner Group fighters kept working to clear Opytne."
    assert coded(text, _DAY) == {(_CLASH, "Opytne")}


def test_clearing_mines_or_positions_or_debris_is_no_fight() -> None:
    # Guards: demining, a side's strongholds, and no armed doer at all.
    assert not coded("On June 6 Russian sappers started demining and clearing Rubizhne.", _DAY)
    assert not coded("On June 6 Russian forces were clearing Ukrainian strongholds east of Soledar.", _DAY)
    assert not coded("The military spending bill cleared Congress on June 6.", _DAY)
    # An armed doer, so only the debris guard stops it (review s20-a B2).
    assert not coded("On June 6 soldiers were clearing Kharkiv streets of debris after the strike.", _DAY)


def test_a_deadline_to_clear_a_city_is_an_aim() -> None:
    # Guard: the infinitive of a deadline is not done.
    assert not coded("Russian forces may be racing to meet a deadline set by Moscow to clear Mariupol.", _DAY)
