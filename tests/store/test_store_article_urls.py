"""Store.article_urls: the URLs behind a page of events in one query, on every backend."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.store import Store


def test_article_urls_answers_stored_articles_only(store: Store, articles: list[Article]) -> None:
    store.upsert_articles(articles)
    ids = [a.id for a in articles]
    # Repeated and unknown ids are harmless: a merged event's articles overlap with its neighbours'.
    assert store.article_urls([*ids, ids[0], "art_0000000000000000"]) == {
        ids[0]: "https://example.org/a", ids[1]: None, ids[2]: None}
    assert store.article_urls([]) == {}
