"""SQLite store: one file, WAL, one writer, FTS5 over articles and event evidence."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError
from eventwire.store.base import fts5_query
from eventwire.store.rows import ARTICLE_COLUMNS, now_iso
from eventwire.store.sql import SQLStore

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

# Ids of earlier merged events joined into a cluster (`merge.ids`): an old "cev_…" link still resolves.
_ALIASES = """
CREATE TABLE cluster_aliases (
    alias TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX cluster_aliases_cluster ON cluster_aliases(cluster_id);
"""

# The canonical event's point as columns, so a bounding box filters merged events as it does events; stores merged
# before this read it back from each cluster's record.
_CLUSTER_POINT = """
ALTER TABLE clusters ADD COLUMN lat REAL;
ALTER TABLE clusters ADD COLUMN lon REAL;
UPDATE clusters SET lat = json_extract(record, '$.event.location.lat'),
                    lon = json_extract(record, '$.event.location.lon');
-- A small box reads its few rows instead of every row (100k events: 0.6 ms, not 176).
CREATE INDEX events_lat_lon ON events(lat, lon);
CREATE INDEX clusters_lat_lon ON clusters(lat, lon);
"""

# The point is derived from the record, so no writer (one older than 0004 included) can leave it stale; an 0004-era
# writer that still names the columns is refused ("cannot INSERT into generated column") instead. A rebuild, not
# ALTER TABLE DROP COLUMN: that needs SQLite 3.35, this 3.31 (generated columns). _migrate turns foreign keys off
# around it, or dropping the old table would delete every cluster_members and cluster_aliases row with it.
_CLUSTER_POINT_DERIVED = """
CREATE TABLE clusters_new (
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
    updated_at TEXT NOT NULL,
    lat REAL GENERATED ALWAYS AS (json_extract(record, '$.event.location.lat')) VIRTUAL,
    lon REAL GENERATED ALWAYS AS (json_extract(record, '$.event.location.lon')) VIRTUAL
);
INSERT INTO clusters_new (id, event_type, sub_event_type, date_start, date_end, country_code, n_members, n_sources,
                          fatalities_best, record, updated_at)
    SELECT id, event_type, sub_event_type, date_start, date_end, country_code, n_members, n_sources,
           fatalities_best, record, updated_at FROM clusters;
DROP TABLE clusters;
ALTER TABLE clusters_new RENAME TO clusters;
CREATE INDEX clusters_date ON clusters(date_start, id);
CREATE INDEX clusters_country_date ON clusters(country_code, date_start);
CREATE INDEX clusters_lat_lon ON clusters(lat, lon);
"""

# Generated columns (0005) came with SQLite 3.31.0; FTS5's remove_diacritics 2 (0001) needs only 3.27.
MIN_SQLITE = (3, 31, 0)

# Named migrations, applied in order and recorded in schema_migrations; append, never change what one makes
# (0005 was rewritten as a rebuild for older SQLite: its result is the same as the ALTER TABLE version's).
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "0001_initial", _INITIAL),
    (2, "0002_clusters", _CLUSTERS),
    (3, "0003_cluster_aliases", _ALIASES),
    (4, "0004_cluster_point", _CLUSTER_POINT),
    (5, "0005_cluster_point_derived", _CLUSTER_POINT_DERIVED),
]

def sqlite_path(url: str) -> str:
    """The file path of a plain path or `sqlite:///path` URL."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite://"):
        return url[len("sqlite://") :] or ":memory:"
    return url


class SQLiteStore(SQLStore):
    """The embedded default store; safe to share across threads (one lock, one writer)."""

    ERROR = sqlite3.Error
    BOX_PROBE = True

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = str(path)
        self.url = self.path
        if self.path != ":memory:" and not Path(self.path).parent.is_dir():
            raise StoreError(f"cannot open store {self.path}: directory does not exist")
        if Path(self.path).is_dir():  # sqlite3 says only "unable to open database file"
            raise StoreError(f"cannot open store {self.path}: it is a folder; --db takes a database file, "
                             f"e.g. {Path(self.path) / 'eventwire.db'}")
        if sqlite3.sqlite_version_info < MIN_SQLITE:  # else 0005 fails with a bare "syntax error" on every open
            need = ".".join(map(str, MIN_SQLITE))
            raise StoreError(f"eventwire needs SQLite {need} or newer; this Python's sqlite3 module uses SQLite "
                             f"{sqlite3.sqlite_version}: use a Python built against a newer SQLite")
        self._lock = threading.RLock()
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves so every write batch is one transaction.
            self._conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        """Apply the migrations not yet applied, with foreign keys off (a table rebuild must not cascade)."""
        conn = self._conn
        conn.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction; __init__ turns them on after
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

    # -- dialect hooks --------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        conn = self._conn
        # IMMEDIATE takes the write lock up front, so a busy writer waits instead of failing mid-batch.
        conn.execute("BEGIN IMMEDIATE")
        try:
            with closing(conn.cursor()) as cur:
                yield cur
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _text_match(self, text: str) -> tuple[str, list[Any]]:
        match = fts5_query(text, prefix=True)
        if match is None:
            return "0", []
        return (
            "(e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
            " OR e.id IN (SELECT ea.event_id FROM event_articles ea JOIN articles a"
            " ON a.id = ea.article_id WHERE a.rowid IN"
            " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))",
            [match, match],
        )

    def _article_search(self, text: str) -> tuple[str, list[Any]] | None:
        # Articles holding the whole words first, then by FTS5's bm25 rank.
        match, exact = fts5_query(text, prefix=True), fts5_query(text)
        if match is None:
            return None
        return (
            f"SELECT {', '.join('a.' + c for c in ARTICLE_COLUMNS)} FROM articles_fts f "
            "JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? "
            "ORDER BY f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) DESC, f.rank",
            [match, exact],
        )
