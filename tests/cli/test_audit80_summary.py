"""The ingest summary says when documents read again had their events replaced (session-20 audit)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import cli


def test_a_sidecar_added_later_is_named_in_the_summary(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text("Shelling hit Kherson on Monday, killing two people, the governor said.\n")
    db = str(tmp_path / "ew.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    assert first.exit_code == 0 and "stored 1 new article and 1 new event" in first.stderr
    same = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    assert same.stderr.rstrip().endswith(f"stored 0 new articles and 0 new events in {db}")
    (folder / "a.json").write_text(json.dumps({"published": "2025-06-04", "source": "Desk"}))
    dated = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    # It said only "stored 0 new articles and 0 new events", though the event had moved to 2 June.
    assert dated.exit_code == 0 and dated.stderr.rstrip().endswith(
        f"stored 0 new articles and 0 new events in {db}; 1 article read again had its events replaced")
    [event] = [json.loads(x) for x in runner.invoke(cli, ["events", "--db", db, "--format", "jsonl"]).stdout.split("\n")
               if x]
    assert event["date"]["start"] == "2025-06-02" and event["sources"] == ["Desk"]
