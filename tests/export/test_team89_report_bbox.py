"""A report asked for a box holds the box's events only, merged or not, and its title names the box."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import UsageError
from eventwire.export.report import build_report, report_from_store
from eventwire.export.report_stats import in_box
from eventwire.merge.types import Cluster
from eventwire.model import Location
from eventwire.store import open_store
from export.test_report_confidence import ODESA, SINCE, UNTIL, strike
from store.samples import KHARKIV, KYIV

SOUTH = (29.0, 45.0, 32.0, 47.5)  # around Odesa: neither Kyiv nor Kharkiv
FIJI = Location(name="Suva", lat=-18.14, lon=178.44, country_code="FJ", precision=1)


def test_in_box_reads_a_box_as_the_store_does() -> None:
    odesa = strike("ev_o", ODESA, 0.9, 1)
    assert in_box(odesa, SOUTH) and not in_box(strike("ev_k", KYIV, 0.9, 1), SOUTH)
    assert in_box(strike("ev_f", FIJI, 0.9, 1), (170.0, -30.0, -170.0, 0.0))  # across the antimeridian
    assert not in_box(odesa.model_copy(update={"location": None}), (-180.0, -90.0, 180.0, 90.0))


def test_build_report_keeps_the_box_and_names_it_in_the_title() -> None:
    events = [strike("ev_kyiv", KYIV, 0.9, 3), strike("ev_odesa", ODESA, 0.9, 9)]
    md = build_report(events, since=SINCE, until=UNTIL, country="UA", fmt="md", bbox=SOUTH)
    assert md.startswith("# Situation report: Ukraine in the box 29,45,32,47.5 (W,S,E,N), 01 Jun 2025")
    assert "struck Odesa" in md and "struck Kyiv" not in md
    assert "in the box" not in build_report(events, since=SINCE, until=UNTIL, fmt="md")


def _store_with_a_merge(path: Path) -> None:
    kyiv_a, kyiv_b = strike("ev_kyiv_a", KYIV, 0.8, 3), strike("ev_kyiv_b", KYIV, 0.8, 3)
    odesa, kharkiv = strike("ev_odesa", ODESA, 0.8, 9), strike("ev_kharkiv", KHARKIV, 0.8, 1, day=6)
    merged = Cluster(id="cev_kyiv", event=kyiv_a.model_copy(update={"id": "cev_kyiv", "sources": [
                         "Wire ev_kyiv_a", "Wire ev_kyiv_b"]}),
                     member_ids=[kyiv_a.id, kyiv_b.id], sources=["Wire ev_kyiv_a", "Wire ev_kyiv_b"])
    with open_store(path) as store:
        store.upsert_events([kyiv_a, kyiv_b, odesa])
        store.save_clusters([merged, Cluster(id="cev_odesa", event=odesa.model_copy(update={"id": "cev_odesa"}),
                                             member_ids=[odesa.id], sources=["Wire ev_odesa"])], [])
        store.upsert_events([kharkiv])  # after the merge: reported as extracted


def test_report_from_store_filters_merged_and_unmerged_events_by_the_box(tmp_path: Path) -> None:
    _store_with_a_merge(tmp_path / "r.db")
    kyiv_box = (30.0, 50.0, 31.0, 51.0)
    with open_store(tmp_path / "r.db") as store:
        md = report_from_store(store, SINCE, UNTIL, fmt="md", bbox=kyiv_box)
        assert "1 event from 2 sources" in md  # the merged Kyiv strike, once; not Odesa, not the late Kharkiv one
        assert "struck Odesa" not in md and "struck Kharkiv" not in md
        east = report_from_store(store, SINCE, UNTIL, fmt="md", bbox=(35.0, 49.0, 37.0, 51.0))
        assert "1 event from 1 source" in east and "struck Kharkiv" in east and "struck Kyiv" not in east


def test_the_report_command_takes_bbox_and_refuses_a_bad_one(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _store_with_a_merge(db)
    args = ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07", "--format", "md"]
    ok = CliRunner().invoke(cli, [*args, "--bbox", "29,45,32,47.5"])
    assert ok.exit_code == 0, ok.output
    assert "struck Odesa" in ok.output and "struck Kyiv" not in ok.output
    empty = CliRunner().invoke(cli, [*args, "--bbox", "-10,35,0,40"])
    assert empty.exit_code == 0 and "note: no events between 2025-06-01 and 2025-06-07 in that box" in empty.output
    bad = CliRunner().invoke(cli, [*args, "--bbox", "22,52,40,44"])  # latitudes swapped
    assert bad.exit_code == 2 and "bbox min_lat (52) is above max_lat (44)" in bad.output


def test_the_python_api_writes_the_same_boxed_report(tmp_path: Path) -> None:
    from eventwire.api import report

    db = tmp_path / "r.db"
    _store_with_a_merge(db)
    md = report(db, SINCE, UNTIL, bbox="29,45,32,47.5", fmt="md")
    assert md.startswith("# Situation report: all countries in the box 29,45,32,47.5 (W,S,E,N)")
    assert "struck Odesa" in md and "struck Kyiv" not in md
    with pytest.raises(UsageError, match="bbox must be four numbers"):
        report(db, SINCE, UNTIL, bbox="29,45,32")
