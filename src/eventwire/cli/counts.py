"""What one ingest stored itself, counted at its own writes: a store's totals also move with other writers."""

from __future__ import annotations

from typing import Any

from eventwire.model import Article, Event


class CountingStore:
    """A store that counts the articles and events this run added (another writer's ingest at once is not counted)."""

    def __init__(self, store: Any):
        self._store = store
        self.articles = 0
        self.events = 0  # net: an article read again may come back with fewer events

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def upsert_article(self, article: Article) -> bool:
        """Store the article; count it when it is new."""
        new = bool(self._store.upsert_article(article))
        self.articles += new
        return new

    def upsert_events(self, events: list[Event]) -> int:
        """Store the events of a new article (run_into_store calls it for those alone); count them."""
        written = int(self._store.upsert_events(events))
        self.events += written
        return written

    def replace_article_events(self, article_id: str, events: list[Event]) -> int:
        """Replace an article's events; count the change in how many it has."""
        from eventwire.store.base import EventQuery

        q = EventQuery(article_id=article_id)
        before = self._store.count_events(q)
        dropped = int(self._store.replace_article_events(article_id, events))
        self.events += self._store.count_events(q) - before
        return dropped
