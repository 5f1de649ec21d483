"""A place named right after "settlements/villages/areas (,) including" is where the act happened, as after "in" or
"near" (ISW: "continued shelling frontline settlements including A, B, and C"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire import extract
from eventwire.geoparsing import event_location

TEXT = ("Russian troops did not launch any confirmed ground attacks around Sumy on June 12 but continued shelling "
        "border villages including Yunakivka, Khotin, and Pysarivka on June 12.")


def test_the_members_after_settlements_including_are_the_places() -> None:
    events = extract(TEXT, published=date(2022, 6, 12))
    shelled = {e.location.name for e in events if e.location is not None
               and e.sub_event_type == "Shelling/artillery/missile attack"}
    assert {"Yunakivka", "Khotin", "Pysarivka"} <= shelled
    assert "Sumy" not in shelled  # the town of the denied clause is no place of the shelling


def test_only_a_place_word_before_including_marks_the_place() -> None:
    assert event_location._HERE.search("shelled areas, including ")
    assert event_location._HERE.search("struck several villages including ")
    assert not event_location._HERE.search("killed five people including ")
    assert not event_location._HERE.search("from countries including ")
