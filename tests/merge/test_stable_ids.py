"""Stable merged-event ids (issue #5): re-merges and incremental ingests keep every `cev_…` id a link may hold."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from merge_helpers import KHARKIV, strike

import eventwire.api as api
from eventwire.merge import cluster_id, merge_events
from eventwire.merge.ids import first_member, stable_ids
from eventwire.merge.store import merge_store
from eventwire.merge.types import MergeConfig
from eventwire.model import Event
from eventwire.server import create_app
from eventwire.store import Store, open_store

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"
APART = MergeConfig(threshold=1.01)  # no pair reaches it: every report is its own merged event
# Self-written, unrelated to the seed story (another day, another city).
OTHER = ("Shelling killed two people in Kharkiv on Tuesday, the regional governor said. "
         "A market and a school were damaged in the attack, he added.")


def ids_of(db: Path) -> set[str]:
    with api.open_store(db, must_exist=True) as store:
        return {c.id for c in store.load_clusters()}


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("seed")
    a, b, other = d / "seed.txt", d / "seed_b.txt", d / "other.txt"
    shutil.copy(SEED, a)
    b.write_text(SEED.read_text(encoding="utf-8").replace("at least four people", "at least six people"),
                 encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    return {"A": a, "B": b, "other": other}


def test_seed_demo_ids_survive_each_ingest(texts: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "seed.db"
    day = date(2025, 6, 6)
    api.ingest(texts["A"], db, published=day, source="Wire A")
    api.merge(db)
    first = ids_of(db)
    assert len(first) == 11
    api.ingest(texts["B"], db, published=day, source="Wire B")
    s2 = api.merge(db)
    # Every Wire B event joins a Wire A event: no merged event is renamed, none is removed.
    assert ids_of(db) == first and s2.removed == 0 and s2.kept_ids > 0  # round 20: 3 of 11 were renamed here
    api.ingest(texts["A"], db, published=date(2025, 6, 7), source="Wire C")  # a true reprint
    s3 = api.merge(db)
    assert ids_of(db) == first and s3.removed == 0  # round 20: 4 of 11 were renamed here
    with api.open_store(db, must_exist=True) as store:
        before = [c.model_dump() for c in store.load_clusters()]
        # Each merged event still holds the member its id was made from: Wire A's report.
        assert all(first_member(c) is not None for c in store.load_clusters())
    assert merge_store_again(db) == before  # idempotent
    api.ingest(texts["other"], db, published=day, source="Wire D")  # unrelated: incremental
    s4 = api.merge(db)
    assert ids_of(db) > first and s4.removed == 0


def merge_store_again(db: Path) -> list[dict]:
    with open_store(db) as store:
        merge_store(store)
        return [c.model_dump() for c in store.load_clusters()]


def test_fresh_merge_ids_do_not_depend_on_ingest_order(texts: dict[str, Path], tmp_path: Path) -> None:
    got = []
    for order in (("A", "B"), ("B", "A")):
        db = tmp_path / f"{''.join(order)}.db"
        for k in order:
            api.ingest(texts[k], db, published=date(2025, 6, 6), source=f"Wire {k}")
        api.merge(db)
        got.append(ids_of(db))
    assert got[0] == got[1] and len(got[0]) == 11


def _stored(tmp_path: Path, events: list[Event]) -> Store:
    store = open_store(tmp_path / "ew.db")
    store.upsert_events(events)
    return store


def test_a_report_with_a_smaller_id_joins_without_renaming(tmp_path: Path) -> None:
    with _stored(tmp_path, [strike("ev_5", "Wire", 4)]) as store:
        merge_store(store)
        store.upsert_events([strike("ev_1", "Paper", 4), strike("ev_k", "Local", 2, place=KHARKIV)])
        stats = merge_store(store)
        kyiv = next(c for c in store.load_clusters() if "ev_5" in c.member_ids)
        assert kyiv.member_ids == ["ev_1", "ev_5"] and kyiv.id == cluster_id(["ev_5"]) != cluster_id(["ev_1"])
        assert kyiv.event.id == kyiv.id and stats.kept_ids == 1 and stats.removed == 0
        assert store.clusters_of(["ev_1"]) == {"ev_1": kyiv.id}


def test_split_keeps_the_id_with_the_first_member(tmp_path: Path) -> None:
    with _stored(tmp_path, [strike("ev_5", "Wire", 4)]) as store:
        merge_store(store)
        store.upsert_events([strike("ev_1", "Paper", 4)])
        merge_store(store)
        (joint,) = store.load_clusters()
        assert joint.id == cluster_id(["ev_5"]) and first_member(joint) == "ev_5"
        stats = merge_store(store, APART)  # the two reports no longer link: a split
        parts = {c.member_ids[0]: c.id for c in store.load_clusters()}
        assert parts == {"ev_5": joint.id, "ev_1": cluster_id(["ev_1"])} and stats.removed == 0


def test_join_keeps_the_bigger_and_resolves_the_other_as_alias(tmp_path: Path) -> None:
    big = [strike("ev_1", "Wire", 4), strike("ev_2", "Paper", 4)]
    small = [strike("ev_0", "Daily", 4)]
    with _stored(tmp_path, big + small) as store:
        # An earlier merge that had kept the two apart (as a stricter rule or missing reports would).
        earlier = merge_events(big, mentions=False) + merge_events(small, mentions=False)
        store.save_clusters(earlier, [])
        big_id, small_id = cluster_id(["ev_1"]), cluster_id(["ev_0"])
        assert {c.id for c in earlier} == {big_id, small_id}
        stats = merge_store(store)
        (joined,) = store.load_clusters()
        # A fresh merge would name it after ev_0 (the smallest id); the bigger earlier cluster wins.
        assert joined.id == big_id and joined.aliases == [small_id]
        assert (stats.joined, stats.removed) == (1, 1)
        old_link = store.get_cluster(small_id)
        assert old_link is not None and old_link.id == big_id
        assert store.get_cluster("cev_0000000000000000") is None
        with TestClient(create_app(str(tmp_path / "ew.db"))) as client:  # the old REST link
            got = client.get(f"/api/events/{small_id}")
        assert got.status_code == 200 and got.json()["id"] == big_id and got.json()["aliases"] == [small_id]
        # The merged event itself lists the old id: the Python API, REST lists and exports show it.
        assert [e.aliases for e in api.query(tmp_path / "ew.db", merged=True)] == [[small_id]]
        with TestClient(create_app(str(tmp_path / "ew.db"))) as client:
            listed = client.get("/api/events", params={"merged": "true"}).json()["items"]
        assert [e["aliases"] for e in listed] == [[small_id]]
        # Re-merging changes nothing, and the alias still resolves.
        merge_store(store)
        assert [c.model_dump() for c in store.load_clusters()] == [joined.model_dump()]
        assert store.get_cluster(small_id) is not None
        # Split again: ev_0 wins its own id back, which stops being an alias.
        merge_store(store, APART)
        assert {c.id: c.aliases for c in store.load_clusters()} == {
            big_id: [], small_id: [], cluster_id(["ev_2"]): []}
        assert all(c.event.aliases == [] for c in store.load_clusters())
        assert store.get_cluster(small_id).member_ids == ["ev_0"]  # type: ignore[union-attr]


def test_a_first_member_gone_leaves_the_id_to_the_part_holding_most() -> None:
    evs = [strike("ev_1", "Wire", 4), strike("ev_2", "Paper", 4), strike("ev_3", "Daily", 4)]
    (old,) = merge_events(evs, mentions=False)
    new = merge_events(evs[1:], mentions=False)  # ev_1 deleted after the merge
    fresh = new[0].id
    assert stable_ids(new, [old]) == {fresh: old.id} and new[0].event.id == old.id


def test_a_store_from_before_aliases_upgrades_and_keeps_its_ids(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.upsert_events([strike("ev_5", "Wire", 4), strike("ev_k", "Local", 2, place=KHARKIV)])
        merge_store(store)
        before = {c.id for c in store.load_clusters()}
    conn = sqlite3.connect(path)  # as a store merged before migration 0003 left it
    conn.executescript("DROP TABLE cluster_aliases; DELETE FROM schema_migrations WHERE version = 3;")
    conn.close()
    with open_store(path) as store:
        assert "0003_cluster_aliases" in store.schema_versions()
        store.upsert_events([strike("ev_1", "Paper", 4)])  # joins ev_5's merged event with a smaller id
        stats = merge_store(store)
        assert {c.id for c in store.load_clusters()} == before and stats.removed == 0
