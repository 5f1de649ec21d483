"""Wire stories round 3 (session 17): the day a wire lead tells, past dates, and an offset from an island."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.dates import find_dates
from eventwire.evaluate.common import is_violent
from eventwire.gazetteer.index import haversine_km

_DAY = date(1987, 5, 12)


def _events(text: str, day: date = _DAY) -> list[tuple[str, str | None]]:
    return [(str(e.date.start), e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


def test_a_day_the_lead_tells_beats_the_datelines() -> None:
    text = "BAHRAIN, May 12 - Unidentified jets attacked two Iranian oil platforms in the Gulf on May 9, sources said."
    assert [d for d, _ in _events(text)] == ["1987-05-09"]
    text = ("KHARTOUM, May 12 - The army said today its units killed 312 rebels in driving a column back from the "
            "garrison at Juba on Sunday.")
    assert {d for d, _ in _events(text)} == {"1987-05-10"}


def test_the_dateline_day_stays_for_an_act_going_on_or_a_day_in_a_name() -> None:
    text = ("NAIROBI, May 12 - Rebel gunners are still shelling the bridge at Juba taken by army units on April 2, "
            "the radio said.")
    assert [d for d, _ in _events(text)] == ["1987-05-12"]
    text = ('TEGUCIGALPA, May 12 - With a bomb explosion in the capital, a new group calling itself the "9 May" '
            "Liberation Forces announced its emergence.")
    assert [d for d, _ in _events(text)] == ["1987-05-12"]


def test_a_day_after_a_response_to_dates_what_was_answered() -> None:
    text = ("The United States retaliated on Monday, officials said. U.S. warships destroyed an Iranian oil platform "
            "in a response to an Iranian missile attack last Friday.")
    assert [d for d, _ in _events(text, date(1987, 10, 20))] == ["1987-10-19"]


def test_last_with_a_month_and_day_is_a_past_date() -> None:
    found = find_dates("The dam gave way at Kariba last April 26.", date(1987, 3, 10))
    assert [d.start_date for d in found] == [date(1986, 4, 26)]
    found = find_dates("It will open next April 26.", date(1987, 3, 10))
    assert [d.start_date for d in found] == [date(1987, 4, 26)]


def test_an_offset_from_an_island_places_the_fields_in_the_sea() -> None:
    # The distance is told in miles first: 50 miles is about 80 km.
    text = ("BAGHDAD, March 23 - Iraq said its jets bombed Kharg today.\n\n"
            "Iraqi jets later struck Iranian offshore rigs at Cyrus\nand Ardeshir in the southern gulf, about 50 "
            "miles (80\nkm) west of Kharg island, the command said.\n")
    events = [e for e in extract(text, published=date(1987, 3, 23)) if is_violent(e)]
    fields = [e.location for e in events if e.location and e.location.name == "Ardeshir"]
    assert len(fields) == 1
    loc = fields[0]
    assert loc.lat is not None and loc.lon is not None
    assert 70 <= haversine_km(loc.lat, loc.lon, 29.26, 50.32) <= 90  # Kharg island
