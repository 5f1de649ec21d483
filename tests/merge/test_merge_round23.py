"""Round 23: the store's merge sees every article of its events' days, as `merge_events(articles=...)` does."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from test_merge_round12 import DAY, _articles, _iran_attack

from eventwire.merge import merge_events
from eventwire.merge.mentions import AFTER_DAYS, LEAD_CHARS
from eventwire.merge.store import merge_store
from eventwire.model import Article
from eventwire.store import EventQuery, open_store


def _mentions(clusters: list) -> dict[str, frozenset[str]]:
    """Each mentioning article with the events of its cluster (ids differ between paths, members do not)."""
    return {a: frozenset(c.member_ids) for c in clusters for a in c.mentions}


def test_the_store_merge_links_what_merge_events_links(tmp_path: Path) -> None:
    events = _iran_attack()
    quiet = [Article(id="art_i", text="Israeli air defenses intercept Iranian drones", source="toi", published=DAY),
             # The last day a mention may have, and the first it may not.
             Article(id="art_c", text="War cabinet in Israel meets to weigh its response to Iran's attack", source="kan",
                     published=DAY + timedelta(days=AFTER_DAYS)),
             Article(id="art_late", text="Israel war cabinet weighs response to Iran's attack", source="kan",
                     published=DAY + timedelta(days=AFTER_DAYS + 1)),
             Article(id="art_undated", text="Iranian drones intercepted over Israel", source="x")]
    arts = _articles(events, quiet)
    with open_store(tmp_path / "ew.db") as store:
        store.upsert_articles(arts)
        store.upsert_events(events)
        stats = merge_store(store, dedup=False)
        stored = store.load_clusters()
    direct = merge_events(events, articles=arts)
    assert _mentions(stored) == _mentions(direct)
    assert set(_mentions(stored)) == {"art_i", "art_c"}
    # art_late and art_undated are in no window of these events' days: neither is read.
    assert (stats.mentions, stats.quiet_articles) == (2, 2)


def test_a_long_page_with_no_event_is_read_by_its_lead(tmp_path: Path) -> None:
    events = _iran_attack()
    # What the mention rules read is the title and lead (`mentions.LEAD_CHARS`); the body is dropped
    # from memory, so a long page links as its lead does.
    body = " The market reopened after the holiday." * (3 * LEAD_CHARS // 40)
    page = Article(id="art_p", title="Israeli air defenses intercept Iranian drones",
                   text="Sirens sounded across Israel overnight." + body, source="toi", published=DAY)
    arts = _articles(events, [page])
    with open_store(tmp_path / "ew.db") as store:
        store.upsert_articles(arts)
        store.upsert_events(events)
        merge_store(store, dedup=False)
        stored = store.load_clusters()
        assert len(store.get_article("art_p").text) == len(page.text)  # the stored page is untouched
    assert _mentions(stored) == _mentions(merge_events(events, articles=arts)) and "art_p" in _mentions(stored)


def test_ingest_keeps_an_article_with_no_event_for_the_merge(tmp_path: Path) -> None:
    from datetime import date

    from eventwire.run import run_into_store

    # The store merge reads such articles by day: ingest must keep their rows (run.run_into_store).
    quiet = Article(id="art_q", text="Foreign ministers met in Geneva to discuss trade tariffs.", source="wire",
                    published=date(2024, 4, 14))
    with open_store(tmp_path / "ew.db") as store:
        run_into_store([quiet], store)
        assert store.query_events(EventQuery()) == []  # nothing in it to extract
        got = [a.id for a in store.articles_published(date(2024, 4, 14), date(2024, 4, 14))]
    assert got == ["art_q"]
