"""The SQL store logic both backends share, written once with `?` marks; dialects supply small hooks."""

from __future__ import annotations

import json
import math
import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar

from eventwire.errors import StoreError
from eventwire.model import Article, Event
from eventwire.store.base import EventQuery, check_cluster_query, decode_cursor, event_article_ids
from eventwire.store.rows import (
    ARTICLE_COLUMNS,
    CLUSTER_COLUMNS,
    EVENT_COLUMNS,
    article_row,
    cluster_row,
    event_row,
    iso_out,
    json_out,
    now_iso,
    row_article,
    row_cluster,
    row_event,
)
from eventwire.store.taxonomy import POLITICAL

if TYPE_CHECKING:
    from typing import Self

    from eventwire.merge.types import Cluster

BATCH = 5000  # events per write transaction: bounds memory and lock time on huge loads


def upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """INSERT ... ON CONFLICT(id) DO UPDATE of every other column (same syntax in SQLite and PostgreSQL)."""
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}"


ARTICLE_UPSERT = upsert_sql("articles", ARTICLE_COLUMNS)
EVENT_UPSERT = upsert_sql("events", EVENT_COLUMNS)
CLUSTER_UPSERT = upsert_sql("clusters", CLUSTER_COLUMNS)
ARTICLE_SELECT = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
_MEMBER_UPSERT = (
    "INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?) "
    "ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id"
)
_ALIAS_UPSERT = (
    "INSERT INTO cluster_aliases (alias, cluster_id) VALUES (?, ?) "
    "ON CONFLICT (alias) DO UPDATE SET cluster_id = excluded.cluster_id"
)
_FAILURE_KEYS = ("run_id", "source", "reason", "stage", "created_at")


def bbox_clause(box: tuple[float, float, float, float], wide: bool = False) -> tuple[str, list[Any]]:
    """WHERE clause on `e.lat`/`e.lon` for a box (min_lon > max_lon: across the antimeridian, two ranges).

    A NULL point fails every comparison, so events with no point are outside every box. wide: written as `+e.lat`,
    which no index matches, so the planner walks the date order and stops at the page instead of sorting every match.
    """
    min_lon, min_lat, max_lon, max_lat = box
    lat, lon = ("+e.lat", "+e.lon") if wide else ("e.lat", "e.lon")
    lon_clause = f"{lon} BETWEEN ? AND ?" if min_lon <= max_lon else f"({lon} >= ? OR {lon} <= ?)"
    return f"{lat} BETWEEN ? AND ? AND {lon_clause}", [min_lat, max_lat, min_lon, max_lon]


