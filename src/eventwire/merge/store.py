"""Merge a store's events into canonical clusters and keep them beside the events.

The Store protocol has no cluster tables yet, so clusters go through a hook: a store that has
`save_clusters(clusters, removed)` and `load_clusters()` is used as is; for the SQLite store this
module writes its own two tables (`merge_clusters`, `merge_members`) in the store's transaction.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.merge.cluster import EventMerger
from eventwire.merge.dedup import find_near_duplicates
from eventwire.merge.types import Cluster, MergeConfig
from eventwire.model import Article, Event

_SCHEMA = """
CREATE TABLE IF NOT EXISTS merge_clusters (
    id TEXT PRIMARY KEY, record TEXT NOT NULL, n_members INTEGER NOT NULL, n_sources INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS merge_members (
    event_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merge_members_cluster ON merge_members(cluster_id);
"""


@dataclass
class MergeStats:
    """What a merge run did."""

    events: int = 0
    articles: int = 0
    duplicates: int = 0
    clusters: int = 0
    multi_source: int = 0
    removed: int = 0
    flags: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Plain-JSON summary."""
        return dict(self.__dict__)


def iter_events(store: Any, page: int = 10_000) -> Iterator[Event]:
    """Every stored event, page by page with the store's cursor."""
    from eventwire.store.base import EventQuery, next_cursor

    q = EventQuery(limit=page)
    while True:
        batch = store.query_events(q)
        yield from batch
        cur = next_cursor(batch, q)
        if cur is None:
            return
        q = EventQuery(limit=page, cursor=cur)


def _sqlite_tx(store: Any) -> Any:
    tx = getattr(store, "_tx", None)
    if tx is None:
        raise NotImplementedError(
            f"{type(store).__name__} has no save_clusters(); merged clusters cannot be stored there"
        )
    return tx()


def save_clusters(store: Any, clusters: list[Cluster], removed: list[str]) -> None:
    """Write clusters (and drop removed ones) through the store's hook or the SQLite tables."""
    if hasattr(store, "save_clusters"):
        store.save_clusters(clusters, removed)
        return
    with _sqlite_tx(store) as conn:
        for stmt in _SCHEMA.strip().split(";"):
            if stmt.strip():
                conn.execute(stmt)
        ids = [(c,) for c in removed] + [(c.id,) for c in clusters]
        conn.executemany("DELETE FROM merge_members WHERE cluster_id = ?", ids)
        conn.executemany("DELETE FROM merge_clusters WHERE id = ?", [(c,) for c in removed])
        conn.executemany(
            "INSERT OR REPLACE INTO merge_clusters VALUES (?, ?, ?, ?)",
            [(c.id, c.model_dump_json(), len(c.member_ids), len(c.sources)) for c in clusters],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO merge_members VALUES (?, ?)",
            [(m, c.id) for c in clusters for m in c.member_ids],
        )


def load_clusters(store: Any) -> list[Cluster]:
    """Stored clusters, by id."""
    if hasattr(store, "load_clusters"):
        return list(store.load_clusters())
    with _sqlite_tx(store) as conn:
        for stmt in _SCHEMA.strip().split(";"):
            if stmt.strip():
                conn.execute(stmt)
        rows = conn.execute("SELECT record FROM merge_clusters ORDER BY id").fetchall()
    return [Cluster.model_validate_json(r[0]) for r in rows]


def merge_store(store: Any, config: MergeConfig | None = None, dedup: bool = True) -> MergeStats:
    """Cluster every stored event into canonical events and store them; re-running is idempotent."""
    t0 = time.perf_counter()
    events = list(iter_events(store))
    article_ids = sorted({a for e in events for a in e.article_ids})
    articles: list[Article] = [a for a in (store.get_article(i) for i in article_ids) if a is not None]
    duplicates = find_near_duplicates(articles) if dedup else {}
    merger = EventMerger(config, duplicates)
    merger.add_articles(articles)
    merger.add(events)
    clusters = sorted(merger.clusters.values(), key=lambda c: c.id)
    old = {c.id for c in load_clusters(store)}
    removed = sorted(old - {c.id for c in clusters})
    save_clusters(store, clusters, removed)
    flags = Counter(f.code for c in clusters for f in c.flags)
    return MergeStats(
        events=len(events),
        articles=len(articles),
        duplicates=len(duplicates),
        clusters=len(clusters),
        multi_source=sum(1 for c in clusters if len(c.sources) > 1),
        removed=len(removed),
        flags=dict(sorted(flags.items())),
        seconds=round(time.perf_counter() - t0, 3),
    )
