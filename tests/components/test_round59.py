"""Round 59: ISW front reports: a destroyed bridge is a strike. The "fire against" tests are guards: round 59's nominal
fire rule was not shipped, and they keep fire against people out of Shelling if it returns."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 6)


def _kinds(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=_DAY)
            if is_violent(e)}


def test_fire_against_people_is_no_shelling() -> None:
    got = _kinds("Russian forces continued routine fire against Ukrainian positions near the reservoir.")
    assert not any(kind == "Shelling/artillery/missile attack" for kind, _ in got)


def test_opened_fire_against_protesters_is_no_shelling() -> None:
    got = _kinds("Police opened fire against protesters in Kyiv on Tuesday.")
    assert not any(kind == "Shelling/artillery/missile attack" for kind, _ in got)


def test_destroyed_pontoon_bridge_is_shelling_at_the_village() -> None:
    got = _kinds("Ukrainian troops destroyed a Russian pontoon bridge near Darivka on June 5.")
    assert ("Shelling/artillery/missile attack", "Darivka") in got


def test_partisans_destroying_a_bridge_is_no_shelling() -> None:
    got = _kinds("Ukrainian partisan groups destroyed a railway bridge in Yakymivka.")
    assert not any(kind == "Shelling/artillery/missile attack" for kind, _ in got)


def test_a_bridge_torn_down_to_slow_an_advance_is_left_out() -> None:
    got = _kinds("Russian forces destroyed three road bridges near Tsyrkuny to slow the Ukrainian advance.")
    assert not any(kind == "Shelling/artillery/missile attack" for kind, _ in got)


def test_all_caps_wire_copy_keeps_its_own_coding() -> None:
    got = _kinds("GUERRILLAS DESTROYED THE BRIDGE SPANNING THE LEMPA RIVER NEAR SAN MIGUEL.")
    assert not any(kind == "Shelling/artillery/missile attack" for kind, _ in got)
