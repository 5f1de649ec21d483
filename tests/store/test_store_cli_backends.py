"""The CLI on PostgreSQL gives what it gives on SQLite: ingest, merge, events in every format, report, serve."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from eventwire.cli import cli
from eventwire.export import FORMATS
from eventwire.server import create_app

from .conftest import BACKENDS, _postgres_db

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OTHERS = [b for b in BACKENDS if b != "sqlite"]  # PostgreSQL wherever pgserver (dev extra) or a server is there


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["-q", *args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database as the postgresql:// URL a user passes to --db."""
    from psycopg.conninfo import conninfo_to_dict

    with _postgres_db(pg_url) as conninfo:
        yield urlunsplit(urlsplit(pg_url)._replace(path="/" + str(conninfo_to_dict(conninfo)["dbname"])))


def _outputs(db: str, out: Path) -> dict[str, str]:
    """What a user sees from one database: the ingest, every export, the report, the REST pages."""
    seen = {}
    for fmt in FORMATS:
        code, text = run("events", "--db", db, "--format", fmt)
        assert code == 0, text
        seen[fmt] = re.sub(r",\d{10}(\r?\n)", r",TS\1", text)  # the ACLED export's own timestamp column
    code, text = run("events", "--db", db, "--merged", "--format", "jsonl")
    assert code == 0 and text, text
    seen["merged"] = text
    code, text = run("report", "--db", db, "--since", "2025-05-25", "--until", "2025-06-07", "--format", "md",
                     "--out", str(out / "week.md"))
    assert code == 0, text
    seen["report"] = (out / "week.md").read_text(encoding="utf-8")
    with TestClient(create_app(db)) as client:
        for url in ("/api/events?country=UA&limit=3", "/api/events.geojson?text=Klitschko", "/api/stats",
                    "/api/events.geojson?merged=true&type=battles"):
            body = client.get(url).json()
            body.pop("runs", None)  # ids and times of runs differ by nature
            seen[url] = str(body)
    return seen


@pytest.mark.parametrize("backend", OTHERS)
def test_postgres_gives_what_sqlite_gives_on_the_examples(backend: str, pg_db: str, tmp_path: Path) -> None:
    lite = str(tmp_path / "events.db")
    for db in (lite, pg_db):
        assert run("ingest", str(EXAMPLES), "--db", db)[0] == 0
        assert run("merge", "--db", db)[0] == 0
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = _outputs(lite, tmp_path / "a"), _outputs(pg_db, tmp_path / "b")
    # The event count moves with the extractor; the point here is that both stores give the same rows.
    count = re.search(r"\((\d+) events\)\n$", a["table"])
    assert count and int(count.group(1)) > 20 and "Kyiv" in a["table"]
    assert "Situation report" in a["report"] and "Kyiv" in a["report"]
    for key in a:
        assert a[key] == b[key], key


@pytest.mark.parametrize("backend", OTHERS)
def test_reading_commands_refuse_a_postgres_database_without_eventwire_tables(backend: str, pg_db: str) -> None:
    """A mistyped database name must not read as "0 events", nor get tables created in someone's database."""
    for args in (("events",), ("merge",), ("report", "--since", "2025-06-01", "--until", "2025-06-07")):
        code, text = run(*args, "--db", pg_db)
        assert code == 2 and "no eventwire tables in the database" in text, (args, text)
        assert "postgresql://***@" in text or "@" not in text  # a password in the URL is never echoed
    import psycopg

    with psycopg.connect(pg_db) as conn:
        assert conn.execute("SELECT to_regclass('schema_migrations')").fetchone() == (None,)
    assert run("ingest", str(EXAMPLES / "kyiv-airstrikes.txt"), "--db", pg_db)[0] == 0  # ingest creates them
    code, text = run("events", "--db", pg_db, "--country", "UA")
    assert code == 0 and "Kyiv" in text
