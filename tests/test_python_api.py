"""The public Python API as README shows it: extract, geoparse, ingest, query."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import eventwire

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_readme_python_api(tmp_path):
    events = eventwire.extract((EXAMPLES / "kyiv-airstrikes.txt").read_text(encoding="utf-8"),
                               published=datetime.date(2025, 6, 6))
    assert any(e.location and e.location.name == "Kyiv" for e in events)
    # geoparse stays the function even after the pipeline imported the geoparsing package.
    places = eventwire.geoparse("Shelling hit Kharkiv overnight.")
    assert [(p.name, p.country_code) for p in places] == [("Kharkiv", "UA")]
    db = tmp_path / "api.db"
    stats = eventwire.ingest([str(EXAMPLES)], db=db)
    assert stats.documents == 6 and stats.failed == 0 and stats.events > 10
    rows = eventwire.query(db, country="UA")
    assert rows and all(r.location and r.location.country_code == "UA" for r in rows)


def test_query_errors_are_usage_errors_that_name_the_problem(tmp_path):
    import pytest

    from eventwire.errors import UsageError

    missing = tmp_path / "typo.db"
    with pytest.raises(UsageError, match="no database at .*typo.db"):
        eventwire.query(missing, country="UA")
    assert not missing.exists()  # a query never creates a database
    db = tmp_path / "api.db"
    eventwire.ingest([str(EXAMPLES / "kyiv-airstrikes.txt")], db=db, published=datetime.date(2025, 6, 6))
    with pytest.raises(UsageError, match=r"country must be an ISO 3166-1 alpha-2 code; did you mean UA\? \(got 'Ukraine'\)"):
        eventwire.query(db, country="Ukraine")
    assert eventwire.query(db, country="ua")  # the code is case-insensitive


def test_query_merged_gives_the_merged_events_after_a_merge(tmp_path):
    import pytest

    from eventwire.errors import UsageError
    from eventwire.merge import merge_store

    db = tmp_path / "merged.db"
    eventwire.ingest([str(EXAMPLES / "kyiv-airstrikes.txt")], db=db, published=datetime.date(2025, 6, 6))
    with pytest.raises(UsageError, match="run `eventwire merge --db ...` first"):
        eventwire.query(db, merged=True)
    with eventwire.open_store(db) as store:
        merge_store(store)
    merged = eventwire.query(db, merged=True, country="UA")
    assert merged and all(e.id.startswith("cev_") for e in merged)
    assert len(merged) <= len(eventwire.query(db, country="UA"))


def test_ingest_takes_one_path_as_well_as_a_list(tmp_path, monkeypatch):
    """A single string was read letter by letter: "examples/kyiv.txt" walked "/", the whole file system."""
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text("Shelling hit Kherson on Monday, killing one man, the governor said.\n", encoding="utf-8")
    for one in (str(story), story, "story.txt"):
        stats = eventwire.ingest(one, db=tmp_path / "one.db", published=datetime.date(2025, 6, 2))
        assert (stats.documents, stats.failed) == (1, 0)
    stats = eventwire.ingest([story, "story.txt"], db=tmp_path / "one.db")
    assert (stats.documents, stats.failed) == (2, 0)


def test_the_api_merges_as_the_cli_does_and_refuses_unknown_filters(tmp_path):
    """DESIGN's api.merge() was missing (only the CLI merged); query(db, contry="UA") returned every event."""
    import pytest

    from eventwire.api import merge
    from eventwire.errors import UsageError

    with pytest.raises(UsageError, match="no database at"):
        merge(tmp_path / "none.db")
    db = tmp_path / "m.db"
    eventwire.ingest([str(EXAMPLES / "kyiv-airstrikes.txt")], db=db, published=datetime.date(2025, 6, 6))
    stats = merge(db)
    merged = eventwire.query(db, merged=True)
    assert stats.clusters == len(merged) > 0 and stats.events == len(eventwire.query(db))
    assert merge(db).clusters == stats.clusters  # idempotent
    with pytest.raises(UsageError, match=r"unknown filter 'contry' \(did you mean 'country'\?\)"):
        eventwire.query(db, contry="UA")


def test_geoparse_names_the_type_it_takes():
    """Bytes (a file opened "rb") failed deep inside with "'bytes' object has no attribute 'encode'"."""
    import pytest

    with pytest.raises(TypeError, match=r"geoparse takes text \(str\), not bytes: decode it first"):
        eventwire.geoparse(b"Shelling hit Kharkiv overnight.")


def test_read_options_from_python_are_checked_like_the_cli_flags(tmp_path):
    """eventwire.ingest(max_bytes=0) refused every document "over the 0 bytes limit"; the CLI says it is a usage error."""
    import pytest

    from eventwire.errors import UsageError

    story = tmp_path / "story.txt"
    story.write_text("Shelling hit Kherson on Monday, killing one man, the governor said.\n", encoding="utf-8")
    for bad, words in (({"max_bytes": 0}, "max_bytes must be a whole number of bytes, 1 or more (got 0)"),
                       ({"max_bytes": True}, "max_bytes must be"), ({"timeout": -1}, "timeout must be a number"),
                       ({"published": "June 2025"}, "published must be a date, e.g. 2025-06-06 (got 'June 2025')")):
        with pytest.raises(UsageError, match=re.escape(words)):
            eventwire.ingest(story, db=tmp_path / "o.db", **bad)
    stats = eventwire.ingest(story, db=tmp_path / "o.db", published="2025-06-02")  # an ISO string is a date
    assert (stats.documents, stats.failed) == (1, 0)
    assert eventwire.query(tmp_path / "o.db")[0].date.start == datetime.date(2025, 6, 2)


def test_query_warns_at_the_default_limit_and_every_returns_them_all(tmp_path):
    import warnings

    import pytest

    from eventwire.errors import UsageError
    from eventwire.model import Article, DateSpan, Event

    db = tmp_path / "many.db"
    art = Article(text="A report written for this test.", published=datetime.date(2025, 6, 6))
    day = datetime.date(2025, 6, 6)
    with eventwire.open_store(db) as store:
        store.upsert_article(art)
        store.upsert_events([Event(id=f"ev_{i:016x}", event_type="Battles", sub_event_type="Armed clash",
                                   date=DateSpan(start=day, end=day, precision="day"), article_ids=[art.id])
                             for i in range(1001)])
    with pytest.warns(UserWarning, match="the first 1000 events .*every=True"):
        assert len(eventwire.query(db)) == 1000  # the default limit, no longer silent
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # neither an explicit limit nor every=True warns
        assert len(eventwire.query(db, limit=1000)) == 1000
        assert len(eventwire.query(db, every=True)) == 1001
        assert len(eventwire.query(db, every=True, event_type="Battles")) == 1001
    with pytest.raises(UsageError, match="leave out limit"):
        eventwire.query(db, every=True, limit=5)
