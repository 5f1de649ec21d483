"""Session 12: a date is shown as precisely as it is known ("2021", "2021-09", a span of days) wherever a person
reads one; the machine-readable fields keep the span's first and last day."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.export import write
from eventwire.export.acled import row as acled_row
from eventwire.export.common import date_label
from eventwire.export.geojson import feature
from eventwire.export.report import build_report
from eventwire.export.report_doc import event_date
from eventwire.export.report_stats import compute
from eventwire.export.table import write_table
from eventwire.model import DateSpan, Event, Location
from eventwire.server import create_app
from eventwire.store import open_store

KYIV = Location(name="Kyiv", geonameid=703448, lat=50.4501, lon=30.5234, country_code="UA", precision=1)
YEAR = DateSpan(start=date(2021, 1, 1), end=date(2021, 12, 31), precision="year", text="in 2021")
MONTH = DateSpan(start=date(2021, 9, 1), end=date(2021, 9, 30), precision="month", text="in September 2021")
DAYS = DateSpan(start=date(2022, 6, 27), end=date(2022, 6, 29), precision="day", text="June 27-29")
DAY = DateSpan(start=date(2022, 6, 28), end=date(2022, 6, 28), precision="day", text="on Tuesday")


def _event(eid: str, span: DateSpan) -> Event:
    return Event(id=eid, event_type="Battles", sub_event_type="Armed clash", date=span, location=KYIV,
                 sources=["Test Wire"])


@pytest.mark.parametrize(("span", "shown"), [
    (YEAR, "2021"),
    (MONTH, "2021-09"),
    (DAYS, "2022-06-27 … 2022-06-29"),
    (DAY, "2022-06-28"),
    (DateSpan(start=date(2022, 6, 28), precision="day"), "2022-06-28"),  # an open span is its one day
    (DateSpan(start=date(2021, 1, 1), end=date(2022, 12, 31), precision="year"), "2021 … 2022"),
    (DateSpan(start=date(2024, 2, 1), end=date(2024, 3, 31), precision="month"), "2024-02 … 2024-03"),
    (DateSpan(start=date(2024, 2, 1), end=date(2024, 2, 29), precision="month"), "2024-02"),  # a leap February
    # "early 2021" is no whole year: its days are shown, not "2021".
    (DateSpan(start=date(2021, 1, 1), end=date(2021, 4, 30), precision="year"), "2021-01-01 … 2021-04-30"),
    # A week dated "last week" is its days.
    (DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 8), precision="week"), "2025-06-02 … 2025-06-08"),
    (DateSpan(), ""),
])
def test_a_date_is_labelled_by_its_precision(span: DateSpan, shown: str) -> None:
    assert date_label(span) == shown


def test_the_table_shows_years_months_and_spans_in_one_aligned_column() -> None:
    events = [_event("ev_000000000000000a", YEAR), _event("ev_000000000000000b", MONTH),
              _event("ev_000000000000000c", DAYS), _event("ev_000000000000000d", DAY)]
    out = io.StringIO()
    write_table(events, out)
    lines = out.getvalue().splitlines()
    body = lines[2:-1]
    assert [line.split()[0] for line in body] == ["2021", "2021-09", "2022-06-27…2022-06-29", "2022-06-28"]
    assert len({line.index("Armed clash") for line in body} | {lines[0].index("TYPE")}) == 1
    # Only single days: the column stays ten wide.
    out = io.StringIO()
    write_table([_event("ev_000000000000000d", DAY)], out)
    assert out.getvalue().splitlines()[0].index("TYPE") == 12
    # A stream (`events --all`) cannot be read ahead: the column has room for any span.
    out = io.StringIO()
    write_table(iter(events), out)
    lines = out.getvalue().splitlines()
    assert {line.index("Armed clash") for line in lines[2:-1]} == {lines[0].index("TYPE")} == {23}


def test_the_report_names_the_year_and_leaves_a_long_span_off_the_timeline() -> None:
    assert [event_date(_event("e", s)) for s in (YEAR, MONTH, DAYS, DateSpan())] == [
        "2021", "2021-09", "2022-06-27 – 2022-06-29", "undated"]
    events = [_event("ev_year", YEAR), _event("ev_month", MONTH), _event("ev_sep", DateSpan(
        start=date(2021, 9, 14), end=date(2021, 9, 14), precision="day"))]
    data = compute(events, date(2021, 1, 1), date(2021, 12, 31))
    # The month-dated event is on no one day; the year-dated one fills the whole period.
    assert data.by_day[date(2021, 9, 1)].events == 0 and data.by_day[date(2021, 9, 14)].events == 1
    pytest.importorskip("matplotlib")
    md = build_report(events, since=date(2021, 1, 1), until=date(2021, 12, 31), fmt="md")
    assert "Not drawn: 2 events dated only to a span running over several bars (counted in the tables)." in md


def test_exports_keep_days_and_say_the_precision() -> None:
    year = _event("ev_year", YEAR)
    props = feature(year)["properties"]  # type: ignore[index]
    assert (props["date_start"], props["date_end"], props["date_precision"]) == ("2021-01-01", "2021-12-31", "year")
    # ACLED: one event_date column (the first day), and time_precision 2 for a few days, 3 for a month or more.
    assert [(r["event_date"], r["time_precision"]) for r in (acled_row(_event("e", s), 0) for s in (YEAR, DAYS, DAY))
            ] == [("2021-01-01", 3), ("2022-06-27", 2), ("2022-06-28", 1)]  # type: ignore[index]
    text = io.StringIO()
    write([year], "csv", text)
    [flat] = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert (flat["date"], flat["date_end"], flat["date_precision"]) == ("2021-01-01", "2021-12-31", "year")
    text = io.StringIO()
    write([year], "jsonl", text)
    assert json.loads(text.getvalue())["date"] == {"start": "2021-01-01", "end": "2021-12-31", "precision": "year",
                                                    "text": "in 2021"}


def test_the_map_reads_a_label_and_pages_on_the_first_day(tmp_path: Path) -> None:
    db = tmp_path / "map.db"
    with open_store(db) as store:
        store.upsert_events([_event("ev_000000000000000a", YEAR), _event("ev_000000000000000c", DAYS)])
    with TestClient(create_app(str(db))) as client:
        feats = client.get("/api/events.geojson", params={"order": "oldest"}).json()["features"]
        record = client.get("/api/events/ev_000000000000000a").json()
        script = client.get("/static/map.js").text
    assert [(f["properties"]["date"], f["properties"]["date_end"], f["properties"]["date_label"]) for f in feats] == [
        ("2021-01-01", "2021-12-31", "2021"), ("2022-06-27", "2022-06-29", "2022-06-27 … 2022-06-29")]
    assert record["date"]["start"] == "2021-01-01" and record["date"]["end"] == "2021-12-31"
    # The popup, the list and the status line's days read the label, not the first day.
    assert script.count("p.date_label || \"undated\"") == 2
    assert 'const SPAN_SEP = " … ";' in script and ".split(SPAN_SEP)" in script
