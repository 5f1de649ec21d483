"""Queries, reports and the server command from a person's side: bad filters, missing databases, limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("q") / "ew.db"
    done = CliRunner().invoke(cli, ["-q", "ingest", str(SEED), "--published", "2025-06-06", "--db", str(path)])
    assert done.exit_code == 0, done.output
    return path


@pytest.mark.parametrize("args, words", [
    (["--country", "ukraine"], "country must be an ISO 3166-1 alpha-2 code, e.g. UA (got 'ukraine')"),
    (["--since", "2025-06-10", "--until", "2025-06-01"], "since (2025-06-10) is after until (2025-06-01)"),
    (["--limit", "-5"], "limit: Input should be greater than or equal to 0 (got -5)"),
])
def test_bad_event_filters_are_usage_errors_not_tracebacks(db, args, words):
    result = CliRunner().invoke(cli, ["events", "--db", str(db), *args])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: invalid query: {words}"


def test_report_with_a_bad_country_is_a_usage_error(db):
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07",
                                      "--country", "Ukraine"])
    assert result.exit_code == 2 and "ISO 3166-1 alpha-2" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("command", [["events"], ["merge"], ["report", "--since", "2025-06-01", "--until",
                                                              "2025-06-07"]])
def test_reading_commands_refuse_a_missing_database_and_create_nothing(tmp_path, command):
    typo = tmp_path / "evnets.db"
    result = CliRunner().invoke(cli, [command[0], "--db", str(typo), *command[1:]])
    assert result.exit_code == 2 and f"no database at {typo}" in result.stderr
    assert not typo.exists()


def test_a_full_page_says_more_may_match(db):
    one = CliRunner().invoke(cli, ["events", "--db", str(db), "--limit", "1", "--format", "jsonl"])
    assert one.exit_code == 0 and one.stdout.count("\n") == 1
    assert "showing the first 1 events (--limit); more may match" in one.stderr
    every = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    assert every.stdout.count("\n") > 1 and "more may match" not in every.stderr
    quiet = CliRunner().invoke(cli, ["-q", "events", "--db", str(db), "--limit", "1"])
    assert quiet.stderr == ""


def test_serve_says_where_it_listens_and_whether_writes_are_on(tmp_path, monkeypatch):
    import uvicorn

    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, log_level: calls.append((host, port)))
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    new = tmp_path / "new.db"
    result = CliRunner().invoke(cli, ["serve", "--db", str(new), "--port", "8123"])
    assert result.exit_code == 0 and calls == [("127.0.0.1", 8123)]
    assert f"no database at {new}; serving a new, empty one" in result.stderr
    assert "http://127.0.0.1:8123/" in result.stderr and "set EVENTWIRE_TOKEN" in result.stderr
    monkeypatch.setenv("EVENTWIRE_TOKEN", "s3cret")
    again = CliRunner().invoke(cli, ["serve", "--db", str(new), "--port", "8123"])
    assert "no database" not in again.stderr and "need 'Authorization: Bearer <token>'" in again.stderr


def test_merge_prints_a_sentence_and_is_silent_with_q(db):
    said = CliRunner().invoke(cli, ["merge", "--db", str(db)])
    assert said.exit_code == 0 and said.stdout == ""
    assert said.stderr.startswith("merged ") and " from 1 article into " in said.stderr
    assert "reported by more than one source" in said.stderr and "flags: " in said.stderr
    assert CliRunner().invoke(cli, ["-q", "merge", "--db", str(db)]).stderr == ""


def test_q_after_the_command_name_is_quiet_too(tmp_path):
    db = tmp_path / "late-q.db"
    said = CliRunner().invoke(cli, ["ingest", str(SEED), "--db", str(db)])
    assert said.exit_code == 0 and said.stderr.startswith("1 document: 1 processed, 0 failed")
    quiet = CliRunner().invoke(cli, ["ingest", str(SEED), "--db", str(db), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert CliRunner().invoke(cli, ["events", "--db", str(db), "--limit", "1", "--quiet"]).stderr == ""
    assert CliRunner().invoke(cli, ["merge", "--db", str(db), "-q"]).stderr == ""


def test_ingest_says_what_it_stored_so_a_rerun_reads_as_adding_nothing(tmp_path):
    db = tmp_path / "again.db"
    first = CliRunner().invoke(cli, ["ingest", str(SEED), "--db", str(db)])
    assert first.exit_code == 0 and "; stored 1 new article and " in first.stderr
    assert first.stderr.rstrip().endswith(f"new events in {db}")
    again = CliRunner().invoke(cli, ["ingest", str(SEED), "--db", str(db)])
    assert again.exit_code == 0 and f"; stored 0 new articles and 0 new events in {db}" in again.stderr


def test_serve_on_a_busy_port_is_a_clear_usage_error(tmp_path, monkeypatch):
    import socket

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("must not start"))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--port", str(port)])
    assert result.exit_code == 2
    assert f"error: cannot listen on 127.0.0.1:{port}: " in result.stderr and "choose another --port" in result.stderr
    assert "serving" not in result.stderr and not (tmp_path / "x.db").exists()


def test_serve_maps_uvicorns_startup_failure_to_exit_1(tmp_path, monkeypatch):
    import uvicorn

    def startup_failure(*args, **kwargs):
        raise SystemExit(3)  # what uvicorn does when it cannot start

    monkeypatch.setattr(uvicorn, "run", startup_failure)
    result = CliRunner().invoke(cli, ["-q", "serve", "--db", str(tmp_path / "x.db"), "--port", "0"])
    assert result.exit_code == 1


def test_the_first_runs_index_build_is_announced_once(tmp_path, monkeypatch, capsys):
    from eventwire.cli.options import note_gazetteer_build

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    note_gazetteer_build(quiet=False)
    assert f"building the offline gazetteer index in {tmp_path} (first run only" in capsys.readouterr().err
    note_gazetteer_build(quiet=True)
    (tmp_path / "gazetteer-0123456789ab.pkl").write_bytes(b"")  # an index is there: nothing to say
    note_gazetteer_build(quiet=False)
    assert capsys.readouterr().err == ""


def test_report_to_a_file_says_where_it_went(db, tmp_path):
    out = tmp_path / "week.html"
    args = ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07", "--out", str(out)]
    said = CliRunner().invoke(cli, args)
    assert said.exit_code == 0 and said.stdout == "" and said.stderr == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    assert CliRunner().invoke(cli, [*args, "-q"]).stderr == ""
