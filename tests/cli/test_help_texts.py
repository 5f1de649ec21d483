"""What --help says: exit codes, defaults, and how repeated ingests show in `failures`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import cli


def test_help_names_the_exit_codes_and_every_db_option_its_default() -> None:
    top = CliRunner().invoke(cli, ["--help"]).output
    assert "Exit codes: 0 ok; 1 error; 2 usage error; 3 the run finished but some" in top
    assert "130" in top
    for command in ("ingest", "events", "failures", "merge", "report", "serve"):
        text = " ".join(CliRunner().invoke(cli, [command, "--help"]).output.split())
        assert "(default: eventwire.db, or db in the settings)" in text, command
    ingest = " ".join(CliRunner().invoke(cli, ["ingest", "--help"]).output.split())
    assert "Ingesting the same documents again adds nothing" in ingest and "exit code is then 3" in ingest
    assert "Ctrl-C keeps what was stored (exit 130)" in ingest


def test_failures_says_when_a_second_ingest_repeated_the_same_failures(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", str(tmp_path / "f.db")
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")  # written for this test: a blank file fails
    for _ in range(2):
        assert CliRunner().invoke(cli, ["-q", "ingest", str(folder), "--db", db]).exit_code == 3
    every = CliRunner().invoke(cli, ["failures", "--db", db])
    assert every.stdout.count("empty.txt") == 2
    assert "(2 failures in 2 runs, 1 distinct: the same documents failed again when ingested again; " \
           "--last-run lists the latest run's)" in every.stderr
    last = CliRunner().invoke(cli, ["failures", "--db", db, "--last-run"])
    assert last.stdout.count("empty.txt") == 1 and "(1 failure)" in last.stderr
