"""Newest-first queries from Python, and `eventwire events --type political` from a person's side."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import UsageError
from eventwire.model import DateSpan, Event, Location, Plover
from eventwire.store import open_store

LVIV = Location(name="Lviv", geonameid=702550, lat=49.8383, lon=24.0232, country_code="UA", precision=1)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = tmp_path_factory.mktemp("order") / "ew.db"
    strikes = [Event.model_validate({
        "id": f"ev_{n:016x}", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "location": LVIV, "date": DateSpan(start=date(2025, 6, n), end=date(2025, 6, n), precision="day")})
        for n in range(1, 5)]
    threat = Event(id="ev_threat0000000000", plover=Plover(event="THREATEN", mode="violence"), location=LVIV,
                   date=DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 2), precision="day"))
    with open_store(path) as store:
        store.upsert_events([*strikes, threat])
    return path


def _ids(out: str) -> list[str]:
    return [json.loads(line)["id"] for line in out.splitlines()]


def test_the_python_api_pages_newest_first_and_keeps_oldest_as_the_default(db: Path) -> None:
    from eventwire.api import query

    assert [e.id for e in query(db, order="newest", limit=2)] == ["ev_0000000000000004", "ev_0000000000000003"]
    every = [e.id for e in query(db, order="newest", every=True)]
    assert every == list(reversed([e.id for e in query(db)])) and len(every) == 5
    with pytest.raises(UsageError, match=r"order: Input should be 'oldest' or 'newest' \(got 'latest'\)"):
        query(db, order="latest")


def test_type_political_lists_only_the_events_with_no_acled_type(db: Path) -> None:
    done = CliRunner().invoke(cli, ["events", "--db", str(db), "--type", "political", "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    assert _ids(done.stdout) == ["ev_threat0000000000"]
    assert json.loads(done.stdout)["event_type"] is None
