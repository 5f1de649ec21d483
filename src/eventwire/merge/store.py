"""Merge a store's events into canonical clusters and keep them in the store's cluster tables."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from eventwire.merge.cluster import EventMerger
from eventwire.merge.dedup import HashCache, find_near_duplicates
from eventwire.merge.ids import stable_ids
from eventwire.merge.mentions import AFTER_DAYS, BEFORE_DAYS, LEAD_CHARS, attach_mentions
from eventwire.merge.types import Cluster, MergeConfig
from eventwire.model import Article, Event


@dataclass
class MergeStats:
    """What a merge run did."""

    events: int = 0
    articles: int = 0  # articles of the stored events
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
    quiet_articles: int = 0  # articles of the events' days with no event, read as candidate mentioning sources

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


def window_articles(store: Any, events: list[Event], known: set[str]) -> Iterator[Article]:
    """The stored articles with no event among `known` published in the days a mention of `events` may have."""
    days = [d for e in events for d in (e.date.start, e.date.end) if isinstance(d, date)]
    if not days:
        return
    start, end = min(days) - timedelta(BEFORE_DAYS), max(days) + timedelta(AFTER_DAYS)
    for a in store.articles_published(start, end):
        if a.id not in known:
            # Only a report's title and lead are read for a mention (`mentions.LEAD_CHARS`): a long page's
            # body is not kept in memory for it.
            yield a.model_copy(update={"text": a.text[:LEAD_CHARS]}) if len(a.text) > LEAD_CHARS else a


def merge_store(store: Any, config: MergeConfig | None = None, dedup: bool = True) -> MergeStats:
    """Cluster every stored event into canonical events and store them; re-running is idempotent."""
    t0 = time.perf_counter()
    events = list(iter_events(store))
    article_ids = sorted({a for e in events for a in e.article_ids})
    articles: list[Article] = [a for a in (store.get_article(i) for i in article_ids) if a is not None]
    hashed: HashCache = {}  # the mention step's pass below re-reads these articles
    duplicates = find_near_duplicates(articles, cache=hashed) if dedup else {}
    merger = EventMerger(config, duplicates)
    merger.add_articles(articles)
    merger.add(events)
    clusters = sorted(merger.clusters.values(), key=lambda c: c.id)
    # A report the extractor found no event in ("Leaders condemn the attack") can still name one: every
    # article of the events' days is a candidate mentioning source, as `merge_events(articles=...)` sees them.
    quiet = list(window_articles(store, events, set(article_ids)))
    # A copy of a report may have no event of its own: the copies among the quiet articles count too
    # (with `dedup` off, no copy is read at all).
    mentions = attach_mentions(clusters, merger.events, articles + quiet,
                               None if not dedup else find_near_duplicates(articles + quiet, cache=hashed) if quiet else duplicates)
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
        quiet_articles=len(quiet),
    )
