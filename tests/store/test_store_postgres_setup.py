"""A team's first PostgreSQL run: a database that is not there says how to create it."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

from .conftest import BACKENDS


@pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "sqlite"])
def test_a_missing_postgres_database_says_how_to_create_it(backend: str, pg_url: str) -> None:
    url = urlunsplit(urlsplit(pg_url)._replace(path="/eventwire_not_created"))
    result = CliRunner().invoke(cli, ["ingest", "-", "--db", url], input="Shelling hit Kharkiv.")
    assert result.exit_code == 1
    assert 'database "eventwire_not_created" does not exist; create it first (createdb NAME, or CREATE DATABASE ' \
           "NAME in psql): eventwire creates its tables" in result.output
