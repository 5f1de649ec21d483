"""Stores for articles, events, runs and dead letters: SQLite by default, PostgreSQL for teams."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import StoreError, UsageError
from eventwire.store.base import EventQuery, Store, next_cursor
from eventwire.store.sqlite import SQLiteStore, sqlite_path

__all__ = ["EventQuery", "SQLiteStore", "Store", "StoreError", "next_cursor", "open_store", "own_files"]


def own_files(store: Store) -> frozenset[str]:
    """The files a SQLite store writes (database, WAL, shared memory, journal), resolved; none for PostgreSQL."""
    if not isinstance(store, SQLiteStore) or store.path == ":memory:":
        return frozenset()
    base = str(Path(store.path).resolve())
    return frozenset(base + suffix for suffix in ("", "-wal", "-shm", "-journal"))


def open_store(url: str | Path, must_exist: bool = False) -> Store:
    """Open (and migrate) a store: a path or `sqlite:///path` → SQLite, `postgresql://...` → PostgreSQL.

    must_exist: refuse a SQLite file that is not there, or a PostgreSQL database without eventwire's tables (a
    mistyped --db would otherwise read as "no events").
    """
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from eventwire.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError("PostgreSQL support needs psycopg (the postgres extra): run pip install '.[postgres]' "
                             "in the eventwire checkout") from exc
        return PostgresStore(url, must_exist=must_exist)
    if "://" in url and not url.startswith("sqlite:"):
        raise StoreError(f"unsupported store URL {url!r}: use a path, sqlite:///path or postgresql://...")
    path = sqlite_path(url)
    if must_exist and path != ":memory:" and not Path(path).is_file() and not Path(path).is_dir():
        raise UsageError(f"no database at {path}: `eventwire ingest PATHS --db {path}` creates one")
    return SQLiteStore(path)