class SQLStore:
    """The Store contract over a DB-API connection; subclasses open it, migrate it and fill the hooks."""

    url: str
    _conn: Any
    _lock: threading.RLock
    # -- dialect hooks (class attributes) -------------------------------------------
    ERROR: ClassVar[type[Exception]]  # the driver's base error, reported as StoreError
    DATE_MARK: ClassVar[str] = "?"  # a date parameter given as an ISO string
    NULLS_FIRST: ClassVar[str] = ""  # makes undated rows sort first, as SQLite does by default
    NULLS_LAST: ClassVar[str] = ""  # the same rows last in a descending order (SQLite's default there)
    IN_CHUNK: ClassVar[int] = 500  # ids per `IN (...)` list, below the driver's parameter limit
    # Probe a box's size and write it so the planner keeps the date walk when most rows are in it (SQLite has no
    # statistics without ANALYZE and always takes the (lat, lon) index; PostgreSQL chooses well from its own).
    BOX_PROBE: ClassVar[bool] = False
    # A merged event's confidence, read from the cluster's JSON record (the clusters table has no column for it).
    CLUSTER_CONFIDENCE: ClassVar[str] = "json_extract(e.record, '$.event.confidence')"

    # -- dialect hooks (methods) ----------------------------------------------------

    def _label(self) -> str:
        """How errors name this store (never with a password)."""
        return self.url

    def _sql(self, sql: str) -> str:
        """The driver's form of a statement written with `?` marks."""
        return sql

    def _transaction(self) -> AbstractContextManager[Any]:
        """A cursor inside one write transaction: committed on exit, rolled back on error."""
        raise NotImplementedError

    def _text_match(self, text: str) -> tuple[str, list[Any]]:
        """WHERE clause (on events `e`) for events whose evidence or articles hold all the words."""
        raise NotImplementedError

    def _article_search(self, text: str) -> tuple[str, list[Any]] | None:
        """SELECT of ARTICLE_COLUMNS matching all the words, best first, without LIMIT (None: no words)."""
        raise NotImplementedError

    def _id_in(self, column: str, ids: list[str]) -> list[tuple[str, list[Any]]]:
        """WHERE clauses with their params that together select `column` in `ids` (none for no ids)."""
        out = []
        for i in range(0, len(ids), self.IN_CHUNK):
            chunk = ids[i : i + self.IN_CHUNK]
            out.append((f"{column} IN ({', '.join('?' * len(chunk))})", chunk))
        return out

    # -- plumbing -------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        with self._lock:
            try:
                with self._transaction() as cur:
                    yield cur
            except self.ERROR as exc:
                raise StoreError(f"{self._label()}: {exc}") from exc

    def _exec(self, cur: Any, sql: str, params: Any = ()) -> Any:
        return cur.execute(self._sql(sql), params)

    def _exec_many(self, cur: Any, sql: str, rows: list[Any]) -> None:
        cur.executemany(self._sql(sql), rows)

    def _read(self, sql: str, params: Any = ()) -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(self._sql(sql), params).fetchall()
            except self.ERROR as exc:
                raise StoreError(f"{self._label()}: {exc}") from exc

    def schema_versions(self) -> list[str]:
        """Names of the applied migrations, in order."""
        return [r[0] for r in self._read("SELECT name FROM schema_migrations ORDER BY version")]

    # -- articles -------------------------------------------------------------------

    def upsert_article(self, article: Article) -> bool:
        """Store an article; True if its id was new (idempotent by id)."""
        return self.upsert_articles([article]) == 1

    def upsert_articles(self, articles: list[Article]) -> int:
        """Store many articles in one transaction; returns how many were new."""
        if not articles:
            return 0
        ids = list(dict.fromkeys(a.id for a in articles))
        with self._tx() as cur:
            known: set[str] = set()
            for clause, params in self._id_in("id", ids):
                known.update(r[0] for r in self._exec(cur, f"SELECT id FROM articles WHERE {clause}", params))
            self._exec_many(cur, ARTICLE_UPSERT, [article_row(a) for a in articles])
        return len(ids) - len(known)

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def get_article(self, article_id: str) -> Article | None:
        """The stored article, or None."""
        rows = self._read(f"{ARTICLE_SELECT} WHERE id = ?", (article_id,))
        return row_article(rows[0]) if rows else None

    def article_urls(self, article_ids: list[str]) -> dict[str, str | None]:
        """The stored URL (or None) of each of these articles that is stored, without loading their texts."""
        out: dict[str, str | None] = {}
        for clause, params in self._id_in("id", list(dict.fromkeys(article_ids))):
            out.update((r[0], r[1]) for r in self._read(f"SELECT id, url FROM articles WHERE {clause}", params))
        return out

    def search_articles(self, text: str, limit: int = 20) -> list[Article]:
        """Articles whose title or text contains all the words, best match first."""
        search = self._article_search(text)
        if search is None or limit <= 0:
            return []
        sql, params = search
        return [row_article(r) for r in self._read(f"{sql} LIMIT ?", [*params, limit])]

    # -- events ---------------------------------------------------------------------

    def upsert_events(self, events: list[Event]) -> int:
        """Store events, replacing any with the same id; returns how many were written."""
        if not events:
            return 0
        if any(not e.id for e in events):
            raise StoreError("cannot store an event without an id")
        # The last record for an id wins, as if the batch were written one by one.
        latest = list({e.id: e for e in events}.values())
        stamp = now_iso()
        for i in range(0, len(latest), BATCH):
            batch = latest[i : i + BATCH]
            with self._tx() as cur:
                self._exec_many(cur, EVENT_UPSERT, [event_row(e, stamp) for e in batch])
                for clause, params in self._id_in("event_id", [e.id for e in batch]):
                    self._exec(cur, f"DELETE FROM event_articles WHERE {clause}", params)
                self._exec_many(
                    cur,
                    "INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)",
                    [(e.id, a) for e in batch for a in event_article_ids(e)],
                )
        return len(latest)

    def replace_article_events(self, article_id: str, events: list[Event]) -> int:
        """Store an article's events and drop those an earlier extraction of it left; returns how many were dropped.

        A text ingested again keeps its article id, but a new date, outlet or pipeline gives its events new ids:
        without this its old events would stay beside the new ones, and every count would double.
        """
        self.upsert_events(events)
        rows = self._read("SELECT ea.event_id FROM event_articles ea WHERE ea.article_id = ? AND NOT EXISTS "
                          "(SELECT 1 FROM event_articles o WHERE o.event_id = ea.event_id AND o.article_id <> ?)",
                          (article_id, article_id))
        stale = sorted({r[0] for r in rows} - {e.id for e in events})
        if not stale:
            return 0  # the usual case (the same text read again): no empty write transaction per document
        with self._tx() as cur:
            for clause, params in self._id_in("event_id", stale):
                self._exec(cur, f"DELETE FROM event_articles WHERE {clause}", params)
            for clause, params in self._id_in("id", stale):
                self._exec(cur, f"DELETE FROM events WHERE {clause}", params)
        return len(stale)

    def get_event(self, event_id: str) -> Event | None:
        """The stored event, or None."""
        rows = self._read("SELECT record FROM events WHERE id = ?", (event_id,))
        return row_event(rows[0][0]) if rows else None

    def _where(self, q: EventQuery, paging: bool, confidence: str = "e.confidence",
               wide_box: bool = False) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if q.event_type == POLITICAL:  # PLOVER-only events are stored with no ACLED type
            clauses.append("e.event_type IS NULL")
        for column, value in (
            ("e.event_type", q.event_type if q.event_type != POLITICAL else None),
            ("e.sub_event_type", q.sub_event_type),
            ("e.country_code", q.country),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if q.min_confidence is not None:
            clauses.append(f"{confidence} >= ?")
            params.append(q.min_confidence)
        if q.bbox is not None:
            clause, extra = bbox_clause(q.bbox, wide=wide_box)
            clauses.append(clause)
            params += extra
        day_mark = self.DATE_MARK
        # An event matches a date range when its span overlaps it.
        if q.since:
            clauses.append(f"e.date_end >= {day_mark}")
            params.append(q.since.isoformat())
        if q.until:
            clauses.append(f"e.date_start <= {day_mark}")
            params.append(q.until.isoformat())
        if q.article_id:
            clauses.append("e.id IN (SELECT event_id FROM event_articles WHERE article_id = ?)")
            params.append(q.article_id)
        if q.text is not None:
            clause, extra = self._text_match(q.text)
            clauses.append(clause)
            params += extra
        if paging and q.cursor:
            day, last_id = decode_cursor(q.cursor, q.order)
            if q.order == "newest":
                # Newest first: later days before earlier ones, ids descending within a day, undated events last.
                if day:
                    clauses.append(f"(e.date_start < {day_mark} OR (e.date_start = {day_mark} AND e.id < ?) "
                                   "OR e.date_start IS NULL)")
                    params += [day, day, last_id]
                else:
                    clauses.append("(e.date_start IS NULL AND e.id < ?)")
                    params.append(last_id)
            elif day:
                clauses.append(f"(e.date_start > {day_mark} OR (e.date_start = {day_mark} AND e.id > ?))")
                params += [day, day, last_id]
            else:
                # Undated events sort first (NULL before any date), ordered by id among themselves.
                clauses.append("(e.date_start IS NOT NULL OR e.id > ?)")
                params.append(last_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _page(self, table: str, q: EventQuery) -> list[Any]:
        """The `record` of each row of `table` matching the query, in (date_start, id) order or its reverse."""
        where, params = self._where(q, paging=True,
                                    confidence=self.CLUSTER_CONFIDENCE if table == "clusters" else "e.confidence",
                                    wide_box=self._box_is_wide(table, q))
        order = (f"e.date_start DESC{self.NULLS_LAST}, e.id DESC" if q.order == "newest"
                 else f"e.date_start{self.NULLS_FIRST}, e.id")
        sql = f"SELECT e.record FROM {table} e{where} ORDER BY {order} LIMIT ? OFFSET ?"
        return [r[0] for r in self._read(sql, [*params, q.limit, q.offset])]

    def _box_is_wide(self, table: str, q: EventQuery) -> bool:
        """Whether walking the date order finds a page of the box sooner than sorting all of the box's rows.

        The walk reads about rows * page / in_box rows, the box index in_box rows plus a sort, so the walk wins when
        in_box is above sqrt(rows * page). The probe stops counting there, so it costs that many index entries.
        """
        if not self.BOX_PROBE or q.bbox is None:
            return False
        page = q.limit + q.offset
        rows = int(self._read(f"SELECT max(rowid) FROM {table}")[0][0] or 0)  # O(log n); deletions only overcount
        cap = max(page, math.isqrt(rows * page)) + 1
        clause, params = bbox_clause(q.bbox)
        probe = f"SELECT count(*) FROM (SELECT 1 FROM {table} e WHERE {clause} LIMIT ?) AS b"
        return int(self._read(probe, [*params, cap])[0][0]) >= cap

    def query_events(self, q: EventQuery) -> list[Event]:
        """Events matching the query, ordered by (date_start, id), undated first; order="newest" reverses it."""
        return [row_event(r) for r in self._page("events", q)]

    def count_events(self, q: EventQuery) -> int:
        """How many events match the query (ignores limit, offset and cursor)."""
        where, params = self._where(q, paging=False)
        return int(self._read(f"SELECT count(*) FROM events e{where}", params)[0][0])

    # -- merged clusters ------------------------------------------------------------

    def save_clusters(self, clusters: list[Cluster], removed: list[str]) -> int:
        """Store merged clusters (replacing same ids and their members), drop `removed` ids; returns written."""
        latest = {c.id: c for c in clusters}
        stamp = now_iso()
        with self._tx() as cur:
            for clause, params in self._id_in("id", list(removed)):
                self._exec(cur, f"DELETE FROM clusters WHERE {clause}", params)
            self._exec_many(cur, CLUSTER_UPSERT, [cluster_row(c, stamp) for c in latest.values()])
            for clause, params in self._id_in("cluster_id", list(latest)):
                self._exec(cur, f"DELETE FROM cluster_members WHERE {clause}", params)
            # An event moves to its new cluster even if its old cluster is neither rebuilt nor removed.
            self._exec_many(cur, _MEMBER_UPSERT, [(m, c.id) for c in latest.values() for m in c.member_ids])
            for clause, params in self._id_in("cluster_id", list(latest)):
                self._exec(cur, f"DELETE FROM cluster_aliases WHERE {clause}", params)
            # A live id is nobody's alias: the cluster table answers it first anyway, and a stale row would linger.
            for clause, params in self._id_in("alias", list(latest)):
                self._exec(cur, f"DELETE FROM cluster_aliases WHERE {clause}", params)
            self._exec_many(cur, _ALIAS_UPSERT, [(a, c.id) for c in latest.values() for a in c.aliases])
        return len(latest)

    def load_clusters(self) -> list[Cluster]:
        """Every stored cluster, by id."""
        return [row_cluster(r[0]) for r in self._read("SELECT record FROM clusters ORDER BY id")]

    def query_clusters(self, q: EventQuery) -> list[Cluster]:
        """Clusters whose canonical event matches the query (type, country, dates, confidence, order, paging)."""
        check_cluster_query(q)
        # The cluster table has the event columns the filters use, so the event WHERE applies as is.
        return [row_cluster(r) for r in self._page("clusters", q)]

    def get_cluster(self, cluster_id: str) -> Cluster | None:
        """The stored cluster (merged event "cev_…", or the id of one since joined into it), or None."""
        rows = self._read("SELECT record FROM clusters WHERE id = ?", (cluster_id,))
        if not rows:  # the id of a merged event since joined into another (`merge.ids`)
            rows = self._read("SELECT c.record FROM cluster_aliases a JOIN clusters c ON c.id = a.cluster_id "
                              "WHERE a.alias = ?", (cluster_id,))
        return row_cluster(rows[0][0]) if rows else None

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        """Cluster id of each given event that belongs to a stored cluster."""
        out: dict[str, str] = {}
        for clause, params in self._id_in("event_id", list(dict.fromkeys(event_ids))):
            rows = self._read(f"SELECT event_id, cluster_id FROM cluster_members WHERE {clause}", params)
            out.update((r[0], r[1]) for r in rows)
        return out

    # -- runs and dead letters ------------------------------------------------------

    def start_run(self, config: dict[str, Any]) -> str:
        """Open a run record; returns its id."""
        run_id = "run_" + uuid.uuid4().hex[:16]
        with self._tx() as cur:
            self._exec(
                cur,
                "INSERT INTO runs (id, started_at, config) VALUES (?, ?, ?)",
                (run_id, now_iso(), json.dumps(config, default=str, ensure_ascii=False)),
            )
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        """Close a run record with its stats summary."""
        with self._tx() as cur:
            done = self._exec(
                cur,
                "UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?",
                (now_iso(), json.dumps(stats, default=str, ensure_ascii=False), run_id),
            )
            if done.rowcount == 0:
                raise StoreError(f"unknown run {run_id!r}")

    def runs(self) -> list[dict[str, Any]]:
        """Run records, oldest first."""
        rows = self._read("SELECT id, started_at, finished_at, config, stats FROM runs ORDER BY started_at, id")
        return [
            {
                "id": r[0],
                "started_at": iso_out(r[1]),
                "finished_at": iso_out(r[2]),
                "config": json_out(r[3]),
                "stats": json_out(r[4]),
            }
            for r in rows
        ]

    def record_failure(self, run_id: str | None, source: str, reason: str, stage: str | None = None) -> None:
        """Keep a dead letter: a document that failed, where and why."""
        with self._tx() as cur:
            self._exec(
                cur,
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
        rows = self._read(sql + " ORDER BY id", params)
        return [dict(zip(_FAILURE_KEYS, (*r[:4], iso_out(r[4])), strict=True)) for r in rows]

    # -- summary and lifecycle ------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts: articles, events, links, runs, failures, merged clusters, events by type."""
        counts = {
            t: int(self._read(f"SELECT count(*) FROM {t}")[0][0])
            for t in ("articles", "events", "event_articles", "runs", "failures", "clusters")
        }
        by_type = self._read("SELECT coalesce(event_type, ''), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
        # Events stored since the last merge: the merged views leave them out until `eventwire merge` runs again.
        unmerged = self._read("SELECT count(*) FROM events e WHERE NOT EXISTS "
                              "(SELECT 1 FROM cluster_members m WHERE m.event_id = e.id)")[0][0]
        # Articles whose events fall back to the article id as source: each counts as a source of its own.
        no_outlet = self._read("SELECT count(*) FROM articles WHERE coalesce(source, '') = '' AND url IS NULL")[0][0]
        return {
            **counts,
            "articles_without_outlet": int(no_outlet),
            "unmerged_events": int(unmerged) if counts["clusters"] else None,
            "events_by_type": {(t or "(none)"): int(n) for t, n in by_type},
            "schema": self.schema_versions(),
        }

    def close(self) -> None:
        """Release the connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._label()!r})"

    def articles_published(self, start: date, end: date, page: int = 1000) -> Iterator[Article]:
        """Every stored article published from `start` to `end` (days, both included), with or without events."""
        # Stored as ISO text, a day or a time sorts at its day. The window's days come from the published
        # index alone; each day is then read in pages by id, so that neither a year of news nor a paged
        # sort over the whole window is ever held at once.
        lo, hi = start.isoformat(), (end + timedelta(days=1)).isoformat()
        days = self._read("SELECT DISTINCT substr(published, 1, 10) FROM articles WHERE published >= ? AND published < ?"
                          " ORDER BY 1", (lo, hi))
        for (day,) in days:
            after, last = (date.fromisoformat(day) + timedelta(days=1)).isoformat(), ""
            while True:
                rows = self._read(f"{ARTICLE_SELECT} WHERE published >= ? AND published < ? AND id > ? ORDER BY id LIMIT ?",
                                  (day, after, last, page))
                yield from (row_article(r) for r in rows)
                if len(rows) < page:
                    break
                last = rows[-1][0]
