"""api.report reads the format from `out` and ISO dates as query() does; a boxed report counts its merged events'
reports; the title gives the box as applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import UsageError
from eventwire.export.report import build_report, report_format, report_from_store
from eventwire.merge.types import Cluster
from eventwire.store import open_store
from export.test_report_confidence import ODESA, SINCE, UNTIL, strike
from export.test_team89_report_bbox import _store_with_a_merge
from store.samples import KYIV

KYIV_BOX = (30.0, 50.0, 31.0, 51.0)


def test_report_format_follows_the_out_name_unless_asked() -> None:
    assert report_format(None, "week.md") == "md" and report_format(None, Path("W.HTM")) == "html"
    assert report_format(None, None) == "html" and report_format(None, "week.txt") == "html"
    assert report_format("md", None) == "md" and report_format("md", "week.markdown") == "md"
    with pytest.raises(UsageError, match="fmt html does not fit out week.md"):
        report_format("html", "week.md")
    with pytest.raises(UsageError, match="unknown report format 'pdf'"):
        report_format("pdf", None)


def test_api_report_writes_markdown_into_an_md_file(tmp_path: Path) -> None:
    from eventwire.api import report

    db, out = tmp_path / "r.db", tmp_path / "week.md"
    _store_with_a_merge(db)
    text = report(db, SINCE, UNTIL, out=out)
    assert text.startswith("# Situation report") and out.read_text(encoding="utf-8") == text
    assert (tmp_path / "week_map.png").exists()  # md: the figures beside it
    assert report(db, SINCE, UNTIL).startswith("<!DOCTYPE html>")  # no out: html, as before
    with pytest.raises(UsageError, match="does not fit"):
        report(db, SINCE, UNTIL, fmt="html", out=tmp_path / "other.md")


def test_api_report_takes_the_dates_query_takes(tmp_path: Path) -> None:
    from eventwire.api import query, report

    db = tmp_path / "r.db"
    _store_with_a_merge(db)
    assert len(query(db, since="2025-06-01", until="2025-06-07")) == 4
    assert report(db, "2025-06-01", "2025-06-07", fmt="md") == report(db, SINCE, UNTIL, fmt="md")
    with pytest.raises(UsageError, match="since"):
        report(db, "2025-13-01", "2025-06-07")
    with pytest.raises(UsageError, match="after until"):
        report(db, "2025-06-08", "2025-06-07")


def test_a_boxed_report_counts_every_report_of_its_merged_events(tmp_path: Path) -> None:
    # One strike placed at Kyiv by one report and at Odesa by another, merged with Kyiv as its place.
    a, b = strike("ev_a", KYIV, 0.8, 3), strike("ev_b", ODESA, 0.8, 3)
    merged = Cluster(id="cev_ab", event=a.model_copy(update={"id": "cev_ab"}), member_ids=[a.id, b.id],
                     sources=["Wire ev_a", "Wire ev_b"])
    with open_store(tmp_path / "f.db") as store:
        store.upsert_events([a, b, strike("ev_c", ODESA, 0.8, 1, day=6)])
        store.save_clusters([merged], [])
        whole = report_from_store(store, SINCE, UNTIL, fmt="md")
        boxed = report_from_store(store, SINCE, UNTIL, fmt="md", bbox=KYIV_BOX)
        sure = report_from_store(store, SINCE, UNTIL, fmt="md", bbox=KYIV_BOX, min_confidence=0.99)
    assert "— merged: 2 reports into 1 event\n" in whole
    assert "merged: 2 reports into 1 event (in the box or not)" in boxed
    assert "merged: 2 reports" not in sure  # the merged event is below the filter: no event to count for


def test_the_title_gives_the_box_as_applied() -> None:
    box = (29.123456789, 45.0, 32.0, 47.5)
    md = build_report([strike("ev_o", ODESA, 0.9, 1)], since=SINCE, until=UNTIL, fmt="md", bbox=box)
    assert md.startswith("# Situation report: all countries in the box 29.123456789,45,32,47.5 (W,S,E,N)")


def test_the_empty_report_note_separates_country_and_box(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _store_with_a_merge(db)
    args = ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07", "--format", "md"]
    empty = CliRunner().invoke(cli, [*args, "--country", "UA", "--bbox", "-10,35,0,40"])
    assert empty.exit_code == 0 and "between 2025-06-01 and 2025-06-07 in UA, in that box, so" in empty.output


def test_build_report_checks_the_box_as_the_store_does() -> None:
    with pytest.raises(UsageError, match=r"bbox min_lat \(47.5\) is above max_lat \(45\)"):
        build_report([strike("ev_o", ODESA, 0.9, 1)], since=SINCE, until=UNTIL, fmt="md", bbox=(29.0, 47.5, 32.0, 45.0))
