"""REST: order=newest pages with the cursor, a bad order is a 422, and type=Political filters PLOVER-only events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.model import DateSpan, Event, Location, Plover
from eventwire.server import create_app
from eventwire.store import open_store

KYIV = Location(name="Kyiv", geonameid=703448, lat=50.4547, lon=30.5238, country_code="UA", precision=1)


def _event(n: int, day: date | None, political: bool = False) -> Event:
    """A strike on `day`, or a PLOVER-only threat with no ACLED type."""
    kind: dict[str, object] = (
        {"plover": Plover(event="THREATEN", mode="violence")} if political
        else {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"})
    span = DateSpan(start=day, end=day, precision="day") if day else DateSpan()
    return Event.model_validate({"id": f"ev_{n:016x}", "date": span, "location": KYIV, **kind})


# Seven days of strikes (two on June 5), two political events (one undated), one undated strike.
EVENTS = [_event(n, date(2025, 6, min(n, 5))) for n in range(1, 7)] + [
    _event(7, date(2025, 6, 4), political=True), _event(8, None, political=True), _event(9, None)]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db: Path = tmp_path_factory.mktemp("order") / "ew.db"
    with open_store(db) as store:
        store.upsert_events(EVENTS)
    with TestClient(create_app(str(db))) as c:
        yield c


def _walk(client: TestClient, path: str, **params: object) -> list[str]:
    """Every id of a paged query, following next_cursor."""
    seen: list[str] = []
    cursor = None
    while True:
        body = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items = body["items"] if "items" in body else body["features"]
        seen += [x["id"] for x in items]
        cursor = body["next_cursor"]
        if not cursor:
            return seen


def test_newest_first_pages_with_the_cursor_and_oldest_stays_the_default(client: TestClient) -> None:
    dated = sorted((e for e in EVENTS if e.date.start), key=lambda e: (e.date.start, e.id), reverse=True)
    undated = sorted((e.id for e in EVENTS if not e.date.start), reverse=True)
    newest = [e.id for e in dated] + undated
    assert newest[:2] == ["ev_0000000000000006", "ev_0000000000000005"]  # June 5, larger id first
    assert newest[-2:] == ["ev_0000000000000009", "ev_0000000000000008"]  # undated last
    for limit in (1, 2, 4):
        assert _walk(client, "/api/events", order="newest", limit=limit) == newest
        assert _walk(client, "/api/events.geojson", order="newest", limit=limit) == newest
    default = [x["id"] for x in client.get("/api/events").json()["items"]]
    assert default == _walk(client, "/api/events", order="oldest", limit=3) == list(reversed(newest))


@pytest.mark.parametrize("params", [{"order": "latest"}, {"order": ""}, {"order": "NEWEST"}])
def test_a_bad_order_is_a_422_that_names_the_two(client: TestClient, params: dict[str, str]) -> None:
    said = client.get("/api/events", params=params)
    assert said.status_code == 422
    assert said.json()["error"] == {"code": "invalid_request",
                                    "message": "query.order: Input should be 'oldest' or 'newest'"}


def test_a_cursor_asked_in_the_other_order_is_a_422(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"order": "newest", "limit": 2}).json()["next_cursor"]
    said = client.get("/api/events.geojson", params={"cursor": cursor, "limit": 2})
    assert said.status_code == 422 and said.json()["error"]["message"] == (
        "this cursor continues an order=newest query: ask with order=newest, or start without it")


def test_sort_is_refused_with_a_hint_to_order(client: TestClient) -> None:
    said = client.get("/api/events", params={"sort": "newest"})
    assert said.status_code == 422 and "'sort' (did you mean 'order'?)" in said.json()["error"]["message"]


def test_type_political_is_the_events_with_no_acled_type(client: TestClient) -> None:
    for value in ("Political", "political"):
        items = client.get("/api/events", params={"type": value}).json()["items"]
        assert [x["id"] for x in items] == ["ev_0000000000000008", "ev_0000000000000007"]  # undated first
        assert all(x["event_type"] is None and x["plover"]["event"] == "THREATEN" for x in items)
    geo = client.get("/api/events.geojson", params={"type": "political", "order": "newest"}).json()
    assert [(f["id"], f["properties"]["plover"]) for f in geo["features"]] == [
        ("ev_0000000000000007", "THREATEN"), ("ev_0000000000000008", "THREATEN")]
    # The ACLED types leave them out, and a misspelt type is still refused with a hint.
    strikes = client.get("/api/events", params={"type": "Explosions/Remote violence"}).json()["items"]
    assert len(strikes) == 7 and all(x["event_type"] for x in strikes)
    said = client.get("/api/events", params={"type": "Politcal"})
    assert said.status_code == 422 and "did you mean 'Political'?" in said.json()["error"]["message"]
