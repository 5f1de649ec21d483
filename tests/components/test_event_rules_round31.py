"""Round 31 guards: mixed fires name both kinds; one kind, an aim, or a weapon against aircraft adds no second event."""

# The rules these guards go with (air and artillery "support", drones plus missiles, a past verb after an aim and
# "and") were found on dev half A and not kept: half B and the unlabelled ISW reports had no case (round 31 report).

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 5, 21)
AIR, SHELL, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"
# A front report needs five placed violent events before the codebook's mixed-fires rule runs.
_FRONT = ("Russian forces shelled Bakhmut, Soledar, and Siversk on May 21. "
          "Ukrainian forces repelled a Russian assault near Avdiivka on May 21. ")


def violent(text: str, day: date = _DAY) -> set[tuple[str, str | None]]:
    """(sub-event type, place name) of the violent events found in a text published on `day`."""
    return {(e.sub_event_type or "", e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)}


def test_support_of_one_kind_adds_no_air_event() -> None:
    text = _FRONT + "Russian troops are fighting in Marinka and Novomykhailivka under artillery support."
    found = violent(text)
    assert (CLASH, "Mar'yinka") in found
    assert (AIR, "Mar'yinka") not in found and (AIR, "Novomykhailivka") not in found


def test_infinitive_after_an_aim_and_stays_an_aim() -> None:
    text = ("Russian forces are regrouping to prevent further Ukrainian advances toward the border and conduct "
            "artillery strikes north of Kharkiv City.")
    assert violent(text) == set()


def test_anti_aircraft_missiles_are_no_drone_strike() -> None:
    text = "Russian forces struck Mykolaiv City with S-300 anti-aircraft missiles on May 21."
    assert violent(text) == {(SHELL, "Mykolayiv")}
