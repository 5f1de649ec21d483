"""The map opens on the newest events, says which page it shows, and can show the political events alone."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import query
from eventwire.model import DateSpan, Event, Location, Plover
from eventwire.server import create_app
from eventwire.store import open_store

ODESA = Location(name="Odesa", geonameid=698740, lat=46.4775, lon=30.7326, country_code="UA", precision=1)
FIRST = date(2022, 2, 24)


def _event(n: int, political: bool = False) -> Event:
    """Event n on day FIRST + n: a strike, or a PLOVER-only demand with no ACLED type."""
    day = FIRST + timedelta(days=n)
    kind: dict[str, object] = ({"plover": Plover(event="DEMAND", mode="request")} if political
                               else {"event_type": "Battles", "sub_event_type": "Armed clash"})
    return Event.model_validate({"id": f"ev_{n:016x}", "location": ODESA,
                                 "date": DateSpan(start=day, end=day, precision="day"), **kind})


def test_the_maps_query_brings_the_newest_page_of_a_large_store(tmp_path: Path) -> None:
    db = tmp_path / "big.db"
    with open_store(db) as store:  # 1,200 days of events: more than the map's one page of 1,000
        store.upsert_events([_event(n, political=n % 100 == 0) for n in range(1200)])
    with TestClient(create_app(str(db))) as client:
        # The query the page sends on opening (load({order: "newest"}) plus its limit).
        body = client.get("/api/events.geojson", params={"order": "newest", "limit": 1000}).json()
        days = [f["properties"]["date"] for f in body["features"]]
        assert days[0] == (FIRST + timedelta(days=1199)).isoformat() and days == sorted(days, reverse=True)
        assert days[-1] == (FIRST + timedelta(days=200)).isoformat() and body["next_cursor"]
        rest = client.get("/api/events.geojson", params={"order": "newest", "limit": 1000,
                                                         "cursor": body["next_cursor"]}).json()
        assert len(rest["features"]) == 200 and rest["next_cursor"] is None
        assert rest["features"][-1]["properties"]["date"] == FIRST.isoformat()
        # The Type box's "Political" option sends type=Political: the 12 PLOVER-only events, no Battles.
        political = client.get("/api/events.geojson", params={"type": "Political", "order": "newest"}).json()
        assert len(political["features"]) == 12
        assert {(f["properties"]["event_type"], f["properties"]["plover"]) for f in political["features"]} == {
            (None, "DEMAND")}
        page, script = client.get("/map").text, client.get("/static/map.js").text
    # The Python API names the cut the same way: the newest 1000, not "the first".
    with pytest.warns(UserWarning, match="query returned the newest 1000 events"):
        assert query(db, order="newest")[0].id == f"ev_{1199:016x}"
    assert '<option value="Political">Political (no ACLED type)</option>' in page
    assert '<select name="order">' in page and page.index('value="newest"') < page.index('value="oldest"')
    # The first load asks for the newest events, and the status line names which 1000 it shows and their days.
    assert 'load(merged ? {merged: "on", order: "newest"} : {order: "newest"});' in script
    assert "the ${which} 1000 matching events only" in script and "span(body.features)" in script
    assert "function span(features)" in script


def test_the_type_boxes_offer_exactly_the_codebook_and_political(tmp_path: Path) -> None:
    import re

    from eventwire.store.taxonomy import ACLED_TYPES

    db = tmp_path / "few.db"
    with open_store(db) as store:
        store.upsert_events([_event(n, political=n == 2) for n in range(3)])
    with TestClient(create_app(str(db))) as client:
        page = client.get("/map").text
        # The Sub-type box sends sub_type=…, as the Type box sends type=…: both are API filters.
        clashes = client.get("/api/events.geojson", params={"sub_type": "Armed clash", "order": "newest"}).json()
        mixed = client.get("/api/events.geojson", params={"type": "Political", "sub_type": "Armed clash"})
    types = re.search(r'<select name="type">(.*?)</select>', page, re.S)
    subs = re.search(r'<select name="sub_type">(.*?)</select>', page, re.S)
    assert types and subs
    assert re.findall(r"<option(?: value=\"(?:Political)?\")?>([^<]*)<", types.group(1)) == [
        "all", *ACLED_TYPES, "Political (no ACLED type)"]
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', subs.group(1), re.S)
    assert {label: tuple(re.findall(r"<option>([^<]+)</option>", body)) for label, body in groups} == ACLED_TYPES
    assert [f["id"] for f in clashes["features"]] == [f"ev_{1:016x}", f"ev_{0:016x}"]
    # A sub-type of another type is refused with a message the status line shows, not an empty map.
    assert mixed.status_code == 422 and "not of 'Political'" in mixed.json()["error"]["message"]
