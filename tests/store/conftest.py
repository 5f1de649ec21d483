"""Fixtures for store tests: hand-built articles and events (texts written for the tests)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from eventwire.model import (
    Actor,
    Article,
    Claim,
    Count,
    DateSpan,
    Event,
    Evidence,
    Flag,
    Plover,
    Weapon,
)
from eventwire.store import SQLiteStore, Store, open_store

from .samples import KHARKIV, KYIV, QATANA


@pytest.fixture
def articles() -> list[Article]:
    """Three short articles written for the tests."""
    return [
        Article(
            text="Russian drones struck apartment blocks in Kyiv overnight, the mayor said.\u2002Fires broke out.",
            title="Drones hit Kyiv",
            source="Test Wire",
            url="https://example.org/a",
            published=date(2025, 6, 6),
            language="en",
            meta={"feed": "test", "tags": ["ukraine"]},
        ),
        Article(
            text="Shelling damaged a school in Kharkiv on Tuesday; two people were wounded.",
            title="Kharkiv shelled",
            source="Other Outlet",
            published=datetime(2025, 6, 3, 14, 30, tzinfo=timezone.utc),
        ),
        Article(text="A drone hit the Qatana district of the Syrian capital.", title=None),
    ]


def make_event(eid: str, art: Article, **kw: object) -> Event:
    """An event linked to one article with evidence quoting its first 40 characters."""
    base: dict[str, object] = {
        "id": eid,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "plover": Plover(event="ASSAULT", mode="drone", context=["military"]),
        "date": DateSpan(start=date(2025, 6, 6), end=date(2025, 6, 6), precision="day", text="overnight"),
        "location": KYIV,
        "actors": [
            Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor"),
            Actor(name="Civilians (Ukraine)", country_code="UA", sector="CVL", role="recipient"),
        ],
        "fatalities": Count(low=4, best=4, text="at least four people were killed"),
        "injured": Count(low=24, best=24, text="dozens of others were injured"),
        "weapons": [Weapon(kind="drone"), Weapon(kind="missile", launched=40, intercepted=30)],
        "damage": ["apartment building", "fire"],
        "claims": [
            Claim(speaker="Vitali Klitschko", role="Mayor of Kyiv", text="Fires broke out", start=0, end=15)
        ],
        "evidence": [Evidence(article_id=art.id, start=0, end=40, text=art.text[:40], supports=["location"])],
        "flags": [Flag(code="test_flag", message="set by the test")],
        "article_ids": [art.id],
        "sources": [art.source or "unknown"],
        "confidence": 0.9,
    }
    base.update(kw)
    return Event.model_validate(base)


@pytest.fixture
def events(articles: list[Article]) -> list[Event]:
    """Four events over three articles, two countries, three days and two event types."""
    kyiv, kharkiv, qatana = articles
    return [
        make_event("ev_kyiv_strike", kyiv),
        make_event(
            "ev_kharkiv_shelling",
            kharkiv,
            sub_event_type="Shelling/artillery/missile attack",
            date=DateSpan(start=date(2025, 6, 3), end=date(2025, 6, 3), precision="day", text="on Tuesday"),
            location=KHARKIV,
            fatalities=Count(),
            injured=Count(low=2, best=2, text="two people were wounded"),
        ),
        make_event(
            "ev_qatana",
            qatana,
            date=DateSpan(start=date(2025, 6, 1), end=date(2025, 6, 7), precision="week"),
            location=QATANA,
            flags=[Flag(code="location_contradicts_story", message="Syria in a Ukraine story")],
        ),
        make_event(
            "ev_threat",
            kyiv,
            event_type=None,
            sub_event_type=None,
            plover=Plover(event="THREATEN", mode="violence"),
            date=DateSpan(),
            location=None,
            fatalities=Count(),
            injured=Count(),
        ),
    ]


# The contract suite runs on SQLite always and on PostgreSQL too: the server named by EVENTWIRE_TEST_POSTGRES
# (e.g. postgresql://postgres@/postgres?host=/tmp/pg&port=5432), else a throwaway one started from the pgserver
# wheel (the dev extra installs it, so CI tests both backends with no service to set up). EVENTWIRE_TEST_POSTGRES=off
# runs SQLite alone.
_PG_SETTING = os.environ.get("EVENTWIRE_TEST_POSTGRES", "")


def _have_embedded_postgres() -> bool:
    try:
        import pgserver  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


BACKENDS = ["sqlite"] if _PG_SETTING == "off" else (
    ["sqlite", "postgres"] if _PG_SETTING or _have_embedded_postgres() else ["sqlite"])


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The PostgreSQL server for the session: the configured one, or an embedded one deleted at the end."""
    if _PG_SETTING:
        yield _PG_SETTING
        return
    import tempfile

    import pgserver

    # A fresh folder directly under the temp dir: run as root, pgserver starts postgres as its own user, which
    # cannot enter pytest's private (0700) temp folders.
    server = pgserver.get_server(Path(tempfile.gettempdir()) / f"eventwire-pg-{uuid.uuid4().hex[:12]}",
                                 cleanup_mode="delete")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


@contextmanager
def _postgres_db(pg_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    name = "eventwire_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield make_conninfo(pg_url, dbname=name)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each backend under test."""
    if request.param == "sqlite":
        s = open_store(tmp_path / "events.db")
        assert isinstance(s, SQLiteStore)
        yield s
        s.close()
        return
    from eventwire.store.postgres import PostgresStore

    with _postgres_db(request.getfixturevalue("pg_url")) as conninfo:
        pg = PostgresStore(conninfo)
        yield pg
        pg.close()
