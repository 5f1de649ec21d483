"""Every export format, written then parsed back with csv/json and checked."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.errors import UsageError
from eventwire.export import FORMATS, read_jsonl, write
from eventwire.export.acled import COLUMNS as ACLED_COLUMNS
from eventwire.export.acled import acled_fatalities, write_acled
from eventwire.export.csv import COLUMNS as CSV_COLUMNS
from eventwire.model import Count, Event


def render(events: list[Event], fmt: str) -> tuple[str, object]:
    buf = io.StringIO()
    result = write(events, fmt, buf)
    return buf.getvalue(), result


def test_formats_listed() -> None:
    assert set(FORMATS) == {"table", "jsonl", "csv", "acled", "plover", "geojson"}
    with pytest.raises(UsageError, match="unknown export format"):
        write([], "xml", io.StringIO())


def test_jsonl_round_trip(events: list[Event]) -> None:
    text, result = render(events, "jsonl")
    assert result.written == 3 and result.skipped == 0  # type: ignore[attr-defined]
    assert len(text.splitlines()) == 3
    assert json.loads(text.splitlines()[0])["location"]["geonameid"] == 703448
    assert [e.model_dump() for e in read_jsonl(io.StringIO(text))] == [e.model_dump() for e in events]


def test_csv_flat_columns(events: list[Event]) -> None:
    text, _ = render(events, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    strike = rows[0]
    assert strike["date"] == "2025-06-06" and strike["location"] == "Kyiv" and strike["country"] == "UA"
    assert float(strike["lat"]) == 50.4547 and float(strike["lon"]) == 30.5238
    assert (strike["fatalities_low"], strike["fatalities_best"], strike["fatalities_high"]) == ("4", "4", "")
    assert strike["injured_best"] == "24"
    assert strike["actors"] == "Military Forces of Russia (actor); Civilians (Ukraine) (recipient)"
    assert strike["weapons"] == "drone; missile:Kh-101"
    assert strike["sources"] == "Test Wire; Other Outlet"
    assert strike["flags"] == "casualties_unsplit"
    # a formula in untrusted text is neutralised for spreadsheets
    assert rows[1]["actors"].startswith("'=HYPERLINK")
    assert rows[2]["event_type"] == "" and rows[2]["plover_event"] == "THREATEN" and rows[2]["lat"] == ""


def test_geojson_skips_events_without_coordinates(events: list[Event]) -> None:
    text, result = render(events, "geojson")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 1 and data["skipped_without_coordinates"] == 2
    assert result.written == 1 and result.skipped == 2  # type: ignore[attr-defined]
    feat = data["features"][0]
    assert feat["geometry"] == {"type": "Point", "coordinates": [30.5238, 50.4547]}
    assert feat["properties"]["fatalities_best"] == 4 and feat["properties"]["country_code"] == "UA"
    empty = json.loads(render([], "geojson")[0])
    assert empty["features"] == [] and empty["skipped_without_coordinates"] == 0


def test_acled_columns_and_conventions(events: list[Event]) -> None:
    buf = io.StringIO()
    result = write_acled(events, buf, timestamp=1749200000)
    assert result.written == 2 and result.skipped == 1  # the PLOVER-only threat has no ACLED type
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    strike, protest = rows
    assert strike["event_id_cnty"] == "UKR0123456789abcdef"
    merged = events[0].model_copy(update={"id": "cev_0123456789abcdef"})  # `events --merged --format acled`
    buf2 = io.StringIO()
    write_acled([merged], buf2, timestamp=0)
    assert next(csv.DictReader(io.StringIO(buf2.getvalue())))["event_id_cnty"] == "UKR0123456789abcdef"
    assert (strike["event_date"], strike["year"], strike["time_precision"]) == ("2025-06-06", "2025", "1")
    assert strike["disorder_type"] == "Political violence"
    # state forces carry ACLED's government period for the event day
    assert strike["actor1"] == "Military Forces of Russia (2000-)" and strike["actor2"] == "Civilians (Ukraine)"
    # Russian forces in Ukraine are external forces (8); civilians are 7
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("8", "7", "78")
    assert strike["civilian_targeting"] == "Civilian targeting"
    assert (strike["iso"], strike["region"], strike["country"]) == ("804", "Europe", "Ukraine")
    assert (strike["latitude"], strike["longitude"], strike["geo_precision"]) == ("50.4547", "30.5238", "1")
    assert strike["fatalities"] == "4" and "injur" not in ",".join(ACLED_COLUMNS)
    assert strike["notes"].startswith(
        "On 6 June 2025, air/drone strike by Military Forces of Russia (2000-) in Kyiv."
    )
    assert "\n" not in strike["notes"] and "\u2002" not in strike["notes"]
    assert strike["source"] == "Test Wire; Other Outlet" and strike["timestamp"] == "1749200000"
    # "dozens" is 12 under ACLED's convention, although the record's low is 24
    assert protest["fatalities"] == "12"
    assert protest["disorder_type"] == "Demonstrations" and protest["inter1"] == "6"
    assert protest["interaction"] == "60" and protest["time_precision"] == "2"
    assert (protest["region"], protest["country"], protest["iso"]) == ("Middle East", "Syria", "760")
    assert protest["actor1"].startswith("'=")


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (Count(low=24, best=24, text="dozens of people"), 12),
        (Count(low=24, best=24, text="two dozen people"), 24),
        (Count(low=200, text="hundreds were killed"), 100),
        (Count(low=10, text="tens of civilians"), 10),
        (Count(low=3, text="several soldiers"), 10),
        (Count(low=4, best=5, high=6, text="four to six people"), 4),
        (Count(low=4, best=4, text="at least four"), 4),
        (Count(high=10, text="up to 10"), 10),
        (Count(), 0),
    ],
)
def test_acled_fatality_convention(count: Count, expected: int) -> None:
    assert acled_fatalities(count) == expected


def test_plover_records(events: list[Event]) -> None:
    text, result = render(events, "plover")
    recs = [json.loads(line) for line in text.splitlines()]
    assert result.written == 3  # type: ignore[attr-defined]
    strike, protest, threat = recs
    assert (strike["event_type"], strike["mode"], strike["context"]) == ("ASSAULT", "drone", ["military"])
    assert strike["actor"][0]["code"] == "RUS" and strike["actor"][0]["sector"] == "MIL"
    assert strike["recipient"][0]["code"] == "UKR" and strike["recipient"][0]["sector"] == "CVL"
    assert strike["location"]["geonameid"] == 703448 and strike["location"]["country"] == "UKR"
    assert strike["evidence"][0]["start"] == 0 and strike["event_text"].startswith("Drones struck Kyiv")
    assert strike["date"] == "2025-06-06"
    # an ACLED-only event gets its PLOVER category from the sub-event type
    assert (protest["event_type"], protest["mode"]) == ("PROTEST", "demo")
    assert (threat["event_type"], threat["mode"], threat["location"]) == ("THREATEN", "violence", None)
    assert threat["actor"][0]["code"] == "RUS"


def test_table_is_fixed_width(events: list[Event]) -> None:
    text, result = render(events, "table")
    lines = text.splitlines()
    assert result.written == 3  # type: ignore[attr-defined]
    assert lines[0].split() == ["DATE", "TYPE", "LOCATION", "CC", "KILLED", "INJURED", "ID"]
    assert lines[-1] == "(3 events)"
    body = lines[2:-1]
    # the id column starts at the same offset on every line
    starts = {line.index(e.id) for line, e in zip(body, events, strict=True)}
    assert starts == {lines[0].index("ID")}
    assert "Air/drone strike" in body[0] and "Kyiv" in body[0] and " 4 " in body[0] + " "
    assert "Political: Threaten (violence)" in body[2]  # as the report and the map word it
    # the rule under ID is as wide as an id, so the columns read as one block
    assert len(lines[1]) == max(len(line) for line in body) == len(lines[1].rstrip())
    merged = [e.model_copy(update={"id": "c" + e.id}) for e in events]  # `events --merged`: "cev_…" ids
    mlines = render(merged, "table")[0].splitlines()
    assert len(mlines[1]) == max(len(line) for line in mlines[2:-1])


def test_acled_names_periods_and_agreements() -> None:
    from datetime import date

    from eventwire.export.acled import row
    from eventwire.model import Actor, DateSpan, Location

    ua = Location(name="Avdiivka", country_code="UA", lat=48.14, lon=37.74)
    battle = Event(id="ev_b", event_type="Battles", sub_event_type="Armed clash", location=ua,
                   date=DateSpan(start=date(2017, 1, 30), precision="day"),
                   actors=[Actor(name="Military Forces of Ukraine (2019-)", country_code="UA", sector="MIL"),
                           Actor(name="NAF: United Armed Forces of Novorossiya", country_code="UA", sector="REB",
                                 role="recipient")])
    got = row(battle, 0)
    assert got is not None
    # Ukraine's government period on the event day (Poroshenko), a rebel group in its own country: 12
    assert (got["actor1"], got["inter1"]) == ("Military Forces of Ukraine (2014-2019)", 1)
    assert (got["actor2"], got["inter2"], got["interaction"]) == ("NAF: United Armed Forces of Novorossiya", 2, 12)
    swap = Event(id="ev_s", event_type="Strategic developments", sub_event_type="Agreement",
                 date=DateSpan(start=date(2025, 5, 31), precision="day"),
                 actors=[Actor(name="Volodymyr Zelensky", country_code="UA", sector="GOV"),
                         Actor(name="Vladimir Putin", country_code="RU", sector="GOV"),
                         Actor(name="Russia", country_code="RU", sector="GOV")])
    got = row(swap, 0)
    assert got is not None
    assert (got["actor1"], got["actor2"]) == ("Government of Ukraine (2019-)", "Government of Russia (2000-)")
    assert (got["assoc_actor_1"], got["interaction"]) == ("", 11)


def test_acled_seed_story_from_the_pipeline(seed_text: str) -> None:
    from datetime import date

    from eventwire.api import load_pipeline
    from eventwire.model import Article

    doc = load_pipeline()(Article(text=seed_text, published=date(2025, 6, 6)))
    buf = io.StringIO()
    write_acled(doc.events, buf, timestamp=0)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    kyiv = [r for r in rows if r["location"] == "Kyiv" and r["sub_event_type"] == "Air/drone strike"]
    assert len(kyiv) == 1
    r = kyiv[0]
    assert (r["actor1"], r["inter1"], r["actor2"], r["inter2"]) == (
        "Military Forces of Russia (2000-)", "8", "Civilians (Ukraine)", "7")
    assert (r["interaction"], r["fatalities"], r["country"], r["event_date"]) == ("78", "4", "Ukraine", "2025-06-06")
    assert r["civilian_targeting"] == "Civilian targeting" and r["disorder_type"] == "Political violence"
    # Ukraine's drone attack on air bases in Russia: Ukrainian forces abroad are external (8), Russia's own are 1
    bases = next(r for r in rows if r["event_date"] == "2025-06-01")
    assert (bases["actor1"], bases["country"]) == ("Military Forces of Ukraine (2019-)", "Russia")
    assert bases["inter1"] == "8" and bases["interaction"] in ("18", "80")
    # non-violent political events (threats, calls) have no ACLED type and are not rows
    assert all(r["event_type"] for r in rows) and len(rows) < len(doc.events)
