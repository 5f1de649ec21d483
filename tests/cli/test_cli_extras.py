"""A missing optional extra is one line that says what to install, the way README installs it."""

from __future__ import annotations

import sys

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.store import open_store

INSTALL_HINT = "in the eventwire checkout"


def test_serve_without_the_web_extra_says_how_to_install_it(tmp_path, monkeypatch):
    db = tmp_path / "ew.db"
    open_store(str(db)).close()
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if fastapi/uvicorn were not installed
    said = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert said.exit_code == 2 and "Traceback" not in said.output
    assert "pip install '.[web]'" in said.stderr and INSTALL_HINT in said.stderr


def test_report_without_matplotlib_says_how_to_install_it(tmp_path, monkeypatch):
    db = tmp_path / "ew.db"
    open_store(str(db)).close()
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    said = CliRunner().invoke(cli, ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07",
                                    "--out", str(tmp_path / "r.html")])
    assert said.exit_code == 2 and "Traceback" not in said.output
    assert "pip install '.[report]'" in said.stderr and INSTALL_HINT in said.stderr
    assert not (tmp_path / "r.html").exists()



def test_a_port_out_of_range_is_a_usage_error_not_a_traceback(tmp_path):
    db = tmp_path / "ew.db"
    open_store(str(db)).close()
    said = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", "80000"])
    assert said.exit_code == 2 and "Traceback" not in said.output
    assert "'--port': 80000 is not in the range 0<=x<=65535" in said.stderr
