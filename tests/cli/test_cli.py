"""The command line, end to end through click's runner on real files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire import __version__
from eventwire.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "kyiv-airstrikes.txt"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


def test_every_command_has_help():
    for path in _commands(cli):
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        assert "Usage:" in result.output and len(result.output) > 80, path


def test_version():
    assert __version__ in run("--version").output


def test_components_lists_registered_names():
    out = run("components").output
    assert "places.gazetteer.v1" in out and "requires: sentences" in out


def test_config_show_is_json_with_pipeline():
    data = json.loads(run("config", "show").output)
    assert data["settings"]["db"] == "eventwire.db"
    assert [s["name"] for s in data["pipeline"]["stage"]][-2:] == ["checks.consistency.v1", "confidence.learned.v1"]


def test_extract_seed_story_jsonl():
    result = CliRunner().invoke(cli, ["-q", "extract", str(SEED), "--published", "2025-06-06"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    kyiv = [e for e in events if e["location"] and e["location"]["name"] == "Kyiv"
            and e["event_type"] == "Explosions/Remote violence"]
    assert kyiv and kyiv[0]["date"]["start"] == "2025-06-06"
    assert kyiv[0]["fatalities"]["low"] == 4


def test_extract_stdin():
    text = SEED.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["-q", "extract", "-", "--published", "2025-06-06"], input=text)
    assert result.exit_code == 0
    assert any(json.loads(x)["event_type"] for x in result.stdout.splitlines())


def test_bad_date_is_usage_error():
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--published", "June"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_places_seed():
    result = CliRunner().invoke(cli, ["places", str(SEED)])
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert {"Kyiv", "Istanbul"} <= {r["name"] for r in rows}


def test_places_given_mentions(tmp_path):
    text = "Shelling hit Kharkiv and Odesa overnight."
    spans = [{"start": text.index("Kharkiv"), "end": text.index("Kharkiv") + 7},
             {"start": 0, "end": 8}]
    f = tmp_path / "m.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": text, "mentions": spans}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", "--given-mentions", str(f)])
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["country_code"] == "UA" and rows[0]["article_id"] == "a1"
    assert rows[1]["start"] == 0 and set(rows[0]) >= {"geonameid", "lat", "lon", "score", "role"}
    # Resolved and unresolved rows have the keys of a plain `places` row, population included.
    plain = json.loads(CliRunner().invoke(cli, ["places", "-"], input=text).stdout.splitlines()[0])
    assert list(rows[0]) == list(plain) == list(rows[1]) and rows[0]["population"] > 1_000_000


@pytest.fixture()
def db(tmp_path) -> Path:
    path = tmp_path / "ew.db"
    result = CliRunner().invoke(cli, ["-q", "ingest", str(EXAMPLES), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_examples_then_query_formats(db):
    table = run("events", "--db", str(db)).output
    assert "Kyiv" in table
    rows = [json.loads(x) for x in run("events", "--db", str(db), "--format", "jsonl").output.splitlines()]
    assert len(rows) >= 3
    ua = [json.loads(x) for x in run("events", "--db", str(db), "--country", "UA", "--format", "jsonl")
          .output.splitlines()]
    assert ua and all(e["location"]["country_code"] == "UA" for e in ua)
    since = run("events", "--db", str(db), "--since", "2025-01-01", "--format", "jsonl").output.splitlines()
    assert all(json.loads(x)["date"]["start"] >= "2025-01-01" for x in since)
    found = [json.loads(x) for x in run("events", "--db", str(db), "--text", "Klitschko", "--format", "jsonl")
             .output.splitlines()]
    seed_ids = {e["article_ids"][0] for e in rows if e["location"] and e["location"]["name"] == "Kyiv"}
    assert found and all(set(e["article_ids"]) & seed_ids for e in found)
    assert len(found) < len(rows)
    csv_rows = list(csv.DictReader(io.StringIO(run("events", "--db", str(db), "--format", "csv").output)))
    assert len(csv_rows) == len(rows)
    geo = json.loads(run("events", "--db", str(db), "--format", "geojson").stdout)  # stderr notes what it left out
    assert geo["type"] == "FeatureCollection" and geo["features"]


def test_ingest_is_idempotent(db):
    def counts():
        with sqlite3.connect(db) as con:
            return [con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events")]

    before = counts()
    result = CliRunner().invoke(cli, ["-q", "ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0
    assert counts() == before and before[0] == 6


def test_ingest_bad_inputs_reports_each_and_exits_3(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "bad"
    maker = ROOT / "tests" / "fixtures" / "make_bad_inputs.py"
    subprocess.run([sys.executable, str(maker), str(folder), "--big-mb", "2", "--seed", str(SEED)], check=True,
                   capture_output=True)
    db = tmp_path / "bad.db"
    args = ["ingest", str(folder), "--db", str(db), "--max-bytes", "1000000"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 3
    reasons = {line.split(": ", 2)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2]
               for line in first.stderr.splitlines() if line.startswith("failed")}
    assert reasons["binary.bin"] == "binary file, not text"
    assert reasons["empty.txt"] == "empty document"
    assert "over the" in reasons["huge.txt"] and "--max-bytes" in reasons["huge.txt"]
    assert reasons["malformed-feed.xml"].startswith("malformed feed")
    assert reasons["no-article.html"] == "no article text found in HTML page"
    assert "unsupported language: ru" in reasons["russian-cp1251.txt"]

    def counts():
        with sqlite3.connect(db) as con:
            return [con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events")]

    before = counts()
    # The seed story, the mostly-UTF-8 file and the (correctly decoded) Russian text are kept.
    assert before[0] == 3 and before[1] > 0
    with sqlite3.connect(db) as con:
        russian = con.execute("select text from articles where language = 'ru'").fetchone()[0]
    assert "Харьков" in russian
    assert CliRunner().invoke(cli, args).exit_code == 3
    assert counts() == before
    # The dead letters are listed again from the database: every run's, or the latest run's only.
    listed = CliRunner().invoke(cli, ["failures", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert listed.exit_code == 0 and len(rows) == 2 * len(reasons) and len({r["run_id"] for r in rows}) == 2
    last = CliRunner().invoke(cli, ["failures", "--db", str(db), "--last-run"])
    assert len(last.stdout.splitlines()) == len(reasons) and "binary file, not text" in last.stdout
    assert "(6 failures)" in last.stderr


def test_extract_with_worker_processes_matches_in_process(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    german = tmp_path / "german.txt"  # fails in a stage, not in reading: worded "ComponentError: ..." by workers
    german.write_text("Russische Drohnen haben in der Nacht die Stadt Charkiw angegriffen, dabei wurden zwei "
                      "Menschen getötet und fünf weitere verletzt, sagte der Gouverneur am Dienstag.\n", encoding="utf-8")
    args = ["-q", "extract", str(EXAMPLES), str(bad), str(german)]
    one = CliRunner().invoke(cli, args)
    two = CliRunner().invoke(cli, [*args, "--workers", "2"])
    assert one.exit_code == two.exit_code == 3
    assert one.stdout == two.stdout and one.stdout.count("\n") >= 10
    assert "broken.txt: binary file, not text" in two.stderr
    assert sorted(one.stderr.splitlines()) == sorted(two.stderr.splitlines())
    assert f"{german}: unsupported language: de (only English is extracted)" in two.stderr


def test_dask_engine_matches_in_process_on_a_local_and_a_remote_scheduler(tmp_path):
    from distributed import LocalCluster

    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    args = ["-q", "extract", str(EXAMPLES), str(bad)]
    one = CliRunner().invoke(cli, args)
    import socket

    with socket.socket() as holder:  # another cluster's dashboard port: the local one warned on stderr under -q
        try:
            holder.bind(("0.0.0.0", 8787))
            holder.listen()
        except OSError:
            pass  # already held by something else, which is the case under test
        local = CliRunner().invoke(cli, [*args, "--scheduler", "local", "--workers", "2"])
    assert one.exit_code == local.exit_code == 3
    assert one.stdout == local.stdout and "broken.txt: binary file, not text" in local.stderr
    assert "8787" not in local.stderr and "already in use" not in local.stderr
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        db = str(tmp_path / "d.db")
        remote = CliRunner().invoke(cli, ["-q", "ingest", str(EXAMPLES), "--db", db, "--scheduler",
                                          cluster.scheduler_address])
        assert remote.exit_code == 0, remote.output
    events = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl"])
    assert events.stdout.count("\n") == one.stdout.count("\n")
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        unreachable = CliRunner().invoke(cli, [*args, "--scheduler", "tcp://127.0.0.1:9"])
    assert unreachable.exit_code == 2 and "cannot reach the Dask scheduler" in unreachable.stderr


def test_usage_errors_are_clear_and_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "nonsense"])
    assert result.exit_code == 2 and "unknown corpus 'nonsense'" in result.stderr
    db = str(tmp_path / "empty.db")
    result = CliRunner().invoke(cli, ["report", "--db", db, "--since", "2022-05-02", "--until", "2022-05-01"])
    assert result.exit_code == 2 and "error:" in result.stderr


def test_given_mentions_bad_input_is_reported_not_a_crash(tmp_path):
    bad = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "g", "text": "Kharkiv was shelled.", "mentions": [{"start": 0, "end": 7}]})
    bad.write_bytes(b"\xff\xfe not utf-8\n" + good.encode() + b"\n")
    result = CliRunner().invoke(cli, ["places", "--given-mentions", str(bad), str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 3
    assert [json.loads(x)["article_id"] for x in result.stdout.splitlines()] == ["g"]
    assert "bad.jsonl#line=1: bad input line" in result.stderr and "missing.jsonl: cannot read" in result.stderr


def test_given_mentions_outside_the_text_are_refused_not_clipped(tmp_path):
    """A span past the end gave a row for the clipped text; a reversed one a row of nulls; a lost key nothing."""
    lines = [
        {"id": "a", "text": "Shelling hit Kharkiv.", "mentions": [{"start": 13, "end": 99}]},
        {"id": "b", "text": "Kyiv", "mentions": [{"start": 3, "end": 1}]},
        {"id": "c", "text": "Kyiv", "spans": [{"start": 0, "end": 4}]},
        {"id": "d", "text": "Odesa port", "mentions": [{"start": 0}]},
        {"id": "e", "text": "Odesa port", "mentions": [{"start": 0, "end": 5}]},
    ]
    f = tmp_path / "spans.jsonl"
    f.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", "--given-mentions", str(f)])
    assert result.exit_code == 3
    assert [(r["article_id"], r["text"]) for r in map(json.loads, result.stdout.splitlines())] == [("e", "Odesa")]
    assert result.stderr.splitlines()[:4] == [
        f"failed: {f}#line=1: bad input line: mention 1 (13-99) is not a span of the text (21 characters)",
        f"failed: {f}#line=2: bad input line: mention 1 (3-1) is not a span of the text (4 characters)",
        f"failed: {f}#line=3: bad input line: no 'mentions' list ([] for none)",
        f"failed: {f}#line=4: bad input line: mention 1 needs 'start' and 'end'",
    ]


def test_given_mentions_from_windows_tools_and_with_loose_offsets(tmp_path):
    """A UTF-8 BOM or a UTF-16 file failed every line; 20.9 was read as 20; a JSON list said 'list indices must be'."""
    good = {"id": "g", "text": "Kharkiv was shelled.", "mentions": [{"start": 0, "end": 7}]}
    line = json.dumps(good) + "\n"
    (tmp_path / "bom8.jsonl").write_bytes(b"\xef\xbb\xbf" + line.encode())
    (tmp_path / "utf16.jsonl").write_bytes((line + line.replace('"g"', '"h"')).encode("utf-16"))
    result = CliRunner().invoke(cli, ["places", "--given-mentions", str(tmp_path / "bom8.jsonl"),
                                      str(tmp_path / "utf16.jsonl")])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["article_id"], r["text"], r["name"]) for r in rows] == [
        ("g", "Kharkiv", "Kharkiv"), ("g", "Kharkiv", "Kharkiv"), ("h", "Kharkiv", "Kharkiv")]
    odd = tmp_path / "odd.jsonl"
    odd.write_text(json.dumps({"id": "f", "text": "Kharkiv", "mentions": [{"start": 0, "end": 6.9}]}) + "\n"
                   + json.dumps([good]) + "\n"
                   + json.dumps({"id": "s", "text": "Kharkiv", "mentions": [{"start": "0", "end": "7"}]}) + "\n",
                   encoding="utf-8")
    said = CliRunner().invoke(cli, ["places", "--given-mentions", str(odd)])
    assert said.exit_code == 3 and [json.loads(x)["article_id"] for x in said.stdout.splitlines()] == ["s"]
    assert said.stderr.splitlines() == [
        f"failed: {odd}#line=1: bad input line: mention 1: start and end must be whole character offsets (got 6.9)",
        f"failed: {odd}#line=2: bad input line: a line must be one JSON object with 'text' and 'mentions', not a list",
    ]
