"""Two desks ingesting into one store at once: each ingest's summary counts what it stored itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import eventwire.run
from eventwire.cli import cli
from eventwire.model import Article, DateSpan, Event
from eventwire.store import EventQuery, open_store

STORY = "Kyiv, 6 June 2025. Russian drones struck a warehouse in Kyiv overnight, killing two people, officials said.\n"


def _other_desk(db: Path) -> None:
    """Another eventwire writes a new article and two new events to the shared store while this ingest runs."""
    with open_store(db) as other:
        n = other.stats()["articles"]  # fresh ids each time: every call moves the store's totals
        art = Article(id=f"art_other_desk_{n}", text=f"Shelling hit Kharkiv ({n}).", source="Other Desk")
        day = DateSpan(start=date(2025, 6, 6), end=date(2025, 6, 6), precision="day")
        other.upsert_article(art)
        other.upsert_events([Event(id=f"ev_other_{n}_{i}", date=day, article_ids=[art.id]) for i in range(2)])


@pytest.fixture
def shared_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    db, story = tmp_path / "shared.db", tmp_path / "kyiv.txt"
    story.write_text(STORY, encoding="utf-8")
    real = eventwire.run.run_into_store

    def meanwhile(*args: Any, **kw: Any) -> Any:
        _other_desk(db)
        return real(*args, **kw)

    monkeypatch.setattr(eventwire.run, "run_into_store", meanwhile)
    return db, story


def test_ingest_counts_its_own_articles_not_another_writers(shared_ingest: tuple[Path, Path]) -> None:
    db, story = shared_ingest
    result = CliRunner().invoke(cli, ["ingest", str(story), "--db", str(db), "--published", "2025-06-06"])
    assert result.exit_code == 0, result.output
    with open_store(db) as s:
        own = s.count_events(EventQuery(article_id=s.search_articles("warehouse")[0].id))
        assert s.stats()["articles"] == 2
    assert own >= 1
    assert f"stored 1 new article and {own} new event{'s' if own != 1 else ''} in" in result.output


def test_a_second_ingest_of_the_same_text_still_says_nothing_new(shared_ingest: tuple[Path, Path]) -> None:
    db, story = shared_ingest
    CliRunner().invoke(cli, ["ingest", str(story), "--db", str(db), "--published", "2025-06-06"])
    again = CliRunner().invoke(cli, ["ingest", str(story), "--db", str(db), "--published", "2025-06-06"])
    assert again.exit_code == 0, again.output
    with open_store(db) as s:
        assert s.stats()["articles"] == 3  # the other desk did add an article (and two events) meanwhile
    assert "stored 0 new articles and 0 new events in" in again.output
