"""--min-confidence on the commands that list or report stored events: kept events, merged events, bad values."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.merge.types import Cluster
from eventwire.model import Count, DateSpan, Event, Evidence, Location
from eventwire.store import open_store

KYIV = Location(name="Kyiv", geonameid=703448, lat=50.4547, lon=30.5238, country_code="UA", precision=1)
ODESA = Location(name="Odesa", geonameid=698740, lat=46.4775, lon=30.7326, country_code="UA", precision=1)


def _strike(eid: str, place: Location, confidence: float) -> Event:
    text = f"Shelling hit {place.name} on Thursday, killing two people."  # written for this test
    return Event(id=eid, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 date=DateSpan(start=date(2025, 6, 5), end=date(2025, 6, 5), precision="day"), location=place,
                 fatalities=Count(low=2, best=2, text="killing two people"),
                 evidence=[Evidence(article_id=f"art_{eid}", start=0, end=len(text), text=text)],
                 article_ids=[f"art_{eid}"], sources=[f"Wire {eid}"], confidence=confidence)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conf") / "ew.db"
    kyiv, odesa = _strike("ev_kyiv", KYIV, 0.83), _strike("ev_odesa", ODESA, 0.41)
    with open_store(path) as store:
        store.upsert_events([kyiv, odesa])
        store.save_clusters([Cluster(id="cev_kyiv", event=kyiv.model_copy(update={"id": "cev_kyiv"}),
                                     member_ids=["ev_kyiv"], sources=["Wire ev_kyiv"]),
                             Cluster(id="cev_odesa", event=odesa.model_copy(update={"id": "cev_odesa"}),
                                     member_ids=["ev_odesa"], sources=["Wire ev_odesa"])], [])
    return path


def _ids(db: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_events_keeps_those_at_or_above_the_confidence(db: Path) -> None:
    assert _ids(db) == ["ev_kyiv", "ev_odesa"]
    assert _ids(db, "--min-confidence", "0.5") == ["ev_kyiv"]
    assert _ids(db, "--min-confidence", "83%") == ["ev_kyiv"]  # a percentage, at the bound: kept
    assert _ids(db, "--min-confidence", "0.9") == []
    assert _ids(db, "--merged", "--min-confidence", "0.4") == ["cev_kyiv", "cev_odesa"]
    assert _ids(db, "--merged", "--min-confidence", "0.5", "--all") == ["cev_kyiv"]


@pytest.mark.parametrize("value", ["60", "1.2", "-0.1", "nan", "high", "150%"])
def test_a_confidence_outside_0_to_1_is_a_usage_error(db: Path, value: str) -> None:
    for command in (["events"], ["report", "--since", "2025-06-01", "--until", "2025-06-07"]):
        result = CliRunner().invoke(cli, [*command, "--db", str(db), "--min-confidence", value])
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert f"Invalid value for '--min-confidence': {value!r} is not a confidence from 0 to 1: use e.g. 0.6 or " \
               "60%" in result.stderr


def test_report_says_the_filter_and_leaves_the_others_out(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.md"
    result = CliRunner().invoke(cli, ["-q", "report", "--db", str(db), "--since", "2025-06-01", "--until",
                                      "2025-06-07", "--min-confidence", "0.5", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "only events with confidence at least 50%" in text and "Kyiv" in text and "Odesa" not in text
    empty = CliRunner().invoke(cli, ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07",
                                     "--min-confidence", "0.95", "--format", "md"])
    assert empty.exit_code == 0
    assert "note: no events with confidence at least 95% between 2025-06-01 and 2025-06-07, so the report is " \
           "empty" in empty.stderr
