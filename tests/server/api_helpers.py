"""Shared helpers for the REST tests."""

from __future__ import annotations

from fastapi.testclient import TestClient


def ids(client: TestClient, path: str, **params: object) -> list[str]:
    """The ids a 200 answer lists (its `items`, or a GeoJSON answer's `features`)."""
    answer = client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return [e["id"] for e in body.get("items", body.get("features", []))]
