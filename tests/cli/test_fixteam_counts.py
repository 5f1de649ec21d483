"""One ingest counter for the CLI, the Python API, REST and the run record: this run's own writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import eventwire.run
from eventwire.api import ingest
from eventwire.model import Article, DateSpan, Event
from eventwire.store import EventQuery, open_store

STORY = "Kyiv, 6 June 2025. Russian drones struck a warehouse in Kyiv overnight, killing two people, officials said.\n"


def _meanwhile(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another desk stores an article and two events in the same store as each run starts."""
    real = eventwire.run.run_into_store

    def other_then_real(*args: Any, **kw: Any) -> Any:
        with open_store(db) as other:
            n = other.stats()["articles"]
            art = Article(id=f"art_desk_{n}", text=f"Shelling hit Kharkiv ({n}).", source="Other Desk")
            day = DateSpan(start=date(2025, 6, 6), end=date(2025, 6, 6), precision="day")
            other.upsert_article(art)
            other.upsert_events([Event(id=f"ev_desk_{n}_{i}", date=day, article_ids=[art.id]) for i in range(2)])
        return real(*args, **kw)

    monkeypatch.setattr(eventwire.run, "run_into_store", other_then_real)


def test_the_python_api_and_the_run_record_count_this_runs_writes(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db, story = tmp_path / "shared.db", tmp_path / "kyiv.txt"
    story.write_text(STORY, encoding="utf-8")
    _meanwhile(db, monkeypatch)
    stats = ingest(story, db, published=date(2025, 6, 6))
    with open_store(db) as s:
        own = s.count_events(EventQuery(article_id=s.search_articles("warehouse")[0].id))
        assert own >= 1 and s.stats()["events"] == own + 2
        assert s.runs()[-1]["stats"]["new_events"] == own
    assert (stats.new_articles, stats.new_events, stats.updated_articles) == (1, own, 0)
    stats = ingest(story, db, published=date(2025, 6, 6))
    assert (stats.new_articles, stats.new_events, stats.updated_articles) == (0, 0, 0)


def test_an_article_read_again_with_fewer_events_counts_them_as_fewer(tmp_path: Path) -> None:
    db, story = tmp_path / "r.db", tmp_path / "kyiv.txt"
    story.write_text(STORY, encoding="utf-8")
    ingest(story, db, published=date(2025, 6, 6))
    with open_store(db) as s:
        art = s.search_articles("warehouse")[0].id
        stored = s.count_events(EventQuery(article_id=art))
        # An extra event, as an earlier pipeline might have left: the next read of the text replaces it.
        s.upsert_events([Event(id="ev_left_over", date=DateSpan(start=date(2025, 6, 6)), article_ids=[art])])
    stats = ingest(story, db, published=date(2025, 6, 6))
    assert (stats.new_articles, stats.new_events, stats.updated_articles) == (0, -1, 1)
    with open_store(db) as s:
        assert s.count_events(EventQuery(article_id=art)) == stored
