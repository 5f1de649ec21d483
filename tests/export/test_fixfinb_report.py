"""api.report refuses a missing date with the project's UsageError, not a bare assert (gone under python -O)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.api import ingest, report
from eventwire.errors import UsageError


@pytest.mark.parametrize(("since", "until"), [(None, "2025-06-07"), ("2025-06-01", None)])
def test_a_report_without_both_dates_is_a_usage_error(tmp_path: Path, since: str | None, until: str | None) -> None:
    db, story = tmp_path / "r.db", tmp_path / "s.txt"
    story.write_text("Shelling damaged a school in Kherson on Tuesday, officials said.\n", encoding="utf-8")
    ingest(story, db)
    with pytest.raises(UsageError, match="report needs both since and until"):
        report(db, since, until)  # type: ignore[arg-type]
