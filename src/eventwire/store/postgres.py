"""PostgreSQL store (psycopg 3): the SQLite schema with native types, jsonb records and tsvector search."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any

import psycopg

from eventwire.errors import StoreError
from eventwire.model import Article, Event
from eventwire.store.base import EventQuery, check_cluster_query, decode_cursor, event_article_ids, fts_terms
from eventwire.store.rows import (
    ARTICLE_COLUMNS,
    CLUSTER_COLUMNS,
    EVENT_COLUMNS,
    article_row,
    cluster_row,
    event_row,
    now_iso,
    row_article,
    row_cluster,
    row_event,
)

if TYPE_CHECKING:
    from eventwire.merge.types import Cluster

_INITIAL = """
CREATE TABLE articles (
    id text COLLATE "C" PRIMARY KEY,
    url text, source text, title text, published text, language text,
    text text NOT NULL,
    fetched_at timestamptz NOT NULL,
    meta jsonb NOT NULL DEFAULT '{}',
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_tsv ON articles USING gin(tsv);

CREATE TABLE events (
    id text COLLATE "C" PRIMARY KEY,
    event_type text, sub_event_type text, plover_event text,
    date_start date, date_end date,
    country_code text, geonameid bigint, lat double precision, lon double precision,
    fatalities_best integer, injured_best integer, confidence double precision,
    search_text text NOT NULL DEFAULT '',
    record jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED
);
CREATE INDEX events_date ON events(date_start NULLS FIRST, id);
CREATE INDEX events_type_date ON events(event_type, date_start);
CREATE INDEX events_subtype_date ON events(sub_event_type, date_start);
CREATE INDEX events_country_date ON events(country_code, date_start);
CREATE INDEX events_geonameid ON events(geonameid);
CREATE INDEX events_tsv ON events USING gin(tsv);

CREATE TABLE event_articles (
    event_id text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_articles_article ON event_articles(article_id);

CREATE TABLE runs (
    id text PRIMARY KEY,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    config jsonb NOT NULL DEFAULT '{}',
    stats jsonb
);

CREATE TABLE failures (
    id bigserial PRIMARY KEY,
    run_id text REFERENCES runs(id) ON DELETE SET NULL,
    source text NOT NULL,
    reason text NOT NULL,
    stage text,
    created_at timestamptz NOT NULL
);
CREATE INDEX failures_run ON failures(run_id);
"""

# Merged clusters: canonical-event columns for filtering, the full JSON record, and membership.
_CLUSTERS = """
DROP TABLE IF EXISTS merge_members;
DROP TABLE IF EXISTS merge_clusters;
CREATE TABLE clusters (
    id text COLLATE "C" PRIMARY KEY,
    event_type text, sub_event_type text,
    date_start date, date_end date,
    country_code text,
    n_members integer NOT NULL, n_sources integer NOT NULL,
    fatalities_best integer,
    record jsonb NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX clusters_date ON clusters(date_start NULLS FIRST, id);
CREATE INDEX clusters_country_date ON clusters(country_code, date_start);
CREATE TABLE cluster_members (
    event_id text COLLATE "C" PRIMARY KEY,
    cluster_id text COLLATE "C" NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "0001_initial", _INITIAL),
    (2, "0002_clusters", _CLUSTERS),
]
_LOCK_KEY = 0x6576_7774  # advisory lock id: one migrator at a time across processes

_ARTICLE_UPSERT = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join(['%s'] * len(ARTICLE_COLUMNS))}) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS[1:])
)
_EVENT_UPSERT = (
    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join(['%s'] * len(EVENT_COLUMNS))}) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in EVENT_COLUMNS[1:])
)
_CLUSTER_UPSERT = (
    f"INSERT INTO clusters ({', '.join(CLUSTER_COLUMNS)}) VALUES ({', '.join(['%s'] * len(CLUSTER_COLUMNS))}) "
    "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in CLUSTER_COLUMNS[1:])
)
_ARTICLE_SELECT = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
_BATCH = 5000


def _tsquery(text: str) -> str | None:
    # Quoted lexemes joined by &: user input can never be read as tsquery syntax.
    terms = fts_terms(text.lower())
    return " & ".join("'" + t.replace("'", "") + "'" for t in terms) if terms else None


