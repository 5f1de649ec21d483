"""The map's Confidence box sends `min_confidence`, and a popup shows the confidence with what it means."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.model import DateSpan, Event, Location, Plover
from eventwire.server import create_app
from eventwire.store import open_store

MYKOLAIV = Location(name="Mykolaiv", geonameid=700569, lat=46.9659, lon=31.9974, country_code="UA", precision=1)


def _event(n: int, confidence: float, political: bool = False) -> Event:
    kind: dict[str, object] = ({"plover": Plover(event="THREATEN", mode="violence")} if political
                               else {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"})
    return Event.model_validate({"id": f"ev_{n:016x}", "location": MYKOLAIV, "confidence": confidence,
                                 "date": DateSpan(start=date(2025, 6, n), end=date(2025, 6, n), precision="day"),
                                 **kind})


def test_the_confidence_box_sends_min_confidence_and_popups_explain_the_number(tmp_path: Path) -> None:
    db = tmp_path / "map.db"
    with open_store(db) as store:
        store.upsert_events([_event(1, 0.93), _event(2, 0.55), _event(3, 0.81, political=True)])
    with TestClient(create_app(str(db))) as client:
        page, script = client.get("/map").text, client.get("/static/map.js").text
        # What the page sends when "80% or more" is chosen (the form posts every non-empty box as a parameter).
        shown = client.get("/api/events.geojson", params={"order": "newest", "min_confidence": "0.8",
                                                          "limit": 1000}).json()
    box = re.search(r'<select name="min_confidence">(.*?)</select>', page, re.S)
    assert box is not None
    options = re.findall(r'<option value="([^"]*)">([^<]+)</option>', box.group(1))
    assert options == [("", "any"), ("0.5", "50% or more"), ("0.7", "70% or more"), ("0.8", "80% or more"),
                       ("0.9", "90% or more")]
    assert [(f["id"], f["properties"]["confidence"]) for f in shown["features"]] == [
        (f"ev_{3:016x}", 0.81), (f"ev_{1:016x}", 0.93)]
    # The popup line and its tooltip: calibrated for violent reports only, a rule score otherwise.
    assert "`Confidence ${Math.round(p.confidence * 100)}%`" in script
    assert 'new Set(["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"])' in script
    assert "A rule score, not a calibrated probability" in script and "calibrated on hand-labelled reports" in script
    assert 'bindPopup(() => popup(p, String(f.id).startsWith("cev_")))' in script
