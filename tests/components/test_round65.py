"""Round 65: fire as a noun aimed at places ("their pace of fire against X", "routine fire against areas in Y")."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 6)
_LEAD = "The update was published in the evening. "  # a story, not a lone headline (headline rules differ)


def _shelled(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(_LEAD + text, published=_DAY)
            if is_violent(e) and e.sub_event_type == "Shelling/artillery/missile attack"}


def test_a_pace_of_fire_against_towns_shells_each_town() -> None:
    got = _shelled("Artillery crews raised their pace of fire against Bakhmut, Lysychansk, and the villages "
                   "around Soledar.")
    assert {"Bakhmut", "Lysychansk"} <= got


def test_routine_fire_against_areas_in_an_oblast_shells_the_oblast() -> None:
    assert "Kharkiv Oblast" in _shelled("Russian forces kept up routine fire against areas in Kharkiv Oblast.")


def test_fire_at_forces_people_or_a_day_is_no_shelling_of_a_place() -> None:
    assert not _shelled("Ukrainian troops directed indirect fire against Russian forces.")
    assert not _shelled("Russian forces kept up routine fire on August 3.")
    assert not _shelled("Russian forces kept up routine fire in May.")


def test_fire_along_a_front_near_a_town_or_across_an_oblast_shells_there() -> None:
    assert "Hulyaypole" in _shelled("Russian troops kept up routine fire along the front line east of Hulyaipole.")
    assert "Mykolaiv Oblast" in _shelled("Russian troops kept up routine indirect fire throughout Mykolaiv Oblast.")


def test_fire_along_an_unplaced_front_or_an_axis_is_no_shelling_of_a_place() -> None:
    assert not _shelled("Russian troops kept up routine fire along the line of contact on June 5.")
    assert not _shelled("Artillery units went on with indirect fire in the Izium direction all week.")
    assert not _shelled("Russian forces reduced indirect fire in Kherson Oblast.")
