"""The public Python API as README shows it: extract, geoparse, ingest, query."""

from __future__ import annotations

import datetime
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
