"""`bbox` on the event endpoints: events and merged events in a box, bad boxes refused, the parameter described."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from api_helpers import ids
from fastapi.testclient import TestClient

from eventwire.merge.types import Cluster
from eventwire.model import DateSpan, Event, Evidence, Location
from eventwire.server import create_app
from eventwire.store import open_store

ZAPORIZHZHIA = Location(name="Zaporizhzhia", geonameid=687700, lat=47.8229, lon=35.1903, country_code="UA")
CHERNIHIV = Location(name="Chernihiv", geonameid=710735, lat=51.5055, lon=31.2849, country_code="UA")
NUKUALOFA = Location(name="Nuku'alofa", geonameid=4032402, lat=-21.1394, lon=-175.2018, country_code="TO")


def _event(eid: str, place: Location | None) -> Event:
    text = f"Artillery fire hit {place.name if place else 'a village'} on Friday."  # written for this test
    return Event(id=eid, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 location=place, date=DateSpan(start=date(2025, 6, 6), end=date(2025, 6, 6), precision="day"),
                 evidence=[Evidence(article_id=f"art_{eid}", start=0, end=len(text), text=text)],
                 article_ids=[f"art_{eid}"], sources=[f"Wire {eid}"], confidence=0.7)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("bbox") / "ew.db"
    events = [_event("ev_zap", ZAPORIZHZHIA), _event("ev_cher", CHERNIHIV), _event("ev_tonga", NUKUALOFA),
              _event("ev_unplaced", None)]
    with open_store(db) as store:
        store.upsert_events(events)
        store.save_clusters([Cluster(id="c" + e.id, event=e.model_copy(update={"id": "c" + e.id}),
                                     member_ids=[e.id], sources=e.sources) for e in events], [])
    with TestClient(create_app(str(db))) as c:
        yield c


def test_events_and_merged_events_in_a_box(client: TestClient) -> None:
    ukraine = "22.1,44.3,40.2,52.4"
    assert ids(client, "/api/events", bbox=ukraine) == ["ev_cher", "ev_zap"]
    assert ids(client, "/api/events", bbox="34,47,36,48.5") == ["ev_zap"]
    assert ids(client, "/api/events", bbox=ukraine, merged="true") == ["cev_cher", "cev_zap"]
    assert ids(client, "/api/events.geojson", bbox="30,50,32,52", merged="true") == ["cev_cher"]
    # Across the antimeridian; the event with no point is in no box, not even the world.
    assert ids(client, "/api/events", bbox="170,-30,-170,-10") == ["ev_tonga"]
    answer = client.get("/api/events.geojson", params={"bbox": "-180,-90,180,90"}).json()
    assert len(answer["features"]) == 3 and answer["skipped_without_coordinates"] == 0


@pytest.mark.parametrize("bad, said", [
    ("22.1,44.3,40.2", "four numbers"),
    ("Zaporizhzhia", "four numbers"),
    ("47.8,35.2,48,200", "latitudes must be from -90 to 90"),
    ("22,52,40,44", "min_lat (52) is above max_lat (44)"),
])
def test_a_bad_box_is_a_422_naming_the_form(client: TestClient, bad: str, said: str) -> None:
    for merged in ("false", "true"):
        answer = client.get("/api/events", params={"bbox": bad, "merged": merged})
        assert answer.status_code == 422
        error = answer.json()["error"]
        assert error["code"] == "invalid_request"
        assert said in error["message"] and "min_lon,min_lat,max_lon,max_lat" in error["message"]


def test_a_box_under_another_name_points_to_bbox(client: TestClient) -> None:
    answer = client.get("/api/events", params={"bounds": "22,44,40,52"})
    assert answer.status_code == 422 and "did you mean 'bbox'?" in answer.json()["error"]["message"]


def test_the_schema_describes_bbox(client: TestClient) -> None:
    for path in ("/api/events", "/api/events.geojson"):
        params = {p["name"]: p for p in client.get("/openapi.json").json()["paths"][path]["get"]["parameters"]}
        assert "min_lon,min_lat,max_lon,max_lat" in params["bbox"]["description"]
        assert "22.1,44.3,40.2,52.4" in params["bbox"]["examples"]
