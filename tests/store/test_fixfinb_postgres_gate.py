"""An older PostgreSQL server is refused at open, naming the minimum (as SQLite's gate does)."""

from __future__ import annotations

import pytest

import eventwire.store.postgres as pg
from eventwire.errors import StoreError

from .conftest import BACKENDS


@pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "sqlite"])
@pytest.mark.parametrize(("have", "said"), [(110005, "11.5"), (90624, "9.6")])
def test_a_server_older_than_the_minimum_is_refused_by_name(backend: str, pg_url: str, have: int, said: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # The real server, but its version read as an older one: open must refuse before any migration runs.
    monkeypatch.setattr(pg.PostgresStore, "_server_version", lambda self: have)
    with pytest.raises(StoreError, match=rf"needs PostgreSQL 12 or newer; the server at .* is PostgreSQL {said}:"):
        pg.PostgresStore(pg_url)


@pytest.mark.parametrize("backend", [b for b in BACKENDS if b != "sqlite"])
def test_the_test_server_passes_the_gate(backend: str, pg_url: str) -> None:
    store = pg.PostgresStore(pg_url)
    try:
        assert store._server_version() >= pg.MIN_POSTGRES
    finally:
        store.close()
