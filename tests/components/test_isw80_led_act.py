"""ISW round 80: a side's combat noun as the subject of a done or ongoing act ("Russian offensive operations in
Luhansk Oblast are centered on Popasna", "A separate Ukrainian counterattack reportedly recaptured Sloboda") names the
armed party and tells the operations as done; an aim ("Defend Kherson against Ukrainian counterattacks") does not."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded
from eventwire.components.triggers import _led_act

_DAY = date(2022, 4, 1)
_CLASH = "Armed clash"


def test_operations_centered_on_towns_are_fights_there() -> None:
    text = "Russian offensive operations in Luhansk Oblast are centered on Popasna and Rubizhne on April 1."
    assert {(_CLASH, "Popasna"), (_CLASH, "Rubizhne")} <= coded(text, _DAY)


def test_a_counterattack_that_recaptured_a_town_is_a_fight() -> None:
    text = "A separate Ukrainian counterattack reportedly recaptured Sloboda, just south of Chernihiv, on April 1."
    assert any(sub == _CLASH for sub, _ in coded(text, _DAY))


def test_an_aim_against_counterattacks_is_no_event() -> None:
    # Guards: an objective, and a forecast, name no fight.
    assert coded("Supporting Effort #2 (Objective: Defend Kherson against Ukrainian counterattacks)", _DAY) == set()
    assert coded("Ukrainian counterattacks will likely slow Russian efforts in Kherson Oblast.", _DAY) == set()


def test_the_shape_covers_the_trigger_only_inside_it() -> None:
    text = "Moscow’s focus on seizing Severodonetsk leaves room where Ukrainian counteroffensives continue."
    assert not _led_act(text, 0, len(text), text.index("seizing"))
    text = "Ukrainian counterattacks northwest of Kyiv made further minor progress."
    assert _led_act(text, 0, len(text), text.index("counterattacks"))
