"""Queries, reports and the server command from a person's side: bad filters, missing databases, limits."""

from __future__ import annotations

import json
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
    (["--country", "ukraine"], "country must be an ISO 3166-1 alpha-2 code; did you mean UA? (got 'ukraine')"),
    # A code no country has matched nothing and read as "(0 events)": the United Kingdom is GB.
    (["--country", "UK"], "country must be an ISO 3166-1 alpha-2 code; did you mean GB? (got 'UK')"),
    (["--country", "XX"], "country must be an ISO 3166-1 alpha-2 code, e.g. UA (got 'XX')"),
    (["--since", "2025-06-10", "--until", "2025-06-01"], "since (2025-06-10) is after until (2025-06-01)"),
    # A misspelt ACLED type matched nothing and read as "(0 events)".
    (["--type", "Battle"], "event_type is not an ACLED event type; did you mean 'Battles'? (got 'Battle')"),
    (["--sub-type", "drone strike"], "sub_event_type is not an ACLED sub-event type; did you mean "
                                     "'Air/drone strike'? (got 'drone strike')"),
    (["--type", "Battles", "--sub-type", "Air/drone strike"],
     "'Air/drone strike' is a sub-event type of 'Explosions/Remote violence', not of 'Battles'"),
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
    assert "showing the first 1 event (--limit); more may match" in one.stderr
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


def test_the_merge_sentence_accounts_for_every_event():
    from eventwire.cli.extra import merge_summary

    base = {"events": 163, "articles": 9, "duplicates": 0, "clusters": 158, "multi_source": 0, "mentions": 0,
            "removed": 0, "flags": {}, "seconds": 0.27}
    assert merge_summary(base).startswith("merged 163 events from 9 articles into 158 events (5 were further "
                                          "reports of one of these): 0 reported by more than one source")
    one = merge_summary(dict(base, clusters=162))
    assert "into 162 events (1 was a further report of one of these):" in one
    assert "further report" not in merge_summary(dict(base, clusters=163))


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
    from eventwire.gazetteer import index_path

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    note_gazetteer_build(quiet=False)
    assert f"building the offline gazetteer index in {tmp_path} (first run only" in capsys.readouterr().err
    note_gazetteer_build(quiet=True)
    assert capsys.readouterr().err == ""
    (tmp_path / "gazetteer-0123456789ab.pkl").write_bytes(b"")  # another version's index: still rebuilt, so said
    note_gazetteer_build(quiet=False)
    assert "building the offline gazetteer index" in capsys.readouterr().err
    index_path().write_bytes(b"")  # the index this version loads is there: nothing to say
    note_gazetteer_build(quiet=False)
    assert capsys.readouterr().err == ""


