"""A document that names no outlet: its article id must not read as an outlet in any export or the report."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

import eventwire
from eventwire.export import write
from eventwire.export.common import source_labels, unnamed_source
from eventwire.export.report import build_report
from eventwire.export.report_stats import compute
from eventwire.model import Event

# Written for this test; no --source, no sidecar, no URL: assembly falls back to the article id.
STORY = """Drone strike kills three in Kharkiv

A Russian drone struck a residential building in Kharkiv on Thursday, killing three people and injuring 12, \
the regional governor said."""


@pytest.fixture(scope="module")
def event() -> Event:
    """The one event the real pipeline extracts from STORY."""
    events = eventwire.extract(STORY, published=date(2025, 6, 6))
    assert len(events) == 1
    return events[0]


def test_the_stored_data_keeps_the_id_but_the_label_names_it_unnamed(event: Event) -> None:
    art = event.article_ids[0]
    assert event.sources == [art]  # merge counts independent sources from this: unchanged
    assert source_labels(event) == [f"unnamed source (article {art})"]
    named = event.model_copy(update={"sources": ["Kyiv Independent", art]})
    assert source_labels(named) == ["Kyiv Independent", unnamed_source(art)]


@pytest.mark.parametrize(("fmt", "column"), [("csv", "sources"), ("acled", "source")])
def test_csv_and_acled_source_columns(event: Event, fmt: str, column: str) -> None:
    buf = io.StringIO()
    write([event], fmt, buf)
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row[column] == unnamed_source(event.article_ids[0])
    if fmt == "csv":  # the id itself stays in its own column, for joining
        assert row["article_ids"] == event.article_ids[0]


def test_geojson_and_plover_sources(event: Event) -> None:
    label = unnamed_source(event.article_ids[0])
    buf = io.StringIO()
    write([event], "geojson", buf)
    assert json.loads(buf.getvalue())["features"][0]["properties"]["sources"] == [label]
    buf = io.StringIO()
    write([event], "plover", buf)
    rec = json.loads(buf.getvalue())
    assert rec["sources"] == [label] and rec["article_ids"] == event.article_ids


def test_jsonl_is_the_record_unchanged(event: Event) -> None:
    buf = io.StringIO()
    write([event], "jsonl", buf)
    assert json.loads(buf.getvalue())["sources"] == event.sources


def test_the_report_counts_unnamed_sources_apart_from_outlets(event: Event) -> None:
    art = event.article_ids[0]
    outlet = event.model_copy(update={"id": "ev_other", "sources": ["Kyiv Independent"],
                                      "article_ids": ["art_other"], "evidence": []})
    data = compute([event, outlet], date(2025, 6, 1), date(2025, 6, 7))
    assert data.sources == ["Kyiv Independent"] and data.unnamed == [art]
    md = build_report([event, outlet], since=date(2025, 6, 1), until=date(2025, 6, 7), fmt="md")
    assert f"Sources: Kyiv Independent; 1 article names no outlet ({art})." in md.replace("\\_", "_")
    assert "from 1 source and 1 unnamed one" in md
    assert f"1: unnamed source (article {art})" in md.replace("\\_", "_")
    only = build_report([event], since=date(2025, 6, 1), until=date(2025, 6, 7), fmt="md").replace("\\_", "_")
    assert "from 1 unnamed source" in only and f"Sources: {art}" not in only
    # One or all events listed: no "the 1 deadliest of 1 events".
    assert "The event (ranked by killed, then injured, then sources)." in only
    assert "All 2 events (ranked by killed" in md


def test_reports_naming_no_outlet_are_never_called_independent(event: Event) -> None:
    """Three ISW reports without --source were '3 independent (3 reports)': they may all be one outlet."""
    from eventwire.export.report_doc import sources_cell
    from eventwire.export.report_stats import MergeInfo

    ids = ["art_aaaaaaaaaaaaaaaa", "art_bbbbbbbbbbbbbbbb", "art_cccccccccccccccc"]
    unnamed = event.model_copy(update={"id": "cev_u", "article_ids": ids, "sources": ids})
    mixed = event.model_copy(update={"id": "cev_m", "article_ids": ids, "sources": ["Reuters", "AP", ids[2]]})
    named = event.model_copy(update={"id": "cev_n", "article_ids": ids, "sources": ["Reuters", "AP"]})
    period = (date(2025, 6, 1), date(2025, 6, 7))
    data = compute([unnamed, mixed, named], *period, merge=MergeInfo(independent={"cev_u": 3, "cev_m": 3, "cev_n": 2}))
    cells = {e.id: sources_cell(e, data) for e in data.events}
    assert cells["cev_u"] == "3 reports, none naming its outlet: " + ", ".join(unnamed_source(i) for i in ids)
    assert cells["cev_m"] == f"2 independent and 1 unnamed (3 reports): AP, Reuters, {unnamed_source(ids[2])}"
    assert cells["cev_n"] == "2 independent (3 reports): AP, Reuters"  # a reprint folded into one of two outlets


def test_the_sources_card_does_not_say_0_when_no_article_names_its_outlet(event: Event) -> None:
    """302 ISW reports ingested without --source gave a headline 'Sources: 0' beside 79 events."""
    from eventwire.export.report_doc import sources_card

    outlet = event.model_copy(update={"id": "ev_other", "sources": ["Kyiv Independent"],
                                      "article_ids": ["art_other"], "evidence": []})
    period = (date(2025, 6, 1), date(2025, 6, 7))
    assert sources_card(compute([event], *period)) == (
        "Sources", "–", "no outlet named: 1 article without one (give --source when ingesting)")
    assert sources_card(compute([event, outlet], *period)) == (
        "Sources", "1", "distinct outlets; 2 articles, 1 naming no outlet")
    html = build_report([event], since=period[0], until=period[1], fmt="html")
    assert "no outlet named: 1 article without one" in html
