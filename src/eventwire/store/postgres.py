"""PostgreSQL store (psycopg 3): the SQLite schema with native types, jsonb records and tsvector search."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from eventwire.errors import StoreError, UsageError
from eventwire.store.base import fts_terms, is_prefix_term
from eventwire.store.rows import now_iso
from eventwire.store.sql import ARTICLE_SELECT, SQLStore

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

# Ids of earlier merged events joined into a cluster (`merge.ids`): an old "cev_…" link still resolves.
_ALIASES = """
CREATE TABLE cluster_aliases (
    alias text COLLATE "C" PRIMARY KEY,
    cluster_id text COLLATE "C" NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX cluster_aliases_cluster ON cluster_aliases(cluster_id);
"""

# The canonical event's point as columns, so a bounding box filters merged events as it does events; stores merged
# before this read it back from each cluster's record.
_CLUSTER_POINT = """
ALTER TABLE clusters ADD COLUMN IF NOT EXISTS lat double precision, ADD COLUMN IF NOT EXISTS lon double precision;
UPDATE clusters SET lat = (record #>> '{event,location,lat}')::double precision,
                    lon = (record #>> '{event,location,lon}')::double precision;
-- A small box reads its few rows instead of every row.
CREATE INDEX IF NOT EXISTS events_lat_lon ON events(lat, lon);
CREATE INDEX IF NOT EXISTS clusters_lat_lon ON clusters(lat, lon);
"""

# The point is derived from the record, so no writer (one older than 0004 included) can leave it stale. STORED:
# PostgreSQL has no virtual columns before 18; adding them rewrites the table once, as 0004's UPDATE did.
_CLUSTER_POINT_DERIVED = """
ALTER TABLE clusters DROP COLUMN IF EXISTS lat, DROP COLUMN IF EXISTS lon;
ALTER TABLE clusters
    ADD COLUMN lat double precision GENERATED ALWAYS AS ((record #>> '{event,location,lat}')::double precision) STORED,
    ADD COLUMN lon double precision GENERATED ALWAYS AS ((record #>> '{event,location,lon}')::double precision) STORED;
CREATE INDEX IF NOT EXISTS clusters_lat_lon ON clusters(lat, lon);
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "0001_initial", _INITIAL),
    (2, "0002_clusters", _CLUSTERS),
    (3, "0003_cluster_aliases", _ALIASES),
    (4, "0004_cluster_point", _CLUSTER_POINT),
    (5, "0005_cluster_point_derived", _CLUSTER_POINT_DERIVED),
]
# Generated columns (0005) came with PostgreSQL 12; as server_version_num reads it (12.0 is 120000).
MIN_POSTGRES = 120000
_LOCK_KEY = 0x6576_7774  # advisory lock id: one migrator at a time across processes


def _tsquery(text: str, prefix: bool = False) -> str | None:
    # Quoted lexemes joined by &: user input can never be read as tsquery syntax. Prefixes as in base.fts5_query.
    terms = fts_terms(text.lower())
    return " & ".join("'" + t.replace("'", "") + "'" + (":*" if prefix and is_prefix_term(t) else "")
                      for t in terms) if terms else None


class PostgresStore(SQLStore):
    """The team store: same contract and schema shape as SQLiteStore, on PostgreSQL."""

    ERROR = psycopg.Error
    DATE_MARK = "?::date"
    NULLS_FIRST = " NULLS FIRST"  # PostgreSQL sorts NULL last by default; SQLite first
    NULLS_LAST = " NULLS LAST"  # and first when descending
    CLUSTER_CONFIDENCE = "(e.record #>> '{event,confidence}')::double precision"

    def __init__(self, url: str, must_exist: bool = False):
        """Connect and migrate; must_exist: refuse a database without eventwire's tables (create none)."""
        self.url = url
        self._lock = threading.RLock()
        try:
            self._conn = psycopg.connect(url, autocommit=True)
            self._check_version()
            if must_exist and not self._has_schema():
                self._conn.close()
                # As for a missing SQLite file: a wrong database name must not read as "0 events" (nor gain tables).
                raise UsageError(f"no eventwire tables in the database {self._label()}: "
                                 "`eventwire ingest PATHS --db URL` creates them")
            self._migrate()
        except psycopg.Error as exc:
            said = str(exc).strip()
            if "database" in said and "does not exist" in said:
                # A team's first run: eventwire makes its tables, but a database is the server admin's to create.
                said += "; create it first (createdb NAME, or CREATE DATABASE NAME in psql): eventwire creates its tables"
            raise StoreError(f"cannot open store {self._label()}: {said}") from exc

    def _check_version(self) -> None:
        """Refuse a server older than MIN_POSTGRES by name (else 0005 fails with the driver's bare syntax error)."""
        have = self._server_version()
        if have < MIN_POSTGRES:
            self._conn.close()
            # 11.5 is 110005; before 10 the minor stood in the middle (9.6.24 is 90624).
            said = f"{have // 10000}.{have % 10000}" if have >= 100000 else f"{have // 10000}.{have // 100 % 100}"
            raise StoreError(f"eventwire needs PostgreSQL {MIN_POSTGRES // 10000} or newer; the server at "
                             f"{self._label()} is PostgreSQL {said}: upgrade it, or use "
                             "a SQLite store")

    def _server_version(self) -> int:
        return self._conn.info.server_version  # server_version_num, read at connect: no query

    def _has_schema(self) -> bool:
        row = self._conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
        return bool(row and row[0])

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

    # -- dialect hooks --------------------------------------------------------------

    def _label(self) -> str:
        # Never echo a password from the URL into logs or error messages.
        head, _, tail = self.url.rpartition("@")
        return f"{self.url.split('://')[0]}://***@{tail}" if head else self.url

    def _sql(self, sql: str) -> str:
        # The shared SQL never holds a literal `?` or `%`, so the marks map one to one.
        return sql.replace("?", "%s")

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Cursor[Any]]:
        with self._conn.transaction(), self._conn.cursor() as cur:
            yield cur

    def _id_in(self, column: str, ids: list[str]) -> list[tuple[str, list[Any]]]:
        # One array parameter: no statement size limit to chunk around.
        return [(f"{column} = ANY(?)", [ids])] if ids else []

    def _text_match(self, text: str) -> tuple[str, list[Any]]:
        tsq = _tsquery(text, prefix=True)
        if tsq is None:
            return "false", []
        return (
            "(e.tsv @@ to_tsquery('simple', ?) OR e.id IN (SELECT ea.event_id FROM event_articles ea"
            " JOIN articles a ON a.id = ea.article_id WHERE a.tsv @@ to_tsquery('simple', ?)))",
            [tsq, tsq],
        )

    def _article_search(self, text: str) -> tuple[str, list[Any]] | None:
        tsq, exact = _tsquery(text, prefix=True), _tsquery(text)
        if tsq is None:
            return None
        # Articles holding the whole words first, as on SQLite, then by rank.
        return (
            f"{ARTICLE_SELECT} WHERE tsv @@ to_tsquery('simple', ?) "
            "ORDER BY tsv @@ to_tsquery('simple', ?) DESC, ts_rank(tsv, to_tsquery('simple', ?)) DESC, id",
            [tsq, exact, tsq],
        )