class PostgresStore:
    """The team store: same contract and schema shape as SQLiteStore, on PostgreSQL."""

    def __init__(self, url: str):
        self.url = url
        self._lock = threading.RLock()
        try:
            self._conn = psycopg.connect(url, autocommit=True)
            self._migrate()
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self._safe_url()}: {exc}") from exc

    def _safe_url(self) -> str:
        # Never echo a password from the URL into logs or error messages.
        head, _, tail = self.url.rpartition("@")
        return f"{self.url.split('://')[0]}://***@{tail}" if head else self.url

    def _migrate(self) -> None:
        with self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)"
            )
            done = {r[0] for r in self._conn.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in MIGRATIONS:
                if version in done:
                    continue
                self._conn.execute(sql)  # type: ignore[arg-type]
                self._conn.execute(
                    "INSERT INTO schema_migrations VALUES (%s, %s, %s)", (version, name, now_iso())
                )

    @contextmanager
    def _tx(self) -> Iterator[psycopg.Connection]:
        with self._lock:
            try:
                with self._conn.transaction():
                    yield self._conn
            except psycopg.Error as exc:
                raise StoreError(f"{self._safe_url()}: {exc}") from exc

    def _read(self, sql: str, params: Any = ()) -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()  # type: ignore[arg-type]
            except psycopg.Error as exc:
                raise StoreError(f"{self._safe_url()}: {exc}") from exc

    def schema_versions(self) -> list[str]:
        """Names of the applied migrations, in order."""
        return [r[0] for r in self._read("SELECT name FROM schema_migrations ORDER BY version")]

    # -- articles -----------------------------------------------------------------

    def upsert_article(self, article: Article) -> bool:
        """Store an article; True if its id was new (idempotent by id)."""
        return self.upsert_articles([article]) == 1

    def upsert_articles(self, articles: list[Article]) -> int:
        """Store many articles in one transaction; returns how many were new."""
        if not articles:
            return 0
        ids = list(dict.fromkeys(a.id for a in articles))
        with self._tx() as conn:
            known = {r[0] for r in conn.execute("SELECT id FROM articles WHERE id = ANY(%s)", (ids,))}
            with conn.cursor() as cur:
                cur.executemany(_ARTICLE_UPSERT, [article_row(a) for a in articles])
        return len(ids) - len(known)

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return bool(self._read("SELECT 1 FROM articles WHERE id = %s", (article_id,)))

    def get_article(self, article_id: str) -> Article | None:
        """The stored article, or None."""
        rows = self._read(f"{_ARTICLE_SELECT} WHERE id = %s", (article_id,))
        return row_article(rows[0]) if rows else None

    def search_articles(self, text: str, limit: int = 20) -> list[Article]:
        """Articles whose title or text contains all the words, best match first."""
        tsq = _tsquery(text)
        if tsq is None or limit <= 0:
            return []
        sql = (
            f"{_ARTICLE_SELECT} WHERE tsv @@ to_tsquery('simple', %s) "
            "ORDER BY ts_rank(tsv, to_tsquery('simple', %s)) DESC, id LIMIT %s"
        )
        return [row_article(r) for r in self._read(sql, (tsq, tsq, limit))]

    # -- events -------------------------------------------------------------------

    def upsert_events(self, events: list[Event]) -> int:
        """Store events, replacing any with the same id; returns how many were written."""
        if not events:
            return 0
        if any(not e.id for e in events):
            raise StoreError("cannot store an event without an id")
        latest = list({e.id: e for e in events}.values())
        stamp = now_iso()
        for i in range(0, len(latest), _BATCH):
            batch = latest[i : i + _BATCH]
            with self._tx() as conn, conn.cursor() as cur:
                cur.executemany(_EVENT_UPSERT, [event_row(e, stamp) for e in batch])
                cur.execute("DELETE FROM event_articles WHERE event_id = ANY(%s)", ([e.id for e in batch],))
                cur.executemany(
                    "INSERT INTO event_articles (event_id, article_id) VALUES (%s, %s)",
                    [(e.id, a) for e in batch for a in event_article_ids(e)],
                )
        return len(latest)

    def get_event(self, event_id: str) -> Event | None:
        """The stored event, or None."""
        rows = self._read("SELECT record FROM events WHERE id = %s", (event_id,))
        return row_event(rows[0][0]) if rows else None

    def _where(self, q: EventQuery, paging: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("e.event_type", q.event_type),
            ("e.sub_event_type", q.sub_event_type),
            ("e.country_code", q.country),
        ):
            if value is not None:
                clauses.append(f"{column} = %s")
                params.append(value)
        if q.since:
            clauses.append("e.date_end >= %s")
            params.append(q.since)
        if q.until:
            clauses.append("e.date_start <= %s")
            params.append(q.until)
        if q.article_id:
            clauses.append("e.id IN (SELECT event_id FROM event_articles WHERE article_id = %s)")
            params.append(q.article_id)
        if q.text is not None:
            tsq = _tsquery(q.text)
            if tsq is None:
                clauses.append("false")
            else:
                clauses.append(
                    "(e.tsv @@ to_tsquery('simple', %s) OR e.id IN (SELECT ea.event_id FROM event_articles ea"
                    " JOIN articles a ON a.id = ea.article_id WHERE a.tsv @@ to_tsquery('simple', %s)))"
                )
                params += [tsq, tsq]
        if paging and q.cursor:
            day, last_id = decode_cursor(q.cursor)
            if day:
                clauses.append("(e.date_start > %s::date OR (e.date_start = %s::date AND e.id > %s))")
                params += [day, day, last_id]
            else:
                clauses.append("(e.date_start IS NOT NULL OR e.id > %s)")
                params.append(last_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query_events(self, q: EventQuery) -> list[Event]:
        """Events matching the query, ordered by (date_start, id), undated first as in SQLite."""
        where, params = self._where(q, paging=True)
        sql = (
            f"SELECT e.record FROM events e{where} ORDER BY e.date_start NULLS FIRST, e.id LIMIT %s OFFSET %s"
        )
        return [row_event(r[0]) for r in self._read(sql, [*params, q.limit, q.offset])]

    def count_events(self, q: EventQuery) -> int:
        """How many events match the query (ignores limit, offset and cursor)."""
        where, params = self._where(q, paging=False)
        return int(self._read(f"SELECT count(*) FROM events e{where}", params)[0][0])

    # -- merged clusters ----------------------------------------------------------

    def save_clusters(self, clusters: list[Cluster], removed: list[str]) -> int:
        """Store merged clusters (replacing same ids and their members), drop `removed` ids; returns written."""
        latest = {c.id: c for c in clusters}
        stamp = now_iso()
        with self._tx() as conn, conn.cursor() as cur:
            cur.execute("DELETE FROM clusters WHERE id = ANY(%s)", (list(removed),))
            cur.executemany(_CLUSTER_UPSERT, [cluster_row(c, stamp) for c in latest.values()])
            cur.execute("DELETE FROM cluster_members WHERE cluster_id = ANY(%s)", (list(latest),))
            cur.executemany(
                "INSERT INTO cluster_members (event_id, cluster_id) VALUES (%s, %s) "
                "ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id",
                [(m, c.id) for c in latest.values() for m in c.member_ids],
            )
        return len(latest)

    def load_clusters(self) -> list[Cluster]:
        """Every stored cluster, by id."""
        return [row_cluster(r[0]) for r in self._read("SELECT record FROM clusters ORDER BY id")]

    def query_clusters(self, q: EventQuery) -> list[Cluster]:
        """Clusters whose canonical event matches the query (type, country, dates, paging), by (date_start, id)."""
        check_cluster_query(q)
        where, params = self._where(q, paging=True)
        sql = (
            f"SELECT e.record FROM clusters e{where} ORDER BY e.date_start NULLS FIRST, e.id LIMIT %s OFFSET %s"
        )
        return [row_cluster(r[0]) for r in self._read(sql, [*params, q.limit, q.offset])]

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        """Cluster id of each given event that belongs to a stored cluster."""
        rows = self._read(
            "SELECT event_id, cluster_id FROM cluster_members WHERE event_id = ANY(%s)", (list(event_ids),)
        )
        return {r[0]: r[1] for r in rows}

    # -- runs and dead letters ----------------------------------------------------

    def start_run(self, config: dict[str, Any]) -> str:
        """Open a run record; returns its id."""
        run_id = "run_" + uuid.uuid4().hex[:16]
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO runs (id, started_at, config) VALUES (%s, %s, %s)",
                (run_id, now_iso(), json.dumps(config, default=str)),
            )
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        """Close a run record with its stats summary."""
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE runs SET finished_at = %s, stats = %s WHERE id = %s",
                (now_iso(), json.dumps(stats, default=str), run_id),
            )
            if cur.rowcount == 0:
                raise StoreError(f"unknown run {run_id!r}")

    def runs(self) -> list[dict[str, Any]]:
        """Run records, oldest first."""
        rows = self._read(
            "SELECT id, started_at, finished_at, config, stats FROM runs ORDER BY started_at, id"
        )
        return [
            {
                "id": r[0],
                "started_at": r[1].isoformat(),
                "finished_at": r[2].isoformat() if r[2] else None,
                "config": r[3],
                "stats": r[4],
            }
            for r in rows
        ]

    def record_failure(self, run_id: str | None, source: str, reason: str, stage: str | None = None) -> None:
        """Keep a dead letter: a document that failed, where and why."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO failures (run_id, source, reason, stage, created_at) VALUES (%s, %s, %s, %s, %s)",
                (run_id, source, reason, stage, now_iso()),
            )

    def failures(self, run_id: str | None = None) -> list[dict[str, Any]]:
        """Dead letters, oldest first (all runs, or one)."""
        sql = "SELECT run_id, source, reason, stage, created_at FROM failures"
        params: tuple[Any, ...] = ()
        if run_id is not None:
            sql += " WHERE run_id = %s"
            params = (run_id,)
        keys = ("run_id", "source", "reason", "stage", "created_at")
        rows = self._read(sql + " ORDER BY id", params)
        return [dict(zip(keys, (*r[:4], r[4].isoformat()), strict=True)) for r in rows]

    # -- summary and lifecycle ----------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts: articles, events, links, runs, failures, merged clusters, events by type."""
        counts = {
            t: int(self._read(f"SELECT count(*) FROM {t}")[0][0])
            for t in ("articles", "events", "event_articles", "runs", "failures", "clusters")
        }
        by_type = self._read(
            "SELECT coalesce(event_type, ''), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
        )
        return {
            **counts,
            "events_by_type": {(t or "(none)"): int(n) for t, n in by_type},
            "schema": self.schema_versions(),
        }

    def close(self) -> None:
        """Release the connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self._safe_url()!r})"
