"""GET /api/failures refuses a query parameter it does not know instead of ignoring it (session-20 audit)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.store import open_store


def test_failures_refuse_an_unknown_parameter_and_keep_run_id(tmp_path):
    db = str(tmp_path / "ew.db")
    with open_store(db) as store:
        run = store.start_run({})
        store.record_failure(run, "a.txt", "empty document", "read")
        store.record_failure(run, "b.bin", "binary file, not text", "read")
    with TestClient(create_app(db)) as c:
        bad = c.get("/api/failures", params={"limit": 1})  # was a 200 with both failures: the limit ignored
        assert bad.status_code == 422
        assert bad.json()["error"]["message"] == "unknown query parameter 'limit'; filters: run_id"
        near = c.get("/api/failures", params={"run": run})
        assert near.status_code == 422 and "(did you mean 'run_id'?)" in near.json()["error"]["message"]
        listed = c.get("/api/failures", params={"run_id": run, "_": "123"})
        assert listed.status_code == 200 and [f["source"] for f in listed.json()] == ["a.txt", "b.bin"]
