"""POST /api/ingest says what the request stored itself, counted as the CLI and the Python API count."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.store import open_store

STORY = "Kyiv, 6 June 2025. Russian drones struck a warehouse in Kyiv overnight, killing two people, officials said.\n"


def test_rest_ingest_says_what_the_request_stored(tmp_path: Path) -> None:
    db = tmp_path / "rest.db"
    open_store(db).close()
    doc = [{"text": STORY, "published": "2025-06-06", "source": "t"}]
    with TestClient(create_app(str(db), token="s3cret")) as client:
        first = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"}).json()
        again = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"}).json()
    assert first["new_articles"] == 1 and first["new_events"] == len(first["events"]) >= 1
    assert again["new_articles"] == 0 and again["new_events"] == 0 and again["events"]
