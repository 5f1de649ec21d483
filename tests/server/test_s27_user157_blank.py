"""POST /api/ingest refuses a whitespace-only text, as the readers call an empty file an empty document."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.store import open_store

AUTH = {"Authorization": "Bearer s3cret"}


def test_whitespace_text_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    db = tmp_path / "rest.db"
    open_store(db).close()
    with TestClient(create_app(str(db), token="s3cret")) as client:
        answer = client.post("/api/ingest", json=[{"text": " \n\t "}], headers=AUTH)
        stats = client.get("/api/stats").json()
    assert answer.status_code == 422
    assert "body.0.text" in answer.json()["error"]["message"] and "empty document" in answer.json()["error"]["message"]
    assert stats["articles"] == 0


def test_text_with_spaces_around_it_is_still_read(tmp_path: Path) -> None:
    db = tmp_path / "rest.db"
    open_store(db).close()
    doc = [{"text": "  Gunmen killed two villagers near Kano on Monday, police said.  ", "published": "2025-06-02"}]
    with TestClient(create_app(str(db), token="s3cret")) as client:
        answer = client.post("/api/ingest", json=doc, headers=AUTH)
    assert answer.status_code == 200 and answer.json()["new_articles"] == 1
