"""Ctrl-C during an ingest: what was stored stays, the run says so, and running again loses and doubles nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventwire.readers
from eventwire.cli import cli
from eventwire.model import Article
from eventwire.store import open_store

# Texts written for this test.
TEXTS = [
    "Russian drones struck a warehouse in Kharkiv overnight, killing two people, the governor said.",
    "Ceci est un court texte en français sur la météo de demain à Lyon, sans aucun événement.",
    "Shelling damaged a school in Kherson on Tuesday; three people were wounded, officials said.",
]


def _articles() -> list[Article]:
    return [Article(text=t, source="Test Wire", published="2025-06-06") for t in TEXTS]


def _interrupting(paths: object, opts: object) -> Iterator[Article]:
    """The first two documents, then Ctrl-C while the third is read."""
    yield from _articles()[:2]
    raise KeyboardInterrupt


def _counts(db: Path) -> tuple[int, int]:
    with open_store(db) as store:
        stats = store.stats()
    return stats["articles"], stats["events"]


def test_ctrl_c_keeps_what_was_stored_says_so_and_a_rerun_doubles_nothing(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    whole, cut = tmp_path / "whole.db", tmp_path / "cut.db"
    monkeypatch.setattr(eventwire.readers, "read_sources", lambda paths, opts: iter(_articles()))
    assert CliRunner().invoke(cli, ["ingest", "x", "--db", str(whole)]).exit_code == 3  # the French text fails

    monkeypatch.setattr(eventwire.readers, "read_sources", _interrupting)
    result = CliRunner().invoke(cli, ["ingest", "x", "--db", str(cut)])
    assert result.exit_code == 130  # the shell's code for SIGINT, not click's "Aborted!" (1)
    assert "Aborted" not in result.output
    assert "interrupted: stored 2 new articles and " in result.output
    assert "run the same command again to finish" in result.output
    articles, events = _counts(cut)
    assert articles == 2 and events >= 1  # the Kharkiv report and the French text (kept, searchable) stay stored
    with open_store(cut) as store:
        run = store.runs()[-1]
        # The run is closed, marked as interrupted, and its failure so far is listed.
        assert run["finished_at"] and run["stats"]["interrupted"] is True
        assert [f["reason"] for f in store.failures(run["id"])] == [
            "unsupported language: fr (only English is extracted)"]

    monkeypatch.setattr(eventwire.readers, "read_sources", lambda paths, opts: iter(_articles()))
    again = CliRunner().invoke(cli, ["ingest", "x", "--db", str(cut)])
    assert again.exit_code == 3 and "stored 1 new article" in again.output
    assert _counts(cut) == _counts(whole)


def test_ctrl_c_during_extract_keeps_whole_lines_and_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eventwire.readers, "read_sources", _interrupting)
    result = CliRunner().invoke(cli, ["extract", "x"])
    assert result.exit_code == 130 and "Aborted" not in result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    # The Kharkiv report's one event; the French text failed; the third document was never read.
    assert len(lines) == 1 and "interrupted: the events written so far are whole JSON lines" in result.stderr


def test_ctrl_c_during_merge_says_nothing_changed_and_exits_130(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.merge

    db = tmp_path / "m.db"
    monkeypatch.setattr(eventwire.readers, "read_sources", lambda paths, opts: iter(_articles()[:1]))
    assert CliRunner().invoke(cli, ["ingest", "x", "--db", str(db)]).exit_code == 0

    def interrupted(store: object, **kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(eventwire.merge, "merge_store", interrupted)
    result = CliRunner().invoke(cli, ["merge", "--db", str(db)])
    assert result.exit_code == 130 and "Aborted" not in result.output
    assert "interrupted: the merged events are as they were before this merge" in result.output


def test_ctrl_c_between_an_article_and_its_events_waits_for_both() -> None:
    import signal

    from eventwire.run import whole

    done: list[str] = []
    # Start from Python's own Ctrl-C handler: a library an earlier test ran (a server, a cluster) may have left
    # another one installed, and whole() rightly keeps whatever it finds (an ignored Ctrl-C stays ignored).
    found = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with whole():
                done.append("article")
                # Ctrl-C right after the article is stored; raise_signal delivers it to this (the main) thread.
                signal.raise_signal(signal.SIGINT)
                done.append("events")
        assert done == ["article", "events"]  # the events were stored before the interrupt took effect
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # and Ctrl-C works as before afterwards
    finally:
        signal.signal(signal.SIGINT, found)
