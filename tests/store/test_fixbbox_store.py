"""Review fixes for the bounding-box filter: a wide box pages by the date walk; parse_bbox takes plain numbers only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventwire.merge.types import Cluster
from eventwire.model import Article, DateSpan, Event
from eventwire.store import EventQuery, Store, next_cursor
from eventwire.store.base import parse_bbox
from eventwire.store.sql import bbox_clause
from eventwire.store.sqlite import SQLiteStore

from .conftest import KYIV, make_event

UKRAINE = (22.1, 44.3, 40.2, 52.4)


def _spread(n: int, art: Article) -> list[Event]:
    """n events on n days, all but the last three inside Ukraine."""
    out = []
    for i in range(n):
        d = date(2025, 1, 1) + timedelta(days=i)
        lat, lon = (48.0 + i % 4, 30.0 + i % 7) if i < n - 3 else (-33.9, 18.4)
        loc = KYIV.model_copy(update={"lat": lat, "lon": lon})
        out.append(make_event(f"ev{i:03d}", art, location=loc, date=DateSpan(start=d, end=d, precision="day", text="x")))
    return out


def _all_pages(store: Store, q: EventQuery) -> list[str]:
    ids: list[str] = []
    while True:
        page = store.query_events(q)
        ids += [e.id for e in page]
        cur = next_cursor(page, q)
        if cur is None:
            return ids
        q = q.model_copy(update={"cursor": cur})


def test_a_box_holding_most_events_walks_the_date_order(store: Store, articles: list[Article]) -> None:
    events = _spread(40, articles[0])
    store.upsert_events(events)
    wide, small = EventQuery(bbox=UKRAINE, limit=5), EventQuery(bbox=(17, -35, 19, -33), limit=5)
    # SQLite has no statistics to tell the two apart; PostgreSQL plans from its own.
    assert store._box_is_wide("events", wide) is isinstance(store, SQLiteStore)  # type: ignore[attr-defined]
    assert not store._box_is_wide("events", small)  # type: ignore[attr-defined]
    # Both plans give every match once, in date order, across pages.
    assert _all_pages(store, wide) == [e.id for e in events[:-3]]
    assert _all_pages(store, small) == ["ev037", "ev038", "ev039"]


def test_the_wide_clause_leaves_the_point_index_out() -> None:
    clause, params = bbox_clause((170.0, -20.0, -170.0, -10.0), wide=True)
    assert clause == "+e.lat BETWEEN ? AND ? AND (+e.lon >= ? OR +e.lon <= ?)"
    assert params == [-20.0, -10.0, 170.0, -170.0]
    assert bbox_clause(UKRAINE)[0] == "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"


@pytest.mark.parametrize("bad", ["1_0,44,40,52", "٢٢,44,40,52", "0x1,44,40,52", (True, 0, 1, 1)])
def test_parse_bbox_takes_plain_decimal_numbers_only(bad: object) -> None:
    with pytest.raises(ValueError, match="four numbers"):
        parse_bbox(bad)


def test_parse_bbox_still_takes_decimals_signs_and_exponents() -> None:
    assert parse_bbox(" -22.5, +44, 4e1 ,.5e2") == (-22.5, 44.0, 40.0, 50.0)
    assert parse_bbox((22, 44.3, 40, 52)) == (22.0, 44.3, 40.0, 52.0)


def test_a_box_from_180_to_minus_180_is_refused_not_read_as_a_line() -> None:
    with pytest.raises(ValueError, match="the world is -180 to 180"):
        parse_bbox("180,-90,-180,90")
    assert parse_bbox("170,-90,-170,90") == (170.0, -90.0, -170.0, 90.0)  # a real antimeridian box


def test_a_merged_event_rewritten_by_an_older_writer_is_placed_by_its_record(store: Store, events: list[Event]) -> None:
    kyiv, _kharkiv, qatana, _threat = events
    moved = Cluster(id="cev_a", event=qatana.model_copy(update={"id": "cev_a"}), member_ids=[qatana.id],
                    sources=qatana.sources)
    store.save_clusters([Cluster(id="cev_a", event=kyiv.model_copy(update={"id": "cev_a"}), member_ids=[kyiv.id],
                                 sources=kyiv.sources)], [])
    # An eventwire from before 0004 rewrites the record only: the point must follow it (Kyiv -> Qatana).
    with store._tx() as cur:  # type: ignore[attr-defined]
        store._exec(cur, "UPDATE clusters SET record = ? WHERE id = ?", (moved.model_dump_json(), "cev_a"))  # type: ignore[attr-defined]
    assert store.query_clusters(EventQuery(bbox=UKRAINE)) == []
    assert [c.id for c in store.query_clusters(EventQuery(bbox=(35.7, 32.3, 42.4, 37.3)))] == ["cev_a"]
