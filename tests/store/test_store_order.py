"""Newest-first queries page with the same cursor as oldest-first, and the Political type filter (both backends)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import UsageError
from eventwire.model import Article, DateSpan, Event, Plover
from eventwire.store import Store
from eventwire.store.base import EventQuery, encode_cursor, next_cursor, sort_key

from .conftest import make_event


def _more(events: list[Event], articles: list[Article]) -> list[Event]:
    """The fixture's events plus a same-day pair and a second undated one, so ids break ties in both directions."""
    kyiv = articles[0]
    return [*events,
            make_event("ev_kyiv_a", kyiv),  # the same day as ev_kyiv_strike: ordered by id
            make_event("ev_call", kyiv, event_type=None, sub_event_type=None, date=DateSpan(), location=None,
                       plover=Plover(event="DEMAND", mode="request"))]


def _walk(store: Store, q: EventQuery) -> list[str]:
    """Every id the query returns, page by page with the cursor."""
    seen: list[str] = []
    while True:
        page = store.query_events(q)
        seen += [e.id for e in page]
        cursor = next_cursor(page, q)
        if cursor is None:
            return seen
        q = q.model_copy(update={"cursor": cursor})


def test_newest_first_is_the_exact_reverse_and_pages_once(store: Store, events: list[Event],
                                                          articles: list[Article]) -> None:
    every = _more(events, articles)
    store.upsert_events(every)
    dated = sorted((e for e in every if e.date.start), key=sort_key, reverse=True)
    undated = sorted((e for e in every if not e.date.start), key=lambda e: e.id, reverse=True)
    newest = [e.id for e in dated + undated]  # latest day first, undated last
    assert newest[:3] == ["ev_kyiv_strike", "ev_kyiv_a", "ev_kharkiv_shelling"]
    assert [e.id for e in store.query_events(EventQuery(order="newest"))] == newest
    oldest = [e.id for e in store.query_events(EventQuery())]
    assert oldest[:2] == ["ev_call", "ev_threat"] and oldest[-1] == "ev_kyiv_strike"  # the default is unchanged
    for size in (1, 2, 4):  # page edges fall inside a day, across days and across the undated ones
        assert _walk(store, EventQuery(order="newest", limit=size)) == newest
        assert _walk(store, EventQuery(limit=size)) == oldest
    # Filters and order together: the map's "newest in Ukraine since June 2".
    q = EventQuery(order="newest", country="UA", since=date(2025, 6, 2), limit=1)
    assert _walk(store, q) == ["ev_kyiv_strike", "ev_kyiv_a", "ev_kharkiv_shelling"]
    assert store.count_events(EventQuery(order="newest")) == len(every)


def test_order_must_be_newest_or_oldest_and_a_cursor_keeps_its_order(store: Store, events: list[Event]) -> None:
    with pytest.raises(UsageError, match=r"order: Input should be 'oldest' or 'newest' \(got 'latest'\)"):
        EventQuery(order="latest")
    store.upsert_events(events)
    newest_q, oldest_q = EventQuery(order="newest", limit=1), EventQuery(limit=1)
    newest = next_cursor(store.query_events(newest_q), newest_q)
    oldest = next_cursor(store.query_events(oldest_q), oldest_q)
    assert newest and oldest and newest != oldest
    # Paging on in the other direction would skip or repeat events: refused, saying which order to ask.
    with pytest.raises(UsageError, match="this cursor continues an order=newest query: ask with order=newest"):
        store.query_events(EventQuery(cursor=newest))
    with pytest.raises(UsageError, match="this cursor continues an order=oldest query: ask with order=oldest"):
        store.query_events(EventQuery(order="newest", cursor=oldest))
    assert oldest == encode_cursor(sort_key(store.query_events(oldest_q)[0]))  # oldest-first cursors keep their form


def test_political_type_is_the_events_with_no_acled_type(store: Store, events: list[Event],
                                                          articles: list[Article]) -> None:
    store.upsert_events(_more(events, articles))
    political = EventQuery(event_type=" political ")  # any case and spacing, as the ACLED types
    assert political.event_type == "Political"
    found = store.query_events(political)
    assert sorted(e.id for e in found) == ["ev_call", "ev_threat"]
    assert all(e.event_type is None and e.plover is not None for e in found)
    assert store.count_events(political) == 2
    assert [e.id for e in store.query_events(EventQuery(event_type="Political", order="newest"))] == [
        "ev_threat", "ev_call"]
    with pytest.raises(UsageError, match="'Air/drone strike' is a sub-event type of 'Explosions/Remote violence', "
                                         "not of 'Political'"):
        EventQuery(event_type="Political", sub_event_type="Air/drone strike")


def test_merged_events_page_newest_first_and_filter_political(store: Store, events: list[Event]) -> None:
    from eventwire.merge.types import Cluster

    store.save_clusters([Cluster(id=f"cev_{e.id[3:]}", event=e.model_copy(update={"id": f"cev_{e.id[3:]}"}),
                                 member_ids=[e.id], sources=e.sources) for e in events], [])
    q = EventQuery(order="newest", limit=1)
    seen: list[str] = []
    while True:  # the map's first query on a merged store: newest first, one cursor page at a time
        page = store.query_clusters(q)
        seen += [c.id for c in page]
        cursor = next_cursor([c.event for c in page], q)
        if cursor is None:
            break
        q = q.model_copy(update={"cursor": cursor})
    assert seen == ["cev_kyiv_strike", "cev_kharkiv_shelling", "cev_qatana", "cev_threat"]
    assert [c.id for c in store.query_clusters(EventQuery(event_type="political"))] == ["cev_threat"]
