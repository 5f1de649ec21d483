"""A folder that holds the --db file is ingested without reading the database's own files as documents."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import eventwire
from eventwire.cli import cli
from eventwire.store import open_store, own_files

STORY = "Shelling hit Kherson on Monday, killing two people, the governor said.\n"


def _desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    return folder


def test_cli_ingest_of_the_folder_holding_the_database_exits_0_every_time(tmp_path: Path) -> None:
    folder = _desk(tmp_path)
    db = str(folder / "events.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    again = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    # Each run read events.db (and its -wal, -shm) as "binary file, not text" and exited 3.
    assert first.exit_code == 0 and "binary file" not in first.stderr
    assert again.exit_code == 0 and "stored 0 new articles and 0 new events" in again.stderr


def test_a_database_named_as_a_path_is_still_read_and_refused(tmp_path: Path) -> None:
    folder = _desk(tmp_path)
    db = str(folder / "events.db")
    CliRunner().invoke(cli, ["ingest", str(folder), "--db", db])
    named = CliRunner().invoke(cli, ["ingest", db, "--db", db])
    assert named.exit_code == 3 and "binary file (SQLite database)" in named.stderr


def test_python_ingest_passes_over_the_database_too(tmp_path: Path) -> None:
    folder = _desk(tmp_path)
    eventwire.ingest([folder], db=folder / "events.db")
    stats = eventwire.ingest([folder], db=folder / "events.db")
    assert stats.failed == 0 and not stats.failures


def test_own_files_names_the_sqlite_files_only(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        files = own_files(store)
    assert str((tmp_path / "x.db").resolve()) in files and str((tmp_path / "x.db-wal").resolve()) in files
    with open_store(":memory:") as store:
        assert own_files(store) == frozenset()
