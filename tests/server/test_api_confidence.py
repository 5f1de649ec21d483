"""`min_confidence` on the event endpoints: events and merged events kept, bad values refused, described."""

from __future__ import annotations

from datetime import date

import pytest
from api_helpers import ids
from fastapi.testclient import TestClient

from eventwire.merge.types import Cluster
from eventwire.model import DateSpan, Event, Evidence, Location
from eventwire.server import create_app
from eventwire.store import open_store

KHERSON = Location(name="Kherson", geonameid=706448, lat=46.6354, lon=32.6169, country_code="UA", precision=1)
SUMY = Location(name="Sumy", geonameid=692194, lat=50.9216, lon=34.8003, country_code="UA", precision=1)


def _event(eid: str, place: Location, confidence: float, **kw: object) -> Event:
    text = f"Troops clashed near {place.name} on Monday."  # written for this test
    return Event(id=eid, event_type="Battles", sub_event_type="Armed clash", location=place,
                 date=DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 2), precision="day"),
                 evidence=[Evidence(article_id=f"art_{eid}", start=0, end=len(text), text=text)],
                 article_ids=[f"art_{eid}"], sources=[f"Wire {eid}"], confidence=confidence, **kw)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("conf") / "ew.db"
    sure, unsure = _event("ev_kherson", KHERSON, 0.88), _event("ev_sumy", SUMY, 0.35)
    with open_store(db) as store:
        store.upsert_events([sure, unsure])
        # Two weak reports of the Sumy clash make a stronger merged event (1 - 0.65 * 0.65 = 0.58).
        store.save_clusters([Cluster(id="cev_sumy", event=unsure.model_copy(update={"id": "cev_sumy",
                                                                                    "confidence": 0.58}),
                                     member_ids=["ev_sumy"], sources=["Wire A", "Wire B"]),
                             Cluster(id="cev_kherson", event=sure.model_copy(update={"id": "cev_kherson"}),
                                     member_ids=["ev_kherson"], sources=["Wire ev_kherson"])], [])
    with TestClient(create_app(str(db))) as c:
        yield c


def test_events_and_merged_events_at_or_above_the_confidence(client: TestClient) -> None:
    assert ids(client, "/api/events") == ["ev_kherson", "ev_sumy"]
    assert ids(client, "/api/events", min_confidence=0.5) == ["ev_kherson"]
    assert ids(client, "/api/events", min_confidence=0.35) == ["ev_kherson", "ev_sumy"]
    assert ids(client, "/api/events.geojson", min_confidence=0.9) == []
    assert ids(client, "/api/events", min_confidence=0.5, merged="true") == ["cev_kherson", "cev_sumy"]
    assert ids(client, "/api/events.geojson", min_confidence=0.6, merged="true") == ["cev_kherson"]
    # The map's popup reads the confidence from the GeoJSON.
    [feature] = client.get("/api/events.geojson", params={"min_confidence": 0.5}).json()["features"]
    assert feature["properties"]["confidence"] == 0.88


@pytest.mark.parametrize("value, words", [
    ("1.5", "query.min_confidence: Input should be less than or equal to 1"),
    ("-0.2", "query.min_confidence: Input should be greater than or equal to 0"),
    ("nan", "query.min_confidence: Input should be a finite number"),
    ("60%", "query.min_confidence: Input should be a valid number"),
])
def test_a_bad_confidence_gets_the_one_error_envelope(client: TestClient, value: str, words: str) -> None:
    for path in ("/api/events", "/api/events.geojson"):
        bad = client.get(path, params={"min_confidence": value})
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
        assert bad.json()["error"]["message"].startswith(words)
    guess = client.get("/api/events", params={"confidence": "0.5"}).json()["error"]["message"]
    assert "unknown query parameter 'confidence' (did you mean 'min_confidence'?)" in guess


def test_openapi_says_what_the_confidence_means(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events.geojson"):
        [param] = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "min_confidence"]
        assert "learned probability that its type, date (±1 day) and place (within 25 km) are right" in \
            param["description"] and "a rule score" in param["description"]
        assert param["schema"]["anyOf"][0] == {"type": "number", "minimum": 0, "maximum": 1}
