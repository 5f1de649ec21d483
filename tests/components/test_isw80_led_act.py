"""ISW round 80: a side's combat noun as the subject of a done or ongoing act ("Russian offensive operations near
Izium are centered on Kamianka", "A Ukrainian counterattack reportedly retook Husarivka") names the
armed party and tells the operations as done; an aim ("hold Mykolaiv against Ukrainian counterattacks") does not."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded
from eventwire.components.triggers import led_act as _led_act

_DAY = date(2022, 4, 1)
_CLASH = "Armed clash"


def test_operations_centered_on_towns_are_fights_there() -> None:
    text = "On April 1 Russian offensive operations in Donetsk Oblast are centered on Vuhledar and Avdiivka."
    assert {(_CLASH, "Vuhledar"), (_CLASH, "Avdiyivka")} <= coded(text, _DAY)


def test_a_counterattack_that_recaptured_a_town_is_a_fight() -> None:
    text = "On April 1 a Ukrainian counterattack reportedly retook Husarivka, a village east of Kharkiv."
    assert any(sub == _CLASH for sub, _ in coded(text, _DAY))


def test_an_aim_against_counterattacks_is_no_event() -> None:
    # Guards: an objective, and a forecast, name no fight.
    assert coded("Their aim (to hold Mykolaiv against Ukrainian counterattacks) is plain.", _DAY) == set()
    assert coded("Ukrainian counterattacks will likely stall the Russian push in Zaporizhia Oblast.", _DAY) == set()


def test_the_shape_covers_the_trigger_only_inside_it() -> None:
    text = "The Kremlin’s push toward seizing Lysychansk gives room where Ukrainian counteroffensives continue."
    assert not _led_act(text, 0, len(text), text.index("seizing"))
    text = "Ukrainian counterattacks east of Mykolaiv made some small gains."
    assert _led_act(text, 0, len(text), text.index("counterattacks"))
