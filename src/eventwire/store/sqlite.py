"""SQLite store: one file, WAL, one writer, FTS5 over articles and event evidence."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from eventwire.errors import StoreError
from eventwire.model import Article, Event
from eventwire.store.base import EventQuery, check_cluster_query, decode_cursor, event_article_ids, fts5_query
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
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);

-- External-content FTS: the text is stored once, in articles; triggers keep the index in step.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    event_type TEXT,
    sub_event_type TEXT,
    plover_event TEXT,
    date_start TEXT,
    date_end TEXT,
    country_code TEXT,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    fatalities_best INTEGER,
    injured_best INTEGER,
    confidence REAL,
    search_text TEXT NOT NULL DEFAULT '',
    record TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_date ON events(date_start, id);
CREATE INDEX events_type_date ON events(event_type, date_start);
CREATE INDEX events_subtype_date ON events(sub_event_type, date_start);
CREATE INDEX events_country_date ON events(country_code, date_start);
CREATE INDEX events_geonameid ON events(geonameid);

CREATE VIRTUAL TABLE events_fts USING fts5(
    search_text, content='events', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER events_au AFTER UPDATE OF search_text ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO events_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;

-- No foreign key to articles: events may be loaded (e.g. from JSONL) before or without their articles.
CREATE TABLE event_articles (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_articles_article ON event_articles(article_id);

CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    config TEXT NOT NULL DEFAULT '{}',
    stats TEXT
);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT REFERENCES runs(id) ON DELETE SET NULL,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX failures_run ON failures(run_id);
"""

# Merged clusters: the canonical event of each (as columns for filtering, plus the full JSON
# record with reconciled figures and flags) and which stored event belongs to which cluster.
_CLUSTERS = """
-- Tables an earlier merge command wrote outside the migrations: `eventwire merge` rebuilds them.
DROP TABLE IF EXISTS merge_members;
DROP TABLE IF EXISTS merge_clusters;
CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    event_type TEXT,
    sub_event_type TEXT,
    date_start TEXT,
    date_end TEXT,
    country_code TEXT,
    n_members INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    fatalities_best INTEGER,
    record TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX clusters_date ON clusters(date_start, id);
CREATE INDEX clusters_country_date ON clusters(country_code, date_start);
-- No foreign key to events: a cluster outlives an event deleted after the merge, until the next merge.
CREATE TABLE cluster_members (
    event_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
"""

# Named migrations, applied in order and recorded in schema_migrations; append, never edit.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "0001_initial", _INITIAL),
    (2, "0002_clusters", _CLUSTERS),
]

_ARTICLE_UPSERT = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS[1:])
)
_EVENT_UPSERT = (
    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in EVENT_COLUMNS[1:])
)
_CLUSTER_UPSERT = (
    f"INSERT INTO clusters ({', '.join(CLUSTER_COLUMNS)}) VALUES ({', '.join('?' * len(CLUSTER_COLUMNS))}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in CLUSTER_COLUMNS[1:])
)
_ARTICLE_SELECT = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
_BATCH = 5000


