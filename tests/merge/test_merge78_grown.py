"""Merge round 7 (session 20): in one region, an outlet's later report with a larger toll is its update of one event."""

from __future__ import annotations

from datetime import date, datetime

from merge_helpers import switch, told

import eventwire.merge.similarity as similarity
from eventwire.merge import merge_events
from eventwire.merge.features import to_rec
from eventwire.merge.similarity import grown
from eventwire.model import Article, DateSpan, Event

# Sentences written for these tests; the place is the Gaza Strip as a region (facts: merge_helpers).
DAY1, DAY2 = date(2024, 4, 19), date(2024, 4, 20)


def raid() -> list[Event]:
    """One two-day raid told region-wide by one outlet: 5 dead on its first day, 14 in the next day's report."""
    # Neither states its day (each is dated by its publication): an outlet's reports of two stated days are two events.
    out = [told("ev_r1", "cnn", "Army raid in Gaza kills five, health officials report", 5, day=DAY1),
           told("ev_r2", "cnn", "Army raid in Gaza kills 14 over two days, health officials report", 14, day=DAY2)]
    return [e.model_copy(update={"date": DateSpan(start=e.date.start, end=e.date.end, precision="day")}) for e in out]


def articles(events: list[Event], days: dict[str, date]) -> list[Article]:
    """One article per event, published on the given day."""
    return [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=days[e.id])
            for e in events]


def groups(events: list[Event], days: dict[str, date]) -> dict[str, str]:
    """Each event's cluster id, without mentions."""
    clusters = merge_events(events, articles=articles(events, days), mentions=False)
    return {m: c.id for c in clusters for m in c.member_ids}


def test_grown_needs_the_larger_toll_published_on_a_later_day() -> None:
    small, large = raid()
    early, late = datetime(2024, 4, 19, 9), datetime(2024, 4, 20, 9)
    assert grown(to_rec(0, small, early), to_rec(1, large, late))
    assert grown(to_rec(1, large, late), to_rec(0, small, early))  # either order
    # A smaller toll told later is no update of the larger one ("4 killed" the day after "30 killed").
    assert not grown(to_rec(0, small, late), to_rec(1, large, early))
    # Published the same day: the day's two figures may be two strikes of the region.
    assert not grown(to_rec(0, small, early), to_rec(1, large, datetime(2024, 4, 19, 18)))
    assert not grown(to_rec(0, small, None), to_rec(1, large, late))
    # Another outlet's larger toll a day later may be the region's next strike.
    other = to_rec(1, large.model_copy(update={"sources": ["reuters"]}), late)
    assert other.outlet != to_rec(0, small, early).outlet
    assert not grown(to_rec(0, small, early), other)
    with switch(similarity, "GROWN", 0):
        assert not grown(to_rec(0, small, early), to_rec(1, large, late))


def test_the_raid_whose_toll_grew_is_one_event() -> None:
    events = raid()
    days = {"ev_r1": DAY1, "ev_r2": DAY2}
    g = groups(events, days)
    assert g["ev_r1"] == g["ev_r2"]
    with switch(similarity, "GROWN", 0):
        g = groups(events, days)
        assert g["ev_r1"] != g["ev_r2"]


def test_another_outlets_larger_toll_the_next_day_stays_apart() -> None:
    small, large = raid()
    events = [small, large.model_copy(update={"sources": ["reuters"]})]
    g = groups(events, {"ev_r1": DAY1, "ev_r2": DAY2})
    assert g["ev_r1"] != g["ev_r2"]


def test_a_smaller_toll_told_the_next_day_stays_apart() -> None:
    events = raid()
    days = {"ev_r1": DAY2, "ev_r2": DAY1}  # the 14 first, the 5 a day later: not a toll that grew
    g = groups(events, days)
    assert g["ev_r1"] != g["ev_r2"]
