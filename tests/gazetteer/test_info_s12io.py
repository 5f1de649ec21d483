"""Session 12: `gazetteer info` says when a generated table was built against other gazetteer inputs."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

import eventwire.gazetteer as gazetteer
from eventwire.cli import cli
from eventwire.gazetteer import build
from eventwire.gazetteer.sources import data_file


class _Index:
    def info(self) -> dict[str, Any]:
        return {"records": 3}


@pytest.fixture
def other_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The inputs changed since the village table was made; the index itself is a stub (no build here)."""
    monkeypatch.setattr(gazetteer, "load_gazetteer", lambda: _Index())
    monkeypatch.setattr(build, "input_hash", lambda: "000000000000")


def test_info_lists_a_table_built_against_other_inputs(other_inputs: None) -> None:
    info = gazetteer.gazetteer_info()
    assert info["records"] == 3
    [note] = info["stale_tables"]
    assert note.startswith("katottg_villages.tsv was built against gazetteer inputs ") and "000000000000" in note


def test_the_info_command_notes_it_for_maintainers_on_stderr(other_inputs: None) -> None:
    said = CliRunner().invoke(cli, ["gazetteer", "info"])
    assert said.exit_code == 0
    assert json.loads(said.stdout)["stale_tables"][0].startswith("katottg_villages.tsv")
    assert said.stderr.startswith("note (maintainers): katottg_villages.tsv was built against gazetteer inputs ")


def test_info_is_quiet_when_the_table_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = build.built_against(data_file("katottg_villages.tsv").read_bytes())
    monkeypatch.setattr(gazetteer, "load_gazetteer", lambda: _Index())
    monkeypatch.setattr(build, "input_hash", lambda: recorded)
    said = CliRunner().invoke(cli, ["gazetteer", "info"])
    assert said.exit_code == 0 and json.loads(said.stdout)["stale_tables"] == [] and said.stderr == ""
