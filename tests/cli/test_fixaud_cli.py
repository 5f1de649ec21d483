"""Review fixes (session 22): the export hint follows the writers' list; a stale generated table is a maintainers' note."""

from __future__ import annotations

from click.testing import CliRunner

import eventwire.export
import eventwire.gazetteer
from eventwire.cli import cli


def test_the_export_hint_names_a_format_added_to_the_writers(monkeypatch) -> None:
    monkeypatch.setattr(eventwire.export, "FORMATS", (*eventwire.export.FORMATS, "kml"))
    result = CliRunner().invoke(cli, ["export"])
    assert result.exit_code == 2
    assert "--format jsonl|csv|acled|plover|geojson|kml`" in result.stderr


def test_gazetteer_info_gives_a_stale_table_as_a_maintainers_note(monkeypatch) -> None:
    note = "katottg_villages.tsv was built against gazetteer inputs aaaaaaaaaaaa, these are bbbbbbbbbbbb"
    monkeypatch.setattr(eventwire.gazetteer, "gazetteer_info", lambda: {"stale_tables": [note]})
    result = CliRunner().invoke(cli, ["gazetteer", "info"])
    assert result.exit_code == 0
    assert result.stderr == f"note (maintainers): {note}\n"