def test_an_unwritable_cache_folder_is_said_before_the_build_not_after(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CACHE", str(blocker / "cache"))  # a folder under a file cannot be made
    said = CliRunner().invoke(cli, ["extract", str(SEED), "--published", "2025-06-06"])
    assert said.exit_code == 2 and "Traceback" not in said.output
    assert said.stderr.startswith(f"error: cannot write the gazetteer index to {blocker / 'cache'}: Not a directory")
    assert "building the offline gazetteer index" not in said.stderr


def test_report_to_a_file_says_where_it_went(db, tmp_path):
    out = tmp_path / "week.html"
    args = ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07", "--out", str(out)]
    said = CliRunner().invoke(cli, args)
    assert said.exit_code == 0 and said.stdout == "" and said.stderr == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    assert CliRunner().invoke(cli, [*args, "-q"]).stderr == ""


def test_an_empty_report_says_why(db, tmp_path):
    """README's example period on the bundled examples: no events there, and the user is told so."""
    out = tmp_path / "week.md"
    args = ["report", "--db", str(db), "--since", "2022-04-01", "--until", "2022-04-07", "--country", "UA",
            "--format", "md", "--out", str(out)]
    said = CliRunner().invoke(cli, args)
    assert said.exit_code == 0
    assert said.stderr.startswith("note: no events between 2022-04-01 and 2022-04-07 in UA, so the report is empty")
    assert "**Events: 0** — none in this period" in out.read_text(encoding="utf-8")
    # It said "and its map and timeline PNGs beside it": an empty period has no timeline.
    assert said.stderr.splitlines()[-1] == f"wrote {out} and, beside it, week_map.png"
    assert not (tmp_path / "week_timeline.png").exists()
    assert "note:" not in CliRunner().invoke(cli, [*args, "-q"]).stderr
    full = CliRunner().invoke(cli, [*args[:4], "2025-06-01", "--until", "2025-06-07", *args[7:]])
    assert full.stderr.splitlines()[-1] == f"wrote {out} and, beside it, week_map.png and week_timeline.png"


def test_events_merged_lists_the_merged_events_and_refuses_before_a_merge(tmp_path):
    path = tmp_path / "m.db"
    assert CliRunner().invoke(cli, ["-q", "ingest", str(SEED), "--published", "2025-06-06", "--db", str(path)]).exit_code == 0
    before = CliRunner().invoke(cli, ["events", "--db", str(path), "--merged"])
    assert before.exit_code == 2 and "run `eventwire merge --db ...` first" in before.stderr
    assert CliRunner().invoke(cli, ["-q", "merge", "--db", str(path)]).exit_code == 0
    after = CliRunner().invoke(cli, ["events", "--db", str(path), "--merged", "--country", "UA", "--format", "jsonl"])
    ids = [json.loads(line)["id"][:4] for line in after.stdout.splitlines()]
    assert after.exit_code == 0 and ids and set(ids) == {"cev_"}
    text = CliRunner().invoke(cli, ["events", "--db", str(path), "--merged", "--text", "Kyiv"])
    assert text.exit_code == 2 and "cannot be filtered by text" in text.stderr
    assert "since the last merge" not in after.stderr  # everything is merged: nothing to say
    # A story ingested after the merge is not in the merged view: say so, or it reads as lost.
    later = tmp_path / "later.txt"
    later.write_text("Shelling kills one in Nikopol\n\nRussian shelling killed a man in Nikopol on Friday, the "
                     "regional governor said.\n", encoding="utf-8")
    told = CliRunner().invoke(cli, ["ingest", str(later), "--published", "2025-06-07", "--db", str(path)])
    assert told.exit_code == 0 and f"; run `eventwire merge --db {path}` again to merge them" in told.stderr
    stale = CliRunner().invoke(cli, ["events", "--db", str(path), "--merged", "--format", "jsonl"])
    assert stale.exit_code == 0 and stale.stdout == CliRunner().invoke(
        cli, ["events", "--db", str(path), "--merged", "--format", "jsonl"]).stdout
    assert "stored since the last merge" in stale.stderr and f"eventwire merge --db {path}`" in stale.stderr
    assert CliRunner().invoke(cli, ["-q", "merge", "--db", str(path)]).exit_code == 0
    assert "since the last merge" not in CliRunner().invoke(cli, ["events", "--db", str(path), "--merged"]).stderr


def test_ingesting_a_text_again_without_its_sidecar_keeps_its_outlet(tmp_path):
    """Same text, same article id: the second copy (no sidecar, no --source) must not turn the outlet into an id."""
    text = ("Drone strike kills two in Sumy\n\nA Russian drone struck a car in Sumy on Monday, killing two people, "
            "the regional administration said.\n")
    named, bare = tmp_path / "named", tmp_path / "bare"
    named.mkdir()
    bare.mkdir()
    (named / "sumy.txt").write_text(text, encoding="utf-8")
    (named / "sumy.json").write_text('{"source": "Suspilne", "url": "https://example.org/sumy", '
                                     '"published": "2025-06-09"}', encoding="utf-8")
    (bare / "sumy.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "keep.db"
    for folder in (named, bare):
        assert CliRunner().invoke(cli, ["-q", "ingest", str(folder), "--db", str(db)]).exit_code == 0
    rows = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl"]).stdout.splitlines()
    events = [json.loads(r) for r in rows]
    assert events and {tuple(e["sources"]) for e in events} == {("Suspilne",)}
    assert {e["date"]["start"] for e in events} == {"2025-06-09"}  # the stored date, not a guess


def test_an_unreadable_page_gives_one_plain_reason_not_trafilaturas_log(tmp_path):
    import logging

    page = tmp_path / "story.txt"
    page.write_text("Just a line of text.\n", encoding="utf-8")
    said = CliRunner().invoke(cli, ["extract", str(page), "--format", "html"])
    assert said.exit_code == 3 and "no article text found in HTML page" in said.stderr
    assert logging.getLogger("trafilatura").getEffectiveLevel() == logging.CRITICAL
    CliRunner().invoke(cli, ["-v", "extract", str(page), "--format", "html"])
    assert logging.getLogger("trafilatura").getEffectiveLevel() < logging.ERROR  # -v shows them again


def test_a_full_disk_is_one_line_not_a_traceback(db, monkeypatch, capsys):
    import errno
    import io

    from eventwire.cli import main

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("sys.argv", ["eventwire", "events", "--db", str(db), "--format", "csv"])
    monkeypatch.setattr("sys.stdout", Full())
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 1
    assert capsys.readouterr().err == "error: No space left on device\n"


def test_acled_type_names_are_read_whatever_their_case(db):
    exact = CliRunner().invoke(cli, ["events", "--db", str(db), "--type", "Explosions/Remote violence"]).stdout
    loose = CliRunner().invoke(cli, ["events", "--db", str(db), "--type", "explosions/remote  VIOLENCE"]).stdout
    assert exact == loose and "Air/drone strike" in exact


@pytest.mark.parametrize(("args", "words"), [
    (["muc", "--split", "tst"], "unknown split 'tst' for muc; one of dev, tst1, tst2, test"),
    (["gold", "--split", "held"], "unknown split 'held' for gold; one of dev, heldout, all"),
    (["plover", "--split", "dev"], "plover has no splits: leave out --split"),
])
def test_a_wrong_eval_split_is_a_usage_error_before_any_scoring(args, words):
    """It was a traceback (muc), a score over nothing (gold) or silently ignored (the others)."""
    said = CliRunner().invoke(cli, ["eval", *args, "--limit", "1"])
    assert said.exit_code == 2 and said.stderr == f"error: {words}\n" and said.stdout == ""


def test_ingesting_an_article_again_says_when_its_replaced_events_are_fewer(tmp_path):
    """An earlier run's extra event of the same article is dropped: the summary must not say "-1 new events"."""
    from eventwire.store import open_store
    from eventwire.store.base import EventQuery

    story = tmp_path / "story.txt"
    story.write_text("Shelling kills two in Kherson\n\nRussian shelling killed two people in Kherson on Monday, the "
                     "regional governor said.\n", encoding="utf-8")
    db = tmp_path / "ew.db"
    args = ["ingest", str(story), "--published", "2025-06-02", "--db", str(db)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0 and "stored 1 new article and" in first.stderr
    with open_store(db) as store:
        [event, *_] = store.query_events(EventQuery())
        store.upsert_events([event.model_copy(update={"id": "ev_from_an_older_pipeline"})])
        before = store.stats()["events"]
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0
    assert "stored 0 new articles and 1 event fewer (articles read again had their events replaced)" in again.stderr
    with open_store(db) as store:
        assert store.stats()["events"] == before - 1 and store.get_event("ev_from_an_older_pipeline") is None


@pytest.mark.parametrize("args", [
    ["events", "--limit", "0"], ["events", "--limit", "-5"], ["gazetteer", "lookup", "Kyiv", "--limit", "-1"],
    ["eval", "plover", "--limit", "-2"], ["extract", "-", "--max-bytes", "0"], ["extract", "-", "--max-bytes", "-5"],
])
def test_counts_below_one_are_refused_before_anything_runs(args):
    """--limit 0 printed "(0 events)", lookup --limit -1 dropped the last place, eval ignored -2, --max-bytes 0 meant 10 MB."""
    said = CliRunner().invoke(cli, args, input="Shelling hit Kharkiv.")
    assert said.exit_code == 2 and "is not in the range x>=1" in said.stderr


def test_gazetteer_lookup_says_when_no_place_has_the_name():
    """An unknown name printed nothing at all and an empty NAME looked up nothing; both read like a broken pipe."""
    found = CliRunner().invoke(cli, ["gazetteer", "lookup", "Kharkov", "--limit", "1"])
    assert found.exit_code == 0 and json.loads(found.stdout)["name"] == "Kharkiv" and found.stderr == ""
    missing = CliRunner().invoke(cli, ["gazetteer", "lookup", "Flibbertown"])
    assert missing.exit_code == 0 and missing.stdout == ""
    assert missing.stderr == "no place called 'Flibbertown' in the gazetteer\n"
    empty = CliRunner().invoke(cli, ["gazetteer", "lookup", "  "])
    assert empty.exit_code == 2 and "NAME is empty" in empty.stderr


def test_events_all_writes_every_event_and_exports_say_what_they_leave_out(db, monkeypatch, tmp_path):
    """An export stopped at --limit 1000 with no way to ask for all; ACLED rows fewer than events went unexplained."""
    from eventwire.store import base

    runner = CliRunner()
    every = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl", "--limit", "2"])
    assert every.exit_code == 0 and len(every.stdout.splitlines()) == 2
    assert "showing the first 2 events (--limit); more may match: --all writes every one" in every.stderr
    monkeypatch.setattr(base, "MAX_LIMIT", 3)  # small pages, so the cursor must walk several of them
    whole = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl", "--all"])
    ids = [json.loads(line)["id"] for line in whole.stdout.splitlines()]
    assert whole.exit_code == 0 and len(ids) == len(set(ids)) > 3 and "--limit" not in whole.stderr
    both = runner.invoke(cli, ["events", "--db", str(db), "--all", "--limit", "5"])
    assert both.exit_code == 2 and "--all writes every matching event: leave out --limit" in both.stderr
    fresh = tmp_path / "unmerged.db"
    story = "Shelling hit Kherson on Monday, killing one man, the governor said.\n"
    assert runner.invoke(cli, ["-q", "ingest", "-", "--db", str(fresh)], input=story).exit_code == 0
    never = runner.invoke(cli, ["events", "--db", str(fresh), "--merged", "--all", "--format", "acled"])
    assert never.exit_code == 2 and never.stdout == "" and "run `eventwire merge" in never.stderr  # no lone header
    acled = runner.invoke(cli, ["events", "--db", str(db), "--format", "acled", "--all"])
    political = sum(1 for line in whole.stdout.splitlines() if json.loads(line)["event_type"] is None)
    assert political and len(acled.stdout.splitlines()) == 1 + len(ids) - political  # header + one row each
    assert (f"note: {political} event{'s' if political > 1 else ''} left out: ACLED's format has no row for "
            "political events with a PLOVER code only") in acled.stderr


def test_serve_on_port_0_says_and_uses_the_port_it_picked(tmp_path, monkeypatch):
    """--port 0 ('any free one') printed http://127.0.0.1:0/, an address no one can open."""
    import re

    import uvicorn

    ran: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: ran.update(kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--port", "0"])
    assert result.exit_code == 0, result.stderr
    shown = re.search(r"at http://127\.0\.0\.1:(\d+)/ \(map\)", result.stderr)
    assert shown and int(shown.group(1)) == ran["port"] > 0


def test_merge_says_when_articles_without_an_outlet_count_as_sources(tmp_path):
    """302 ISW reports ingested without --source: "2520 reported by more than one source", all from one outlet."""
    db = str(tmp_path / "two.db")
    runner = CliRunner()
    for story in ("Russian drones struck Kharkiv on Tuesday, killing two people and injuring five, the governor said.",
                  "Two people were killed and five injured when Russian drones hit Kharkiv on Tuesday, officials said."):
        assert runner.invoke(cli, ["-q", "ingest", "-", "--db", db, "--published", "2025-06-04"], input=story).exit_code == 0
    said = runner.invoke(cli, ["merge", "--db", db])
    assert said.exit_code == 0 and "1 reported by more than one source" in said.stderr
    assert said.stderr.rstrip().endswith(
        "note: 2 articles name no outlet, and each counts as a source of its own (give --source when ingesting)")
    from eventwire.store import open_store

    with open_store(db) as store:
        assert store.stats()["articles_without_outlet"] == 2


def test_report_takes_its_format_from_the_out_name_unless_told(db, tmp_path):
    """`report --out week.md` (no --format) wrote an HTML page into week.md."""
    base = ["report", "--db", str(db), "--since", "2025-06-01", "--until", "2025-06-07"]
    md = tmp_path / "week.md"
    said = CliRunner().invoke(cli, [*base, "--out", str(md)])
    assert said.exit_code == 0 and md.read_text(encoding="utf-8").startswith("# Situation report")
    assert (tmp_path / "week_map.png").exists()
    page = tmp_path / "week.htm"
    assert CliRunner().invoke(cli, [*base, "--out", str(page)]).exit_code == 0
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    clash = CliRunner().invoke(cli, [*base, "--format", "html", "--out", str(tmp_path / "other.md")])
    assert clash.exit_code == 2 and "--format html does not fit --out" in clash.stderr
    assert not (tmp_path / "other.md").exists()
