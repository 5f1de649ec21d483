"""Merged clusters in the store (both backends): save, replace, remove, query, membership, migration."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.merge.types import Cluster, Figure
from eventwire.model import Article, Event
from eventwire.store import EventQuery, Store, next_cursor, open_store


def _cluster(cid: str, canonical: Event, members: list[str], sources: list[str]) -> Cluster:
    ev = canonical.model_copy(update={"id": cid})
    return Cluster(id=cid, event=ev, member_ids=members, sources=sources,
                   fatalities=Figure(low=4, best=4, high=6, sources=len(sources)))


def test_save_load_and_replace(store: Store, articles: list[Article], events: list[Event]) -> None:
    kyiv, kharkiv, qatana, _threat = events
    c1 = _cluster("cev_a", kyiv, ["ev_kyiv_strike", "ev_threat"], ["Other Outlet", "Test Wire"])
    c2 = _cluster("cev_b", kharkiv, ["ev_kharkiv_shelling"], ["Other Outlet"])
    assert store.save_clusters([c1, c2], []) == 2
    loaded = store.load_clusters()
    assert [c.id for c in loaded] == ["cev_a", "cev_b"]
    assert loaded[0].model_dump() == c1.model_dump()  # the full record round-trips
    assert loaded[0].fatalities.high == 6 and loaded[0].sources == ["Other Outlet", "Test Wire"]
    assert store.clusters_of(["ev_kyiv_strike", "ev_threat", "ev_kharkiv_shelling", "nope"]) == {
        "ev_kyiv_strike": "cev_a", "ev_threat": "cev_a", "ev_kharkiv_shelling": "cev_b"}
    assert store.stats()["clusters"] == 2
    # A re-merge: ev_threat leaves cev_a for a new cluster, cev_b disappears.
    c1b = _cluster("cev_a", kyiv, ["ev_kyiv_strike"], ["Test Wire"])
    c3 = _cluster("cev_c", qatana, ["ev_qatana", "ev_threat"], ["Test Wire"])
    assert store.save_clusters([c1b, c3], ["cev_b"]) == 2
    assert [c.id for c in store.load_clusters()] == ["cev_a", "cev_c"]
    assert store.clusters_of(["ev_kyiv_strike", "ev_threat", "ev_kharkiv_shelling"]) == {
        "ev_kyiv_strike": "cev_a", "ev_threat": "cev_c"}
    assert store.load_clusters()[0].sources == ["Test Wire"]
    # One merged event by its id (GET /api/events/cev_… uses it); a removed one is gone.
    assert store.get_cluster("cev_c").model_dump() == c3.model_dump()  # type: ignore[union-attr]
    assert store.get_cluster("cev_b") is None


def test_query_clusters_filters_and_pages(store: Store, events: list[Event]) -> None:
    kyiv, kharkiv, qatana, threat = events
    store.save_clusters([_cluster("cev_k", kyiv, ["ev_kyiv_strike"], ["Test Wire"]),
                         _cluster("cev_h", kharkiv, ["ev_kharkiv_shelling"], ["Other Outlet"]),
                         _cluster("cev_q", qatana, ["ev_qatana"], ["unknown"]),
                         _cluster("cev_t", threat, ["ev_threat"], ["Test Wire"])], [])
    ids = lambda cs: [c.id for c in cs]  # noqa: E731
    assert ids(store.query_clusters(EventQuery())) == ["cev_t", "cev_q", "cev_h", "cev_k"]  # undated first
    assert ids(store.query_clusters(EventQuery(country="ua"))) == ["cev_h", "cev_k"]
    # The Qatana cluster spans 1-7 June, so it overlaps a period that starts on the 5th.
    assert ids(store.query_clusters(EventQuery(since=date(2025, 6, 5), until=date(2025, 6, 6)))) == ["cev_q", "cev_k"]
    assert ids(store.query_clusters(EventQuery(sub_event_type="Shelling/artillery/missile attack"))) == ["cev_h"]
    q = EventQuery(limit=3)
    page = store.query_clusters(q)
    cur = next_cursor([c.event for c in page], q)
    assert cur is not None
    assert ids(store.query_clusters(EventQuery(limit=3, cursor=cur))) == ["cev_k"]
    with pytest.raises(UsageError):
        store.query_clusters(EventQuery(text="Kyiv"))


def test_migration_0002_replaces_the_old_merge_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as s:
        assert s.schema_versions() == ["0001_initial", "0002_clusters", "0003_cluster_aliases",
                                      "0004_cluster_point", "0005_cluster_point_derived"]
    # A store made before 0002, holding the tables the merge package used to write itself.
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE cluster_members; DROP TABLE clusters; DELETE FROM schema_migrations WHERE version = 2;"
        "CREATE TABLE merge_clusters (id TEXT PRIMARY KEY, record TEXT NOT NULL, n_members INTEGER NOT NULL,"
        " n_sources INTEGER NOT NULL); CREATE TABLE merge_members (event_id TEXT PRIMARY KEY, cluster_id TEXT);"
    )
    conn.close()
    with open_store(path) as s:
        assert s.schema_versions() == ["0001_initial", "0002_clusters", "0003_cluster_aliases",
                                      "0004_cluster_point", "0005_cluster_point_derived"]
        assert s.load_clusters() == []
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"clusters", "cluster_members"} <= tables and not tables & {"merge_clusters", "merge_members"}


def test_joined_cluster_ids_resolve_as_aliases(store: Store, events: list[Event]) -> None:
    kyiv, kharkiv, _qatana, _threat = events
    store.save_clusters([_cluster("cev_a", kyiv, ["ev_kyiv_strike"], ["Test Wire"]),
                         _cluster("cev_b", kharkiv, ["ev_kharkiv_shelling"], ["Other Outlet"])], [])
    # A re-merge joined cev_b into cev_a (`merge.ids`): the old id still finds the merged event.
    joined = _cluster("cev_a", kyiv, ["ev_kyiv_strike", "ev_kharkiv_shelling"], ["Other Outlet", "Test Wire"])
    joined.aliases = ["cev_b"]
    store.save_clusters([joined], ["cev_b"])
    assert [c.id for c in store.load_clusters()] == ["cev_a"]
    assert store.get_cluster("cev_b").model_dump() == joined.model_dump()  # type: ignore[union-attr]
    assert store.get_cluster("cev_c") is None
    # Split again: cev_b is a live id once more, nobody's alias; removing a cluster drops its aliases.
    store.save_clusters([_cluster("cev_a", kyiv, ["ev_kyiv_strike"], ["Test Wire"]),
                         _cluster("cev_b", kharkiv, ["ev_kharkiv_shelling"], ["Other Outlet"])], [])
    assert store.get_cluster("cev_b").member_ids == ["ev_kharkiv_shelling"]  # type: ignore[union-attr]
    joined.aliases = ["cev_x"]
    store.save_clusters([joined], ["cev_b"])
    assert store.get_cluster("cev_x").id == "cev_a"  # type: ignore[union-attr]
    store.save_clusters([], ["cev_a"])
    assert store.get_cluster("cev_x") is None and store.load_clusters() == []
