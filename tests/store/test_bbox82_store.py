"""The bounding-box filter in the store (both backends): events, merged events, the antimeridian, the migration."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.merge.types import Cluster
from eventwire.model import Article, Event, Location
from eventwire.store import EventQuery, Store, next_cursor, open_store
from eventwire.store.base import parse_bbox

from .conftest import BACKENDS, _postgres_db, make_event

UKRAINE = (22.1, 44.3, 40.2, 52.4)
SUVA = Location(name="Suva", geonameid=2198148, lat=-18.1416, lon=178.4415, country_code="FJ")
APIA = Location(name="Apia", geonameid=4035413, lat=-13.8333, lon=-171.7667, country_code="WS")


def _ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_events_in_a_box_and_none_without_a_point(store: Store, events: list[Event]) -> None:
    store.upsert_events(events)
    assert _ids(store.query_events(EventQuery(bbox=UKRAINE))) == ["ev_kharkiv_shelling", "ev_kyiv_strike"]
    assert store.count_events(EventQuery(bbox=UKRAINE)) == 2
    # Around Kharkiv only (36.25 E, 49.98 N), and the Syrian event in its own box.
    assert _ids(store.query_events(EventQuery(bbox="35,49,37,51"))) == ["ev_kharkiv_shelling"]
    assert _ids(store.query_events(EventQuery(bbox=(35.7, 32.3, 42.4, 37.3)))) == ["ev_qatana"]
    # The whole world still leaves out the event with no point (ev_threat).
    world = EventQuery(bbox=(-180, -90, 180, 90))
    assert sorted(_ids(store.query_events(world))) == ["ev_kharkiv_shelling", "ev_kyiv_strike", "ev_qatana"]
    # Edges are inside; the box combines with the other filters.
    assert _ids(store.query_events(EventQuery(bbox=(36.2527, 49.9808, 36.2527, 49.9808)))) == ["ev_kharkiv_shelling"]
    assert _ids(store.query_events(EventQuery(bbox=UKRAINE, since=date(2025, 6, 5)))) == ["ev_kyiv_strike"]
    assert _ids(store.query_events(EventQuery(bbox=UKRAINE, country="SY"))) == []


def test_a_box_across_the_antimeridian_is_two_ranges(store: Store, articles: list[Article]) -> None:
    art = articles[2]
    store.upsert_events([make_event("ev_suva", art, location=SUVA), make_event("ev_apia", art, location=APIA),
                         make_event("ev_kyiv", art)])
    assert _ids(store.query_events(EventQuery(bbox=(170, -30, -170, 0)))) == ["ev_apia", "ev_suva"]
    assert _ids(store.query_events(EventQuery(bbox=(170, -30, 180, 0)))) == ["ev_suva"]
    assert _ids(store.query_events(EventQuery(bbox=(-180, -30, -170, 0)))) == ["ev_apia"]
    # The same longitudes in the usual order span the rest of the world: Kyiv, not the Pacific.
    assert _ids(store.query_events(EventQuery(bbox=(-170, -90, 170, 90)))) == ["ev_kyiv"]


def _cluster(cid: str, canonical: Event) -> Cluster:
    return Cluster(id=cid, event=canonical.model_copy(update={"id": cid}), member_ids=[canonical.id],
                   sources=canonical.sources)


def test_merged_events_are_placed_at_their_canonical_event(store: Store, events: list[Event]) -> None:
    kyiv, kharkiv, qatana, threat = events
    store.save_clusters([_cluster("cev_kyiv", kyiv), _cluster("cev_kharkiv", kharkiv), _cluster("cev_qatana", qatana),
                         _cluster("cev_threat", threat)], [])
    assert _ids([c.event for c in store.query_clusters(EventQuery(bbox=UKRAINE))]) == ["cev_kharkiv", "cev_kyiv"]
    # Paging by cursor keeps the box.
    q = EventQuery(bbox=(-180, -90, 180, 90), limit=2)
    first = store.query_clusters(q)
    cursor = next_cursor([c.event for c in first], q)
    assert cursor is not None
    rest = store.query_clusters(q.model_copy(update={"cursor": cursor}))
    assert _ids([c.event for c in first + rest]) == ["cev_qatana", "cev_kharkiv", "cev_kyiv"]
    # A re-merge that moves the canonical event moves the merged event's point too.
    store.save_clusters([_cluster("cev_kyiv", qatana.model_copy(update={"id": "ev_kyiv_strike"}))], [])
    assert _ids([c.event for c in store.query_clusters(EventQuery(bbox=UKRAINE))]) == ["cev_kharkiv"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_migration_0004_places_merged_events_stored_before_it(
        backend: str, request: pytest.FixtureRequest, tmp_path: Path, events: list[Event]) -> None:
    kyiv, _kharkiv, qatana, _threat = events
    if backend == "sqlite":
        path = tmp_path / "old.db"
        _check_migration(lambda: open_store(path), kyiv, qatana)
        return
    from eventwire.store.postgres import PostgresStore

    with _postgres_db(request.getfixturevalue("pg_url")) as conninfo:
        _check_migration(lambda: PostgresStore(conninfo), kyiv, qatana)


def _check_migration(opener: Callable[[], Store], kyiv: Event, qatana: Event) -> None:
    with opener() as s:
        assert s.schema_versions()[-2:] == ["0004_cluster_point", "0005_cluster_point_derived"]
        s.save_clusters([_cluster("cev_kyiv", kyiv), _cluster("cev_qatana", qatana)], [])
        # Back to a store merged before 0004: no point columns, the migration not recorded.
        conn = s._conn  # type: ignore[attr-defined]
        conn.execute("DROP INDEX events_lat_lon")
        conn.execute("DROP INDEX clusters_lat_lon")
        conn.execute("ALTER TABLE clusters DROP COLUMN lat")
        conn.execute("ALTER TABLE clusters DROP COLUMN lon")
        conn.execute("DELETE FROM schema_migrations WHERE version >= 4")
    for _ in range(2):  # opening again migrates once (0004 adds the columns, 0005 derives them), then does nothing
        with opener() as s:
            assert s.schema_versions()[-2:] == ["0004_cluster_point", "0005_cluster_point_derived"]
            found = s.query_clusters(EventQuery(bbox=UKRAINE))
            assert [c.id for c in found] == ["cev_kyiv"]
            assert len(s.load_clusters()) == 2


@pytest.mark.parametrize("bad, said", [
    ("30,45,40", "four numbers"),
    ("west,45,east,50", "four numbers"),
    ((30, 45, 40, float("nan")), "four numbers"),
    ("30,95,40,96", "latitudes must be from -90 to 90"),
    ("45,30,50,190", "latitudes must be from -90 to 90"),
    ("181,45,40,50", "longitudes must be from -180 to 180"),
    ("30,52,40,45", "min_lat (52) is above max_lat (45)"),
])
def test_a_bad_box_is_a_usage_error_that_shows_the_form(bad: object, said: str) -> None:
    with pytest.raises(UsageError) as caught:
        EventQuery(bbox=bad)
    assert said in str(caught.value) and "min_lon,min_lat,max_lon,max_lat" in str(caught.value)


def test_a_box_is_read_from_text_or_numbers() -> None:
    assert parse_bbox(" 22.1, 44.3 ,40.2,52.4") == UKRAINE
    assert parse_bbox([170, -30, -170, 0]) == (170.0, -30.0, -170.0, 0.0)
    assert EventQuery().bbox is None
