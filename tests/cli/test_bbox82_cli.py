"""`eventwire events --bbox` (and with --merged), and the Python API's bbox filter."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import api
from eventwire.cli import cli
from eventwire.errors import UsageError
from eventwire.merge.types import Cluster
from eventwire.model import DateSpan, Event, Evidence, Location

LVIV = Location(name="Lviv", geonameid=702550, lat=49.8383, lon=24.0232, country_code="UA", precision=1)
DNIPRO = Location(name="Dnipro", geonameid=709930, lat=48.4500, lon=34.9833, country_code="UA", precision=1)
# West of Greenwich: a box with negative numbers, which a shell user types as `--bbox -10,...`.
LISBON = Location(name="Lisbon", geonameid=2267057, lat=38.7167, lon=-9.1333, country_code="PT", precision=1)


def _protest(eid: str, place: Location | None) -> Event:
    text = f"Hundreds marched in {place.name if place else 'the capital'} on Sunday."  # written for this test
    return Event(id=eid, event_type="Protests", sub_event_type="Peaceful protest", location=place,
                 date=DateSpan(start=date(2025, 5, 4), end=date(2025, 5, 4), precision="day"),
                 evidence=[Evidence(article_id=f"art_{eid}", start=0, end=len(text), text=text)],
                 article_ids=[f"art_{eid}"], sources=[f"Wire {eid}"], confidence=0.5)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bbox") / "ew.db"
    events = [_protest("ev_lviv", LVIV), _protest("ev_dnipro", DNIPRO), _protest("ev_lisbon", LISBON),
              _protest("ev_nowhere", None)]
    with api.open_store(path) as store:
        store.upsert_events(events)
        store.save_clusters([Cluster(id="c" + e.id, event=e.model_copy(update={"id": "c" + e.id}),
                                     member_ids=[e.id], sources=e.sources) for e in events], [])
    return path


def _run(db: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


def test_events_and_merged_events_in_a_box(db: Path) -> None:
    assert _run(db, "--bbox", "22.1,44.3,40.2,52.4") == ["ev_dnipro", "ev_lviv"]
    assert _run(db, "--bbox", "30,44,40,52", "--merged") == ["cev_dnipro"]
    assert _run(db, "--bbox", "-10,38,-9,39") == ["ev_lisbon"]  # a leading minus is the value, not an option
    assert _run(db, "--bbox=-180,-90,180,90", "--merged", "--all") == ["cev_dnipro", "cev_lisbon", "cev_lviv"]


@pytest.mark.parametrize("bad, said", [
    ("22,44,40", "four numbers"),
    ("Kharkiv", "four numbers"),
    ("44.3,22.1,52.4,100", "latitudes must be from -90 to 90"),
    ("22,52,40,44", "min_lat (52) is above max_lat (44)"),
])
def test_a_bad_box_is_a_usage_error_naming_the_form(db: Path, bad: str, said: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--bbox", bad])
    assert result.exit_code == 2
    assert "--bbox" in result.output and said in result.output
    assert "min_lon,min_lat,max_lon,max_lat" in result.output


def test_the_python_api_takes_a_box_as_numbers_or_text(db: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # two events are not a cut page: no warning
        assert [e.id for e in api.query(db, bbox=(22.1, 44.3, 40.2, 52.4))] == ["ev_dnipro", "ev_lviv"]
        assert [e.id for e in api.query(db, bbox="-10,38,-9,39", merged=True)] == ["cev_lisbon"]
    with pytest.raises(UsageError, match="min_lon,min_lat,max_lon,max_lat"):
        api.query(db, bbox=(22.1, 44.3, 40.2))