def sqlite_path(url: str) -> str:
    """The file path of a plain path or `sqlite:///path` URL."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite://"):
        return url[len("sqlite://") :] or ":memory:"
    return url


class SQLiteStore:
    """The embedded default store; safe to share across threads (one lock, one writer)."""

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = str(path)
        self.url = self.path
        if self.path != ":memory:" and not Path(self.path).parent.is_dir():
            raise StoreError(f"cannot open store {self.path}: directory does not exist")
        self._lock = threading.RLock()
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves so every write batch is one transaction.
            self._conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    # -- plumbing -----------------------------------------------------------------

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for version, name, sql in MIGRATIONS:
            if self._applied(version):
                continue
            stamp = now_iso().replace("'", "")
            script = (
                f"BEGIN IMMEDIATE;\n{sql}\n"
                f"INSERT INTO schema_migrations VALUES ({version}, '{name}', '{stamp}');\nCOMMIT;"
            )
            try:
                conn.executescript(script)
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                # Another process may have migrated between our check and our BEGIN.
                if not self._applied(version):
                    raise StoreError(f"migration {name} failed: {exc}") from exc

    def _applied(self, version: int) -> bool:
        row = self._conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone()
        return row is not None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: {exc}") from exc

    def _read(self, sql: str, params: Any = ()) -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: {exc}") from exc

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
            known: set[str] = set()
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ", ".join("?" * len(chunk))
                known.update(
                    r[0] for r in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
                )
            conn.executemany(_ARTICLE_UPSERT, [article_row(a) for a in articles])
        return len(ids) - len(known)

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def get_article(self, article_id: str) -> Article | None:
        """The stored article, or None."""
        rows = self._read(f"{_ARTICLE_SELECT} WHERE id = ?", (article_id,))
        return row_article(rows[0]) if rows else None

    def search_articles(self, text: str, limit: int = 20) -> list[Article]:
        """Articles whose title or text contains all the words, best match (bm25) first."""
        match = fts5_query(text)
        if match is None or limit <= 0:
            return []
        sql = (
            f"SELECT {', '.join('a.' + c for c in ARTICLE_COLUMNS)} FROM articles_fts f "
            "JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?"
        )
        return [row_article(r) for r in self._read(sql, (match, limit))]

    # -- events -------------------------------------------------------------------

    def upsert_events(self, events: list[Event]) -> int:
        """Store events, replacing any with the same id; returns how many were written."""
        if not events:
            return 0
        if any(not e.id for e in events):
            raise StoreError("cannot store an event without an id")
        # The last record for an id wins, as if the batch were written one by one.
        latest = {e.id: e for e in events}
        stamp = now_iso()
        for i in range(0, len(latest), _BATCH):
            batch = list(latest.values())[i : i + _BATCH]
            with self._tx() as conn:
                conn.executemany(_EVENT_UPSERT, [event_row(e, stamp) for e in batch])
                conn.executemany("DELETE FROM event_articles WHERE event_id = ?", [(e.id,) for e in batch])
                conn.executemany(
                    "INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)",
                    [(e.id, a) for e in batch for a in event_article_ids(e)],
                )
        return len(latest)

    def get_event(self, event_id: str) -> Event | None:
        """The stored event, or None."""
        rows = self._read("SELECT record FROM events WHERE id = ?", (event_id,))
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
                clauses.append(f"{column} = ?")
                params.append(value)
        # An event matches a date range when its span overlaps it.
        if q.since:
            clauses.append("e.date_end >= ?")
            params.append(q.since.isoformat())
        if q.until:
            clauses.append("e.date_start <= ?")
            params.append(q.until.isoformat())
        if q.article_id:
            clauses.append("e.id IN (SELECT event_id FROM event_articles WHERE article_id = ?)")
            params.append(q.article_id)
        if q.text is not None:
            match = fts5_query(q.text)
            if match is None:
                clauses.append("0")
            else:
                clauses.append(
                    "(e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                    " OR e.id IN (SELECT ea.event_id FROM event_articles ea JOIN articles a"
                    " ON a.id = ea.article_id WHERE a.rowid IN"
                    " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))"
                )
                params += [match, match]
        if paging and q.cursor:
            day, last_id = decode_cursor(q.cursor)
            if day:
                clauses.append("(e.date_start > ? OR (e.date_start = ? AND e.id > ?))")
                params += [day, day, last_id]
            else:
                # Undated events sort first (NULL < any date), ordered by id among themselves.
                clauses.append("(e.date_start IS NOT NULL OR e.id > ?)")
                params.append(last_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query_events(self, q: EventQuery) -> list[Event]:
        """Events matching the query, ordered by (date_start, id)."""
        where, params = self._where(q, paging=True)
        sql = f"SELECT e.record FROM events e{where} ORDER BY e.date_start, e.id LIMIT ? OFFSET ?"
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
        with self._tx() as conn:
            conn.executemany("DELETE FROM clusters WHERE id = ?", [(c,) for c in removed])
            conn.executemany(_CLUSTER_UPSERT, [cluster_row(c, stamp) for c in latest.values()])
            conn.executemany("DELETE FROM cluster_members WHERE cluster_id = ?", [(c,) for c in latest])
            # An event moves to its new cluster even if its old cluster is neither rebuilt nor removed.
            conn.executemany(
                "INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?) "
                "ON CONFLICT(event_id) DO UPDATE SET cluster_id = excluded.cluster_id",
                [(m, c.id) for c in latest.values() for m in c.member_ids],
            )
        return len(latest)

    def load_clusters(self) -> list[Cluster]:
        """Every stored cluster, by id."""
        return [row_cluster(r[0]) for r in self._read("SELECT record FROM clusters ORDER BY id")]

    def query_clusters(self, q: EventQuery) -> list[Cluster]:
        """Clusters whose canonical event matches the query (type, country, dates, paging), by (date_start, id)."""
        check_cluster_query(q)
        # The cluster table has the event columns the filters use, so the event WHERE applies as is.
        where, params = self._where(q, paging=True)
        sql = f"SELECT e.record FROM clusters e{where} ORDER BY e.date_start, e.id LIMIT ? OFFSET ?"
        return [row_cluster(r[0]) for r in self._read(sql, [*params, q.limit, q.offset])]

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        """Cluster id of each given event that belongs to a stored cluster."""
        out: dict[str, str] = {}
        ids = list(dict.fromkeys(event_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            out.update(self._read(f"SELECT event_id, cluster_id FROM cluster_members WHERE event_id IN ({marks})", chunk))
        return out

    # -- runs and dead letters ----------------------------------------------------

    def start_run(self, config: dict[str, Any]) -> str:
        """Open a run record; returns its id."""
        run_id = "run_" + uuid.uuid4().hex[:16]
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO runs (id, started_at, config) VALUES (?, ?, ?)",
                (run_id, now_iso(), json.dumps(config, default=str, ensure_ascii=False)),
            )
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        """Close a run record with its stats summary."""
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?",
                (now_iso(), json.dumps(stats, default=str, ensure_ascii=False), run_id),
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
                "started_at": r[1],
                "finished_at": r[2],
                "config": json.loads(r[3]),
                "stats": json.loads(r[4]) if r[4] else None,
            }
            for r in rows
        ]

    def record_failure(self, run_id: str | None, source: str, reason: str, stage: str | None = None) -> None:
        """Keep a dead letter: a document that failed, where and why."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO failures (run_id, source, reason, stage, created_at) VALUES (?, ?, ?, ?, ?)",
                (run_id, source, reason, stage, now_iso()),
            )

    def failures(self, run_id: str | None = None) -> list[dict[str, Any]]:
        """Dead letters, oldest first (all runs, or one)."""
        sql = "SELECT run_id, source, reason, stage, created_at FROM failures"
        params: tuple[Any, ...] = ()
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params = (run_id,)
        keys = ("run_id", "source", "reason", "stage", "created_at")
        return [dict(zip(keys, r, strict=True)) for r in self._read(sql + " ORDER BY id", params)]

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
            "events_by_type": {(t or None) or "(none)": int(n) for t, n in by_type},
            "schema": self.schema_versions(),
        }

    def close(self) -> None:
        """Release the connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"
