"""Wire stories round 4 (session 17): where wire acts are placed, and a report that goes on past the lead."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 3, 23)


def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_an_act_a_report_goes_on_to_tell_is_no_commentary() -> None:
    text = ("BAGHDAD, March 23 - Iraq said today its jets had hit two Iranian oil sites.\n"
            "    The raids broke a long lull in the air war.\n"
            "    A second communique today said Iraqi jets flew 50 sorties against Iranian targets.\n"
            "    It also reported a clash between Iraqi naval units and several Iranian boats near an Iraqi oil "
            "terminal.\n")
    assert _events(text) == [("Armed clash", "Iraq")]
    # Without the report going on, an undated country-level act past the lead is still commentary.
    assert _events(text.replace("It also reported", "Officials often recall")) == []
