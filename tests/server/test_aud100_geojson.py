"""GET /api/events.geojson writes only RFC 7946 positions: a place with half a point is left out and counted."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from eventwire.model import DateSpan, Event, Location
from eventwire.server import create_app
from eventwire.store import open_store


def _event(eid: str, loc: Location) -> Event:
    return Event(id=eid, event_type="Battles", sub_event_type="Armed clash", location=loc,
                 date=DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 2), precision="day"), sources=["Test Wire"])


def test_a_point_missing_its_longitude_is_no_feature(tmp_path):
    db = str(tmp_path / "ew.db")
    with open_store(db) as store:
        store.upsert_events([
            _event("ev_aaaaaaaaaaaaaaaa", Location(name="Kharkiv", lat=49.98, lon=36.25, country_code="UA", precision=1)),
            # a record from another writer with half a point: it was [null, 48.5], no GeoJSON position
            _event("ev_bbbbbbbbbbbbbbbb", Location(name="Half", lat=48.5, country_code="UA", precision=1)),
        ])
    with TestClient(create_app(db)) as c:
        geo = c.get("/api/events.geojson").json()
    assert [(f["id"], f["geometry"]["coordinates"]) for f in geo["features"]] == [("ev_aaaaaaaaaaaaaaaa", [36.25, 49.98])]
    assert geo["skipped_without_coordinates"] == 1
