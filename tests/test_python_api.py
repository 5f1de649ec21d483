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
