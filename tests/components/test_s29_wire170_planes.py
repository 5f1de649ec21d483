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
    assert _violent("Unidentified planes hit a gas plant near Kirkuk on Sunday.") == \
        [("Air/drone strike", date(1987, 3, 22))]


def test_an_old_raid_by_planes_and_its_toll_are_background() -> None:
    # A wire story of a platform's restart: the raid months ago and its toll are no event of the filing day.
    text = ("DOHA, March 25 - A gas platform in the Gulf, idle since an air raid in October, is to resume output in "
            "May, company officials said.\n    Unidentified planes hit the platform, 60 miles off Doha, last "
            "October 3.\n    The raid killed five workers and wrecked the pumps.")
    assert _violent(text) == []
