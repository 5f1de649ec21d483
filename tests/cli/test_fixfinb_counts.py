"""The ingest counts come back in the run's stats (no out-parameter), and a Ctrl-C words a net loss as fewer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventwire.readers
from eventwire.api import ingest
from eventwire.cli import cli
from eventwire.model import Article, DateSpan, Event
from eventwire.run import RunInterrupted, run_into_store
from eventwire.store import EventQuery, open_store

STORY = "Kyiv, 6 June 2025. Russian drones struck a warehouse in Kyiv overnight, killing two people, officials said.\n"


def test_the_python_api_returns_the_counts_in_its_stats(tmp_path: Path) -> None:
    db, story = tmp_path / "a.db", tmp_path / "kyiv.txt"
    story.write_text(STORY, encoding="utf-8")
    first = ingest(story, db, published=date(2025, 6, 6))
    with open_store(db) as s:
        own = s.count_events(EventQuery(article_id=s.search_articles("warehouse")[0].id))
        record = s.runs()[-1]["stats"]
    assert own >= 1 and (first.new_articles, first.new_events, first.updated_articles) == (1, own, 0)
    # The run record keeps the same numbers as before, under the same names.
    assert (record["new_articles"], record["new_events"], record["updated_articles"]) == (1, own, 0)
    assert first.as_dict()["new_events"] == own and first.documents == 1
    with pytest.raises(TypeError):
        ingest(story, db, published=date(2025, 6, 6), changed={})  # the out-parameter is gone


def _left_over(db: Path, story: Path) -> None:
    """A stored article with one event more than its text gives: the next read replaces them with fewer."""
    ingest(story, db, published=date(2025, 6, 6))
    with open_store(db) as s:
        art = s.search_articles("warehouse")[0].id
        s.upsert_events([Event(id="ev_left_over", date=DateSpan(start=date(2025, 6, 6)), article_ids=[art])])


def test_ctrl_c_after_a_net_loss_says_fewer_not_a_negative_count(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db, story = tmp_path / "c.db", tmp_path / "kyiv.txt"
    story.write_text(STORY, encoding="utf-8")
    _left_over(db, story)

    def read_then_stop(paths: object, opts: object) -> Iterator[Article]:
        with open_store(db) as s:  # the same record as the first ingest, so it is read again, not new
            yield s.search_articles("warehouse")[0]
        raise KeyboardInterrupt

    monkeypatch.setattr(eventwire.readers, "read_sources", read_then_stop)
    result = CliRunner().invoke(cli, ["ingest", "x", "--db", str(db)])
    assert result.exit_code == 130
    assert "interrupted: stored 0 new articles and 1 event fewer (articles read again" in result.output
    assert "-1" not in result.output.replace(str(db), "")  # the path may hold "-1": pytest-of-root/pytest-15/


def test_run_into_store_hands_the_counts_so_far_to_the_interrupt(tmp_path: Path) -> None:
    def two_then_stop() -> Iterator[Article]:
        yield Article(text="Shelling damaged a school in Kherson on Tuesday, officials said.", source="Test Wire")
        yield Article(text="A quiet day in the capital, with no news of note.", source="Test Wire")
        raise KeyboardInterrupt

    with open_store(tmp_path / "i.db") as store, pytest.raises(RunInterrupted) as stop:
        run_into_store(two_then_stop(), store)
    assert isinstance(stop.value, KeyboardInterrupt)  # a caller catching Ctrl-C still catches it
    assert stop.value.stats.new_articles == 2 and stop.value.stats.documents == 2
