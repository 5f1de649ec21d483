"""Wire stories round 4 (session 17): where wire acts are placed, and a report that goes on past the lead."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 3, 23)
_LEAD = ("NICOSIA, March 23 - Iran said today its gunboats had struck two Iraqi tankers.\n"
         "    The strikes ended a week of calm in the Gulf.\n"
         "    A later statement today said Iranian pilots made 30 flights over Iraqi lines.\n")


def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_an_act_a_report_goes_on_to_tell_is_no_commentary() -> None:
    text = _LEAD + "    It also reported a firefight between Iranian marines and Iraqi commandos on an Iranian island.\n"
    assert _events(text) == [("Armed clash", "Iran")]
    # Without the report going on, an undated country-level act past the lead is still commentary.
    assert _events(text.replace("It also reported", "Officials often recall")) == []


def test_a_standing_state_the_report_recalls_stays_commentary() -> None:
    # "has been ... for years" tells no act of the day, however the report goes on.
    assert _events(_LEAD + "    It also said Iraq has been shelling Iranian towns for years.\n") == []
