"""Record ids a corpus gives ("1", "2", ...) must not let one corpus overwrite another's articles and events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.store import open_store
from eventwire.store.base import EventQuery

# Texts written for this test.
KHARKIV = "Russian drones struck a warehouse in Kharkiv overnight, killing two people, the governor said."
KHERSON = "Shelling damaged a school in Kherson on Tuesday; three people were wounded, officials said."


def _jsonl(path: Path, *records: dict[str, str]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _ingest(db: str, path: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", path, "--db", db, "--published", "2025-06-06"])
    assert result.exit_code == 0, result.output
    return result.output


def _places(db: str) -> list[str]:
    with open_store(db) as store:
        return sorted(e.location.name for e in store.query_events(EventQuery()) if e.location)


def test_a_second_corpus_reusing_an_id_keeps_both_articles_and_their_events(tmp_path: Path,
                                                                           caplog: pytest.LogCaptureFixture) -> None:
    db = str(tmp_path / "ids.db")
    a = _jsonl(tmp_path / "a.jsonl", {"id": "1", "text": KHARKIV})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "1", "text": KHERSON})
    _ingest(db, a)
    said = _ingest(db, b)
    assert "the id '1' is already stored for another text; stored as art_" in caplog.text
    assert "stored 1 new article and 1 new event" in said  # was "stored 0 new articles and 0 new events"
    assert _places(db) == ["Kharkiv", "Kherson"]  # HEAD lost the Kharkiv strike
    with open_store(db) as store:
        assert store.get_article("1").text == KHARKIV  # the first keeps the id it gave
        [other] = [x for x in store.search_articles("Kherson")]
        assert other.id.startswith("art_") and other.meta["given_id"] == "1"
    # Both files again: nothing new, nothing lost (the renamed record lands on the same content id).
    assert "stored 0 new articles and 0 new events" in _ingest(db, b)
    assert "stored 0 new articles and 0 new events" in _ingest(db, a)
    assert _places(db) == ["Kharkiv", "Kherson"]


def test_one_file_reusing_an_id_keeps_both_records(tmp_path: Path) -> None:
    db = str(tmp_path / "one.db")
    both = _jsonl(tmp_path / "both.jsonl", {"id": "7", "text": KHARKIV}, {"id": "7", "text": KHERSON},
                  {"id": "7", "text": KHARKIV})  # the same record twice is one article, as before
    assert "stored 2 new articles" in _ingest(db, both)
    assert _places(db) == ["Kharkiv", "Kherson"]


def test_the_same_file_resending_a_corrected_record_updates_it(tmp_path: Path) -> None:
    # A live story corrected under the id it was first sent with replaces the first text and its events.
    db = str(tmp_path / "upd.db")
    path = tmp_path / "feed.jsonl"
    _ingest(db, _jsonl(path, {"id": "1", "text": KHARKIV}))
    said = _ingest(db, _jsonl(path, {"id": "1", "text": KHARKIV.replace("two people", "three people")}))
    assert "stored 0 new articles" in said
    with open_store(db) as store:
        assert "three people" in store.get_article("1").text
        [event] = store.query_events(EventQuery())
        assert event.fatalities.best == 3
