"""`eventwire export` names the command that exports (it was answered "Did you mean 'report'?")."""

from __future__ import annotations

from click.testing import CliRunner

from eventwire.cli import cli


def test_export_points_at_events_format():
    result = CliRunner().invoke(cli, ["export", "--db", "x.db", "--format", "acled"])
    assert result.exit_code == 2
    assert "eventwire events --db DB --all --format jsonl|csv|acled|plover|geojson" in result.stderr
    assert "report" not in result.stderr


def test_an_unknown_command_still_gets_clicks_suggestion():
    result = CliRunner().invoke(cli, ["evnts"])
    assert result.exit_code == 2 and "Did you mean 'events'?" in result.stderr
