"""Session 29, wire170: "planes hit" is an air strike, as "jets hit" is; an old raid it tells stays background, and the
toll of "the raid" after it is that raid's. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 3, 25)


def _violent(text: str) -> list[tuple[str | None, date | None]]:
    return [(e.sub_event_type, e.date.start) for e in extract(text, published=DAY) if is_violent(e)]


def test_planes_hitting_a_field_is_an_air_strike() -> None:
    assert _violent("Unidentified planes hit an oil field off Abu Dhabi on Sunday.") == \
        [("Air/drone strike", date(1987, 3, 22))]


def test_an_old_raid_by_planes_and_its_toll_are_background() -> None:
    # A wire story of a field's reopening: the raid months ago and its toll are no event of the filing day.
    text = ("ABU DHABI, March 25 - An offshore oilfield in the Gulf, shut since an aerial attack last November, will "
            "reopen next month, oil industry sources said.\n    Unidentified planes hit the field, 100 miles off Abu "
            "Dhabi, last November 25.\n    The raid killed eight workers and destroyed the living quarters.")
    assert _violent(text) == []
