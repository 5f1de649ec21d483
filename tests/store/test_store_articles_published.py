"""Store.articles_published: every article of a date window, with or without events, on every backend."""

from __future__ import annotations

from datetime import date, datetime, timezone

from eventwire.model import Article, Event
from eventwire.store import Store


def test_articles_published_lists_the_window_with_or_without_events(
        store: Store, articles: list[Article], events: list[Event]) -> None:
    store.upsert_articles(articles)
    store.upsert_events(events)
    # A report with no event (a reaction) is stored like any other and must be in its days' window.
    bare = Article(text="Leaders condemned the attack on Kyiv.", source="Third Outlet", published=date(2025, 6, 7))
    late = Article(text="A later note on the war.", published=datetime(2025, 6, 9, 0, 5, tzinfo=timezone.utc))
    store.upsert_articles([bare, late])
    kyiv, kharkiv, undated = articles

    def ids(start: date, end: date, page: int = 1000) -> list[str]:
        return [a.id for a in store.articles_published(start, end, page)]

    # Both ends are included; a stored time counts on its day; an undated article is in no window.
    assert sorted(ids(date(2025, 6, 3), date(2025, 6, 7))) == sorted([kharkiv.id, kyiv.id, bare.id])
    assert ids(date(2025, 6, 7), date(2025, 6, 7)) == [bare.id]
    assert ids(date(2025, 6, 9), date(2025, 6, 9)) == [late.id]
    assert ids(date(2025, 6, 4), date(2025, 6, 5)) == []
    assert undated.id not in ids(date(1900, 1, 1), date(2100, 1, 1))
    # Pages of one row walk the window once, in (day, id) order, and the articles come back whole.
    walked = ids(date(2025, 6, 1), date(2025, 6, 30), page=1)
    assert walked == ids(date(2025, 6, 1), date(2025, 6, 30)) and len(walked) == 4
    got = next(store.articles_published(date(2025, 6, 7), date(2025, 6, 7)))
    assert (got.text, got.source, got.published) == (bare.text, bare.source, bare.published)


def test_articles_published_pages_over_rows_of_one_day(store: Store) -> None:
    same_day = [Article(text=f"Report number {k} of the day.", published=date(2024, 1, 2)) for k in range(5)]
    store.upsert_articles(same_day)
    walked = [a.id for a in store.articles_published(date(2024, 1, 2), date(2024, 1, 2), page=2)]
    assert walked == sorted(a.id for a in same_day)
