"""The Python API end to end on each backend: ingest the seed story (and a broken file), query, merge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import eventwire
from eventwire.merge import merge_store
from eventwire.store import open_store

from .conftest import BACKENDS, _postgres_db

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL of each backend: a SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "events.db")
        return
    from urllib.parse import urlsplit, urlunsplit

    from psycopg.conninfo import conninfo_to_dict

    with _postgres_db(request.getfixturevalue("pg_url")) as conninfo:
        # open_store wants a postgresql:// URL: the server's URL with this test's database as its path.
        yield urlunsplit(urlsplit(request.getfixturevalue("pg_url"))._replace(
            path="/" + str(conninfo_to_dict(conninfo)["dbname"])))


def test_ingest_query_and_merge(db: str, tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    stats = eventwire.ingest([str(SEED), str(bad)], db=db)
    assert (stats.succeeded, stats.failed) == (1, 1)
    [kyiv] = [e for e in eventwire.query(db, country="UA") if e.sub_event_type == "Air/drone strike"]
    assert kyiv.location is not None and kyiv.location.name == "Kyiv" and kyiv.fatalities.best == 4
    again = eventwire.ingest([str(SEED)], db=db)  # idempotent: same ids, nothing added
    assert again.succeeded == 1
    with open_store(db) as store:
        assert store.stats()["articles"] == 1
        assert [f["reason"] for f in store.failures()] == ["empty document"]
        summary = merge_store(store)
        assert summary.events == store.stats()["events"] and summary.clusters >= 1
        assert store.query_clusters(eventwire.store.EventQuery(country="UA"))


def test_a_text_ingested_again_with_its_sidecar_replaces_its_first_events(db: str, tmp_path: Path) -> None:
    """First without a date or outlet, then with its sidecar: same article id, new event ids, old ones gone."""
    story = tmp_path / "story.txt"
    story.write_text("Drone strike kills two in Kharkiv\n\nA Russian drone struck a house in Kharkiv on Thursday, "
                     "killing two people, the governor said.\n", encoding="utf-8")
    first = eventwire.ingest([str(story)], db=db)
    undated = {e.id for e in eventwire.query(db)}
    story.with_suffix(".json").write_text('{"source": "Wire B", "published": "2025-06-06"}', encoding="utf-8")
    second = eventwire.ingest([str(story)], db=db)
    assert first.events == second.events >= 1
    rows = eventwire.query(db)
    assert len(rows) == second.events  # not the first run's events beside the second's
    assert all(e.sources == ["Wire B"] and e.date.start is not None for e in rows)
    assert undated.isdisjoint(e.id for e in rows)
    with open_store(db) as store:
        assert store.stats()["articles"] == 1


def test_a_nul_character_in_a_document_does_not_stop_the_run(db: str, tmp_path: Path) -> None:
    """JSON "\\u0000" in one record stopped a PostgreSQL ingest ("text fields cannot contain NUL"); a text file with
    one stray NUL byte was refused as binary."""
    import json

    records = tmp_path / "dump.jsonl"
    records.write_text(json.dumps({"id": "n1", "published": "2025-06-03",
                                   "text": "Russian drones struck Kharkiv on Tuesday,\u0000 killing two people."}) + "\n"
                       + json.dumps({"id": "n2", "published": "2025-06-02",
                                     "text": "Shelling hit Kherson on Monday, killing one man."}) + "\n",
                       encoding="utf-8")
    stray = tmp_path / "stray.txt"
    stray.write_bytes(b"Drones struck Sumy on Wednesday, killing three people, the governor said.\x00\n")
    stats = eventwire.ingest([str(records), str(stray)], db=db, published=None)
    assert (stats.documents, stats.failed) == (3, 0)
    with open_store(db) as store:
        texts = [a.text for a in store.search_articles("killing", limit=10)]
        assert len(texts) == 3 and not any("\x00" in t for t in texts)
        kharkiv = next(a for a in store.search_articles("Kharkiv") if "Kharkiv" in a.text)
        assert kharkiv.text == "Russian drones struck Kharkiv on Tuesday, killing two people."
        assert kharkiv.meta["nul_removed"] == 1
    places = {e.location.name for e in eventwire.query(db) if e.location}
    assert {"Kharkiv", "Kherson", "Sumy"} <= places
