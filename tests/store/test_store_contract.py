"""SQLite store: migrations, idempotent upserts, filters, full-text search, round trips, dead letters."""

from __future__ import annotations

import sqlite3
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import StoreError, UsageError
from eventwire.model import Article, Event
from eventwire.store import SQLiteStore, Store, open_store
from eventwire.store.base import EventQuery, next_cursor
from eventwire.store.sqlite import MIGRATIONS


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_open_twice_applies_migrations_once(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with open_store(path) as first:
        assert isinstance(first, Store)
        assert first.schema_versions() == [name for _, name, _ in MIGRATIONS]
    with open_store(f"sqlite:///{path}") as second:
        assert second.schema_versions() == ["0001_initial", "0002_clusters", "0003_cluster_aliases",
                                          "0004_cluster_point", "0005_cluster_point_derived"]
        assert second.stats()["events"] == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_open_store_rejects_bad_urls(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://localhost/db")
    with pytest.raises(StoreError, match="directory does not exist"):
        open_store(tmp_path / "missing" / "x.db")
    # A folder given as --db: sqlite3 said "unable to open database file", and a query suggested ingesting into it.
    for must_exist in (False, True):
        with pytest.raises(StoreError, match=f"it is a folder; --db takes a database file, e.g. {tmp_path}/eventwire.db"):
            open_store(tmp_path, must_exist=must_exist)


def test_article_upsert_is_idempotent_and_round_trips(store: Store, articles: list[Article]) -> None:
    assert store.upsert_article(articles[0]) is True
    assert store.upsert_article(articles[0]) is False
    assert store.upsert_articles(articles) == 2
    assert store.upsert_articles(articles) == 0
    assert store.stats()["articles"] == 3
    for art in articles:
        assert store.has_article(art.id)
        got = store.get_article(art.id)
        assert got is not None and got.model_dump() == art.model_dump()
    # date and datetime publication values come back as what they were
    assert type(store.get_article(articles[0].id).published) is date  # type: ignore[union-attr]
    assert store.get_article("art_nope") is None
    assert not store.has_article("art_nope")


def test_event_round_trip_is_identical(store: Store, events: list[Event]) -> None:
    assert store.upsert_events(events) == 4
    for ev in events:
        got = store.get_event(ev.id)
        assert got is not None and got.model_dump() == ev.model_dump()
    queried = {e.id: e for e in store.query_events(EventQuery())}
    assert {k: v.model_dump() for k, v in queried.items()} == {e.id: e.model_dump() for e in events}


def test_event_upsert_twice_adds_nothing_and_replaces(store: Store, events: list[Event]) -> None:
    store.upsert_events(events)
    before = store.stats()
    store.upsert_events(events)
    assert store.stats() == before
    assert before["events"] == 4 and before["event_articles"] == 4
    changed = events[0].model_copy(update={"confidence": 0.2, "article_ids": ["art_other"], "evidence": []})
    assert store.upsert_events([changed]) == 1
    assert store.get_event(changed.id).confidence == 0.2  # type: ignore[union-attr]
    assert store.stats()["events"] == 4
    # links follow the replaced record
    assert ids(store.query_events(EventQuery(article_id="art_other"))) == [changed.id]
    assert changed.id not in ids(store.query_events(EventQuery(article_id=events[0].article_ids[0])))


def test_an_article_extracted_again_replaces_its_events_and_keeps_others(store: Store, events: list[Event]) -> None:
    store.upsert_events(events)
    kyiv = events[0]
    art = kyiv.article_ids[0]
    own = {e.id for e in events if e.article_ids == [art]}
    assert own == {"ev_kyiv_strike", "ev_threat"}
    redone = kyiv.model_copy(update={"id": "ev_kyiv_strike_v2"})  # a new date or outlet: a new id, same article
    assert store.replace_article_events(art, [redone]) == 2
    assert ids(store.query_events(EventQuery(article_id=art))) == ["ev_kyiv_strike_v2"]
    assert all(store.get_event(i) is None for i in own)
    assert all(store.get_event(e.id) is not None for e in events if e.id not in own)  # other articles' stay
    assert store.stats()["events"] == store.stats()["event_articles"] == len(events) - 1
    assert store.replace_article_events(art, [redone]) == 0  # the same extraction again changes nothing
    assert kyiv.id not in ids(store.query_events(EventQuery(text="apartment")))  # nor is it found by its words
    assert "ev_kyiv_strike_v2" in ids(store.query_events(EventQuery(text="apartment")))


def test_event_without_id_is_rejected(store: Store) -> None:
    with pytest.raises(StoreError, match="without an id"):
        store.upsert_events([Event()])


def test_filters(store: Store, articles: list[Article], events: list[Event]) -> None:
    store.upsert_articles(articles)
    store.upsert_events(events)
    assert ids(store.query_events(EventQuery())) == [
        "ev_threat",
        "ev_qatana",
        "ev_kharkiv_shelling",
        "ev_kyiv_strike",
    ]
    assert ids(store.query_events(EventQuery(event_type="Explosions/Remote violence"))) == [
        "ev_qatana",
        "ev_kharkiv_shelling",
        "ev_kyiv_strike",
    ]
    assert ids(store.query_events(EventQuery(sub_event_type="Shelling/artillery/missile attack"))) == [
        "ev_kharkiv_shelling"
    ]
    assert ids(store.query_events(EventQuery(country="sy"))) == ["ev_qatana"]
    assert store.count_events(EventQuery(country="UA")) == 2
    # date ranges select events whose span overlaps them; undated events never match a range
    assert ids(store.query_events(EventQuery(since=date(2025, 6, 4)))) == ["ev_qatana", "ev_kyiv_strike"]
    assert ids(store.query_events(EventQuery(until=date(2025, 6, 2)))) == ["ev_qatana"]
    assert ids(store.query_events(EventQuery(since=date(2025, 6, 3), until=date(2025, 6, 3)))) == [
        "ev_qatana",
        "ev_kharkiv_shelling",
    ]
    assert ids(store.query_events(EventQuery(article_id=articles[0].id))) == ["ev_threat", "ev_kyiv_strike"]
    combined = EventQuery(country="UA", since=date(2025, 6, 5), event_type="Explosions/Remote violence")
    assert ids(store.query_events(combined)) == ["ev_kyiv_strike"]
    assert store.count_events(EventQuery(limit=1)) == 4


def test_text_filter_searches_articles_and_evidence(
    store: Store, articles: list[Article], events: list[Event]
) -> None:
    store.upsert_events(events)
    # evidence text is indexed even before the articles are stored
    assert ids(store.query_events(EventQuery(text="Qatana"))) == ["ev_qatana"]
    assert store.query_events(EventQuery(text="wounded")) == []
    store.upsert_articles(articles)
    # "wounded" is only in the Kharkiv article's text, beyond the evidence span
    assert ids(store.query_events(EventQuery(text="wounded"))) == ["ev_kharkiv_shelling"]
    assert store.count_events(EventQuery(text="KYIV apartment")) == 2
    # FTS syntax in user input is neutralised, not an error
    assert store.query_events(EventQuery(text='"unbalanced AND (')) == []
    assert store.query_events(EventQuery(text="!!!")) == []


def test_search_articles(store: Store, articles: list[Article]) -> None:
    store.upsert_articles(articles)
    assert [a.title for a in store.search_articles("drones")] == ["Drones hit Kyiv"]
    assert [a.title for a in store.search_articles("kharkiv wounded")] == ["Kharkiv shelled"]
    # words across the U+2002 space are separate tokens
    assert [a.title for a in store.search_articles("fires")] == ["Drones hit Kyiv"]
    assert store.search_articles("drone", limit=5)[0].text.startswith("A drone hit")
    assert store.search_articles("") == []
    # re-upserting an edited article re-indexes it
    edited = articles[0].model_copy(update={"text": "Power cuts in Odesa after the attack."})
    store.upsert_article(edited)
    assert store.search_articles("apartment") == []
    assert [a.id for a in store.search_articles("Odesa")] == [edited.id]


def test_cursor_pagination_walks_everything_once(store: Store, events: list[Event]) -> None:
    store.upsert_events(events)
    q = EventQuery(limit=1)
    seen: list[str] = []
    while True:
        page = store.query_events(q)
        seen += ids(page)
        cursor = next_cursor(page, q)
        if cursor is None:
            break
        q = q.model_copy(update={"cursor": cursor})
    assert seen == ids(store.query_events(EventQuery()))
    assert ids(store.query_events(EventQuery(limit=2, offset=2))) == seen[2:4]
    with pytest.raises(UsageError):
        store.query_events(EventQuery(cursor="not-a-cursor"))


def test_query_validation() -> None:
    # Filters come from people (flags, query strings): a usage error naming the filter, not a pydantic dump.
    with pytest.raises(UsageError, match=r"^invalid query: country must be .* \(got 'Ukraine'\)$"):
        EventQuery(country="Ukraine")
    with pytest.raises(UsageError, match=r"^invalid query: since \(2025-06-07\) is after until \(2025-06-01\)$"):
        EventQuery(since=date(2025, 6, 7), until=date(2025, 6, 1))
    with pytest.raises(UsageError, match=r"limit: .* \(got -1\)"):
        EventQuery(limit=-1)


def test_runs_and_failures(store: Store) -> None:
    run = store.start_run({"pipeline": "default", "sources": ["a.txt"]})
    store.record_failure(run, "bad.html", "no text extracted", stage="read")
    store.record_failure(run, "big.txt", "document too large")
    store.record_failure(None, "orphan.txt", "encoding")
    store.finish_run(run, {"documents": 3, "failed": 2})
    assert [f["source"] for f in store.failures(run)] == ["bad.html", "big.txt"]
    assert store.failures(run)[0]["stage"] == "read" and store.failures(run)[1]["stage"] is None
    assert len(store.failures()) == 3
    runs = store.runs()
    assert runs[0]["config"]["pipeline"] == "default" and runs[0]["stats"] == {"documents": 3, "failed": 2}
    assert runs[0]["finished_at"] is not None
    assert store.stats()["failures"] == 3 and store.stats()["runs"] == 1
    with pytest.raises(StoreError):
        store.finish_run("run_unknown", {})
    with pytest.raises(StoreError):
        store.record_failure("run_unknown", "x", "y")


def test_stats_counts_events_by_type(store: Store, events: list[Event]) -> None:
    store.upsert_events(events)
    assert store.stats()["events_by_type"] == {"Explosions/Remote violence": 3, "(none)": 1}


def test_data_persists_across_connections_and_threads(tmp_path: Path, events: list[Event]) -> None:
    path = tmp_path / "p.db"
    store = SQLiteStore(path)
    errors: list[BaseException] = []

    def write(batch: list[Event]) -> None:
        try:
            store.upsert_events(batch)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=([e],)) for e in events]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store.close()
    assert errors == []
    with open_store(path) as again:
        assert again.count_events(EventQuery()) == 4


def test_postgres_url_without_psycopg_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes `import psycopg` fail as if it were not installed.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.delitem(sys.modules, "eventwire.store.postgres", raising=False)
    with pytest.raises(StoreError, match=r"pip install '\.\[postgres\]' in the eventwire checkout"):
        open_store("postgresql://user@localhost/db")


def test_a_query_word_finds_the_longer_words_it_begins(
    store: Store, articles: list[Article], events: list[Event]
) -> None:
    store.upsert_articles([*articles, Article(text="A warehouse burned near the port.", title="Fire")])
    store.upsert_events(events)
    # "drone" finds "Russian drones struck …" as well as "A drone hit …": the index does not stem. Whole words first.
    assert [a.title for a in store.search_articles("drone")] == [None, "Drones hit Kyiv"]
    assert [a.title for a in store.search_articles("shell")] == ["Kharkiv shelled"]
    assert "ev_kyiv_strike" in ids(store.query_events(EventQuery(text="drone apartment")))
    assert ids(store.query_events(EventQuery(text="shell"))) == ["ev_kharkiv_shelling"]
    # Words under four letters stay whole: "war" must not find "warehouse".
    assert store.search_articles("war") == []
    assert [a.title for a in store.search_articles("ware")] == ["Fire"]
