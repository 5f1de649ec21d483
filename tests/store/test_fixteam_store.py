"""0005 on SQLite 3.31-3.34 (no DROP COLUMN), the minimum SQLite named, and upgrades that keep merged members."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.model import Event
from eventwire.store import EventQuery, open_store
from eventwire.store.sqlite import MIGRATIONS

from .test_bbox82_store import UKRAINE, _cluster

# 0005 as session 21 first merged it: it needs SQLite 3.35 (DROP COLUMN).
_ALTER_0005 = """
DROP INDEX clusters_lat_lon;
ALTER TABLE clusters DROP COLUMN lat;
ALTER TABLE clusters DROP COLUMN lon;
ALTER TABLE clusters ADD COLUMN lat REAL GENERATED ALWAYS AS (json_extract(record, '$.event.location.lat')) VIRTUAL;
ALTER TABLE clusters ADD COLUMN lon REAL GENERATED ALWAYS AS (json_extract(record, '$.event.location.lon')) VIRTUAL;
CREATE INDEX clusters_lat_lon ON clusters(lat, lon);
"""


def test_no_migration_needs_sqlite_3_35() -> None:
    # DROP COLUMN came with 3.35 and RETURNING too; 3.34.1 is RHEL 9's SQLite.
    for _, name, sql in MIGRATIONS:
        assert "DROP COLUMN" not in sql.upper(), name
        assert "RETURNING" not in sql.upper(), name


@pytest.mark.parametrize("version, opens", [((3, 30, 1), False), ((3, 31, 0), True), ((3, 34, 1), True)])
def test_an_sqlite_older_than_3_31_is_refused_naming_the_minimum(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, version: tuple[int, int, int], opens: bool) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", version)
    monkeypatch.setattr(sqlite3, "sqlite_version", ".".join(map(str, version)))
    if opens:
        with open_store(tmp_path / "ok.db") as s:
            assert s.schema_versions()[-1] == "0005_cluster_point_derived"
        return
    with pytest.raises(StoreError, match=r"needs SQLite 3\.31\.0 or newer.*uses SQLite 3\.30\.1"):
        open_store(tmp_path / "old.db")
    assert not (tmp_path / "old.db").exists()


def _as_0004(path: Path, kyiv: Event, qatana: Event) -> None:
    """A store as session 20 left it: plain point columns, two merged events with members and an alias."""
    with open_store(path) as s:
        s.save_clusters([_cluster("cev_kyiv", kyiv), _cluster("cev_qatana", qatana)], [])
    conn = sqlite3.connect(path, isolation_level=None)
    # Rebuilt, not ALTER TABLE DROP COLUMN, so that this runs on SQLite 3.31-3.34 too.
    conn.executescript("""
        PRAGMA foreign_keys = OFF;
        BEGIN;
        CREATE TABLE old (id TEXT PRIMARY KEY, event_type TEXT, sub_event_type TEXT, date_start TEXT, date_end TEXT,
                          country_code TEXT, n_members INTEGER NOT NULL, n_sources INTEGER NOT NULL,
                          fatalities_best INTEGER, record TEXT NOT NULL, updated_at TEXT NOT NULL, lat REAL, lon REAL);
        INSERT INTO old SELECT id, event_type, sub_event_type, date_start, date_end, country_code, n_members,
                               n_sources, fatalities_best, record, updated_at, lat, lon FROM clusters;
        DROP TABLE clusters;
        ALTER TABLE old RENAME TO clusters;
        CREATE INDEX clusters_date ON clusters(date_start, id);
        CREATE INDEX clusters_country_date ON clusters(country_code, date_start);
        CREATE INDEX clusters_lat_lon ON clusters(lat, lon);
        INSERT INTO cluster_aliases VALUES ('cev_old_kyiv', 'cev_kyiv');
        DELETE FROM schema_migrations WHERE version = 5;
        COMMIT;
    """)
    conn.close()


# A store of 0005 as first merged can only have been made on SQLite 3.35 or newer.
MADE_BY = ["session 20 (0004)"] + (["0005 as first merged"] if sqlite3.sqlite_version_info >= (3, 35) else [])


@pytest.mark.parametrize("made_by", MADE_BY)
def test_upgrade_keeps_members_and_aliases(tmp_path: Path, events: list[Event], made_by: str) -> None:
    kyiv, _kharkiv, qatana, _threat = events
    path = tmp_path / "old.db"
    _as_0004(path, kyiv, qatana)
    if made_by != "session 20 (0004)":
        conn = sqlite3.connect(path, isolation_level=None)
        conn.executescript(_ALTER_0005 + "INSERT INTO schema_migrations VALUES (5, '0005_cluster_point_derived', 'x');")
        conn.close()
    for _ in range(2):  # the first open migrates (or finds nothing to do), the second does nothing
        with open_store(path) as s:
            assert s.schema_versions()[-1] == "0005_cluster_point_derived"
            # Dropping the old table with foreign keys on would have deleted these rows (ON DELETE CASCADE).
            assert s.clusters_of([kyiv.id, qatana.id]) == {kyiv.id: "cev_kyiv", qatana.id: "cev_qatana"}
            assert s.get_cluster("cev_old_kyiv").id == "cev_kyiv"  # type: ignore[union-attr]
            assert [c.id for c in s.query_clusters(EventQuery(bbox=UKRAINE))] == ["cev_kyiv"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    plan = " ".join(r[-1] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM clusters WHERE lat BETWEEN 44 AND 52 AND lon BETWEEN 22 AND 40"))
    assert "clusters_lat_lon" in plan
    with pytest.raises(sqlite3.OperationalError, match="generated column"):
        conn.execute("UPDATE clusters SET lat = 1.0 WHERE id = 'cev_kyiv'")
    conn.close()


def test_foreign_keys_are_on_after_opening(tmp_path: Path) -> None:
    with open_store(tmp_path / "fk.db") as s:
        assert s._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)  # type: ignore[attr-defined]
