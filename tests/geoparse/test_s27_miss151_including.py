"""A place named right after "settlements/villages/areas (,) including" is where the act happened, as after "in" or
"near" (ISW: "continued shelling frontline settlements including A, B, and C"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire import extract
from eventwire.geoparsing import event_location

TEXT = ("Russian forces did not conduct any confirmed ground assaults near Kharkiv City on August 3 but continued "
        "shelling frontline settlements including Slatyne, Tsyrkuny, and Ruski Tyshky on August 3.")


def test_the_members_after_settlements_including_are_the_places() -> None:
    events = extract(TEXT, published=date(2022, 8, 3))
    shelled = {e.location.name for e in events if e.location is not None
               and e.sub_event_type == "Shelling/artillery/missile attack"}
    assert {"Slatyne", "Tsyrkuny", "Ruski Tyshky"} <= shelled
    assert "Kharkiv" not in shelled  # the town of the denied clause is no place of the shelling


def test_only_a_place_word_before_including_marks_the_place() -> None:
    assert event_location._HERE.search("shelled areas, including ")
    assert event_location._HERE.search("struck several villages including ")
    assert not event_location._HERE.search("killed five people including ")
    assert not event_location._HERE.search("from countries including ")
