"""Exports in the standards' own shapes: ACLED's columns and stand-in actors, PLOVER codebook modes, RFC 7946."""

from __future__ import annotations

import csv
import io
import json
import math
from collections import defaultdict
from datetime import date

from eventwire.evaluate.common import corpus_path
from eventwire.export import plover as plover_export
from eventwire.export import write
from eventwire.model import Actor, Count, DateSpan, Event, Location, Plover

ACLED_ORDER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
KHARKIV = Location(name="Kharkiv", geonameid=706483, lat=49.98, lon=36.25, country_code="UA", precision=1)
DAY = DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 2), precision="day")


def _event(eid: str, event_type: str, sub: str, actors: list[Actor], **kw: object) -> Event:
    fields: dict = {"location": KHARKIV, "date": DAY, "sources": ["Test Wire"], "fatalities": Count()}
    fields.update(kw)
    return Event(id=eid, event_type=event_type, sub_event_type=sub, actors=actors, **fields)


def _acled(events: list[Event]) -> list[dict[str, str]]:
    buf = io.StringIO()
    write(events, "acled", buf)
    text = buf.getvalue()
    assert next(csv.reader(io.StringIO(text))) == ACLED_ORDER
    return list(csv.DictReader(io.StringIO(text)))


def _interaction(inter1: str, inter2: str) -> str:
    a, b = int(inter1 or 0), int(inter2 or 0)
    return str(10 * min(a, b) + max(a, b) if a and b else 10 * (a or b) or "")


def acled_problems(rows: list[dict[str, str]]) -> list[str]:
    """What in ACLED rows breaks ACLED's own rules (actor1 and its inter code, interaction, civilian targeting)."""
    out = []
    for r in rows:
        if not r["actor1"] or r["inter1"] not in "12345678":
            out.append(f"{r['event_id_cnty']}: actor1 {r['actor1']!r} inter1 {r['inter1']!r}")
        if r["interaction"] != _interaction(r["inter1"], r["inter2"]):
            out.append(f"{r['event_id_cnty']}: interaction {r['interaction']}")
        if r["event_type"] == "Violence against civilians" and r["civilian_targeting"] != "Civilian targeting":
            out.append(f"{r['event_id_cnty']}: violence against civilians not marked civilian targeting")
        if r["event_type"] == "Violence against civilians" and r["actor2"] and r["inter2"] in ("", "5", "6"):
            out.append(f"{r['event_id_cnty']}: an unarmed victim of violence against civilians is not inter 7")
        date.fromisoformat(r["event_date"])
    return out


def test_unnamed_sides_get_acleds_stand_in_actors() -> None:
    # Shapes: "Protesters rallied in Kharkiv", "Shelling hit Kharkiv", "Gunmen shot a farmer" with no side named.
    rows = _acled([
        _event("ev_01", "Protests", "Peaceful protest", []),
        _event("ev_02", "Explosions/Remote violence", "Shelling/artillery/missile attack", []),
        _event("ev_03", "Violence against civilians", "Attack", []),
        _event("ev_04", "Riots", "Mob violence", []),
    ])
    got = [(r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]) for r in rows]
    assert got == [
        ("Protesters (Ukraine)", "6", "", "", "60"),
        ("Unidentified Armed Group (Ukraine)", "3", "", "", "30"),
        ("Unidentified Armed Group (Ukraine)", "3", "Civilians (Ukraine)", "7", "37"),
        ("Rioters (Ukraine)", "5", "", "", "50"),
    ]
    assert acled_problems(rows) == []


def test_violence_against_civilians_is_always_civilian_targeting() -> None:
    # "Soldiers beat a shopkeeper in Kharkiv": the victim has no sector, but ACLED marks every such event.
    soldiers = Actor(name="Military Forces of Ukraine (2019-)", country_code="UA", sector="MIL", role="actor")
    shopkeeper = Actor(name="shopkeeper", role="recipient")
    [row] = _acled([_event("ev_05", "Violence against civilians", "Attack", [soldiers, shopkeeper])])
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["actor1"] == "Military Forces of Ukraine (2019-)"
    assert acled_problems([row]) == []


def test_named_actors_are_kept_and_no_country_gets_no_stand_in() -> None:
    russia = Actor(name="Military Forces of Russia (2000-)", country_code="RU", sector="MIL", role="actor")
    nowhere = Location(name="somewhere", precision=3)
    rows = _acled([
        _event("ev_06", "Explosions/Remote violence", "Air/drone strike", [russia]),
        _event("ev_07", "Protests", "Peaceful protest", [], location=nowhere),
    ])
    assert (rows[0]["actor1"], rows[0]["inter1"]) == ("Military Forces of Russia (2000-)", "8")
    # A stand-in needs ACLED's country name; with none the cell stays empty rather than guessed.
    assert (rows[1]["actor1"], rows[1]["country"]) == ("", "")


def _codebook() -> dict[str, set[str]]:
    path = corpus_path("events", "ngec_plover_codebook") / "PLOVER_structured_codebook_updated.csv"
    modes: dict[str, set[str]] = defaultdict(set)
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["mode"]:
                modes[r["event"]].add(r["mode"])
    return modes


def test_the_mode_table_is_the_codebooks() -> None:
    assert {k: set(v) for k, v in plover_export.CODEBOOK_MODES.items()} == _codebook()


def test_plover_modes_are_the_codebooks() -> None:
    # Coders' own modes: "recaptured the village" (territory), "artillery pounded", "hosted the envoy".
    taken = _event("ev_08", "Battles", "Government regains territory", [], plover=Plover(event="ASSAULT", mode="territory"))
    shell = _event("ev_09", "Explosions/Remote violence", "Shelling/artillery/missile attack", [],
                   plover=Plover(event="ASSAULT", mode="artillery"))
    host = Event(id="ev_10", plover=Plover(event="CONSULT", mode="host"), date=DAY, sources=["Test Wire"])
    plain = Event(id="ev_11", plover=Plover(event="THREATEN", mode="violence"), date=DAY, sources=["Test Wire"])
    buf = io.StringIO()
    write([taken, shell, host, plain], "plover", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [(r["event_type"], r["mode"]) for r in recs] == [
        ("ASSAULT", None), ("ASSAULT", "heavy-weapons"), ("CONSULT", "visit"), ("THREATEN", "violence")]
    # the territory is still told by the ACLED sub-event type the record carries
    assert recs[0]["acled"]["sub_event_type"] == "Government regains territory"
    assert plover_export.codebook_mode("ASSAULT", "chemical") == "unconventional"
    assert plover_export.codebook_mode("ASSAULT", None) is None


def test_geojson_has_no_nan_and_only_valid_positions() -> None:
    nan_place = Location(name="Lost", lat=math.nan, lon=36.2, country_code="UA", precision=1)
    flipped = Location(name="Flipped", lat=136.2, lon=49.9, country_code="UA", precision=1)
    good = _event("ev_12", "Battles", "Armed clash", [], confidence=math.nan)
    events = [good, _event("ev_13", "Battles", "Armed clash", [], location=nan_place),
              _event("ev_14", "Battles", "Armed clash", [], location=flipped)]
    buf = io.StringIO()
    result = write(events, "geojson", buf)

    def no_nan(token: str) -> None:
        raise AssertionError(f"{token} is not JSON")

    data = json.loads(buf.getvalue(), parse_constant=no_nan)
    assert data["type"] == "FeatureCollection" and result.skipped == 2  # type: ignore[attr-defined]
    [feat] = data["features"]
    assert feat["geometry"] == {"type": "Point", "coordinates": [36.25, 49.98]}  # lon, lat
    assert feat["properties"]["confidence"] is None
