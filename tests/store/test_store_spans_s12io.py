"""Session 12: an event dated only to a year or a month sorts by its first day and matches any overlapping filter
(both backends)."""

from __future__ import annotations

from datetime import date

from eventwire.model import Article, DateSpan, Event
from eventwire.store import Store
from eventwire.store.base import EventQuery

from .conftest import make_event


def _dated(articles: list[Article]) -> list[Event]:
    """'in 2021' (a year), 'in September 2022' (a month), and two single days around them."""
    kyiv = articles[0]
    return [
        make_event("ev_year", kyiv, date=DateSpan(start=date(2021, 1, 1), end=date(2021, 12, 31), precision="year",
                                                  text="in 2021")),
        make_event("ev_month", kyiv, date=DateSpan(start=date(2022, 9, 1), end=date(2022, 9, 30), precision="month",
                                                   text="in September 2022")),
        make_event("ev_day_a", kyiv, date=DateSpan(start=date(2021, 6, 15), end=date(2021, 6, 15), precision="day")),
        make_event("ev_day_b", kyiv, date=DateSpan(start=date(2022, 9, 20), end=date(2022, 9, 20), precision="day")),
    ]


def _ids(store: Store, **filters: object) -> list[str]:
    return [e.id for e in store.query_events(EventQuery.model_validate(filters))]


def test_a_year_span_sorts_on_its_first_day_and_matches_any_overlapping_filter(
        store: Store, articles: list[Article]) -> None:
    store.upsert_articles(articles)
    store.upsert_events(_dated(articles))
    assert _ids(store) == ["ev_year", "ev_day_a", "ev_month", "ev_day_b"]
    assert _ids(store, order="newest") == ["ev_day_b", "ev_month", "ev_day_a", "ev_year"]
    # A filter inside the year finds the year-dated event: it may have happened on any of those days.
    assert _ids(store, since=date(2021, 11, 1), until=date(2021, 11, 30)) == ["ev_year"]
    assert _ids(store, since=date(2021, 12, 31)) == ["ev_year", "ev_month", "ev_day_b"]
    assert _ids(store, until=date(2021, 1, 1)) == ["ev_year"]
    assert _ids(store, since=date(2022, 1, 1), until=date(2022, 9, 10)) == ["ev_month"]
    assert _ids(store, since=date(2022, 10, 1)) == []
    # The stored record keeps the span itself: only a display shows "2021".
    [year] = [e for e in store.query_events(EventQuery(until=date(2021, 1, 1)))]
    assert (year.date.start, year.date.end, year.date.precision) == (date(2021, 1, 1), date(2021, 12, 31), "year")
