"""Round 35: drones and missiles named together are mixed fires (two events at each place)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_HEAD = "Russian Offensive Campaign Assessment, October 23.\n\n"
_FRONT = ("Russian forces shelled Bakhmut, Soledar, Siversk, Avdiivka, and Marinka on October 23. ")


def test_drones_and_missiles_named_together_are_two_events_at_each_place() -> None:
    found = {(e.sub_event_type, e.location.name if e.location else None)
             for e in extract(_HEAD + _FRONT + "Russian forces struck Zaporizhzhia City and Mykolaiv City with "
                              "Shahed-136 drones and S-300 missiles.", published=date(2022, 10, 23)) if is_violent(e)}
    for city in ("Zaporizhzhya", "Mykolayiv"):
        assert ("Air/drone strike", city) in found and ("Shelling/artillery/missile attack", city) in found


def test_one_kind_of_weapon_stays_one_event() -> None:
    found = [e.sub_event_type for e in extract(_HEAD + _FRONT + "Russian forces struck Zaporizhzhia City with "
                                               "Shahed-136 drones.", published=date(2022, 10, 23))
             if is_violent(e) and e.location and e.location.name == "Zaporizhzhya"]
    assert len(found) == 1
