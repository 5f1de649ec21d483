"""Merge a store's events into canonical clusters and keep them in the store's cluster tables."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.merge.cluster import EventMerger
from eventwire.merge.dedup import find_near_duplicates
from eventwire.merge.ids import stable_ids
from eventwire.merge.mentions import attach_mentions
from eventwire.merge.types import Cluster, MergeConfig
from eventwire.model import Article, Event


@dataclass
class MergeStats:
    """What a merge run did."""

    events: int = 0
    articles: int = 0
    duplicates: int = 0
    edited_copies: int = 0  # near-duplicates stating other tolls than their original: sources of their own
    clusters: int = 0
    multi_source: int = 0
    mentions: int = 0  # articles attached to a cluster as mentioning sources (see `merge.mentions`)
    removed: int = 0
    kept_ids: int = 0  # merged events that kept a stored id their fresh id differs from (`merge.ids`)
    joined: int = 0  # stored merged events joined into another one: their ids are now its aliases
    flags: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Plain-JSON summary."""
        return dict(self.__dict__)


def iter_events(store: Any, page: int = 10_000) -> Iterator[Event]:
    """Every stored event, page by page with the store's cursor."""
    from eventwire.store.base import EventQuery, iter_pages

    yield from iter_pages(store.query_events, EventQuery(limit=page))


def save_clusters(store: Any, clusters: list[Cluster], removed: list[str]) -> None:
    """Write clusters and drop removed ones through the store's cluster tables."""
    store.save_clusters(clusters, removed)


def load_clusters(store: Any) -> list[Cluster]:
    """Stored clusters, by id."""
    return list(store.load_clusters())


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
    # The store lists articles through their events: an article coded with political events only (a
    # reaction, a condemnation) is a candidate mentioning source; one with no event is not seen here.
    mentions = attach_mentions(clusters, merger.events, articles)
    earlier = load_clusters(store)
    renamed = stable_ids(clusters, earlier)
    clusters.sort(key=lambda c: c.id)
    old = {c.id for c in earlier}
    removed = sorted(old - {c.id for c in clusters})
    save_clusters(store, clusters, removed)
    flags = Counter(f.code for c in clusters for f in c.flags)
    outlet = {a.id: a.source for a in articles}
    # A mere copy's figure carries its original's source key; an edited copy's carries its own.
    edited = {f.article_id for c in clusters for fig in (c.fatalities, c.injured) for f in fig.per_source
              if f.copy_of and f.source != (outlet.get(f.copy_of) or f.copy_of)}
    return MergeStats(
        events=len(events),
        articles=len(articles),
        duplicates=len(duplicates),
        edited_copies=len(edited),
        clusters=len(clusters),
        multi_source=sum(1 for c in clusters if len(c.sources) > 1),
        mentions=len(mentions),
        removed=len(removed),
        kept_ids=len(renamed),
        joined=len(old.intersection(a for c in clusters for a in c.aliases)),
        flags=dict(sorted(flags.items())),
        seconds=round(time.perf_counter() - t0, 3),
    )
