"""ACLED export leaves out an event with no date, and says so (session-20 audit)."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from eventwire.cli import cli


def test_an_undated_event_gets_no_acled_row_and_a_note(tmp_path):
    db = str(tmp_path / "ew.db")
    runner = CliRunner()
    # No publication date and no date in the text: the event's date is unknown.
    story = "Shelling hit Kherson, killing one man, the regional governor said.\n"
    assert runner.invoke(cli, ["-q", "ingest", "-", "--db", db], input=story).exit_code == 0
    [event] = [json.loads(line) for line in runner.invoke(cli, ["events", "--db", db, "--format", "jsonl"]).stdout
               .splitlines()]
    assert event["date"]["start"] is None and event["event_type"] == "Explosions/Remote violence"
    acled = runner.invoke(cli, ["events", "--db", db, "--format", "acled"])
    assert acled.exit_code == 0
    # It was a row with an empty event_date and year, which ACLED's own tools and pandas' date parsing reject.
    assert list(csv.DictReader(io.StringIO(acled.stdout))) == []
    assert "note: 1 event left out: no date (ACLED's event_date is required)" in acled.stderr
    assert "political events" not in acled.stderr
