"""api.report refuses a missing date with UsageError (an assert is gone under python -O); a boxed report reads the
period again only when it must."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.api import ingest, report
from eventwire.errors import UsageError
from eventwire.export.report import report_from_store
from eventwire.merge.types import Cluster
from eventwire.store import open_store
from export.test_report_confidence import ODESA, SINCE, UNTIL, strike
from export.test_team89_report_bbox import _store_with_a_merge
from store.samples import KYIV

KYIV_BOX = (30.0, 50.0, 31.0, 51.0)


@pytest.mark.parametrize(("since", "until"), [(None, "2025-06-07"), ("2025-06-01", None)])
def test_a_report_without_both_dates_is_a_usage_error(tmp_path: Path, since: str | None, until: str | None) -> None:
    db, story = tmp_path / "r.db", tmp_path / "s.txt"
    story.write_text("Shelling damaged a school in Kherson on Tuesday, officials said.\n", encoding="utf-8")
    ingest(story, db)
    with pytest.raises(UsageError, match="report needs both since and until"):
        report(db, since, until)  # type: ignore[arg-type]


def _reads(store: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the store's event and cluster page reads."""
    seen = {"events": 0, "clusters": 0}
    for name, kind in (("query_events", "events"), ("query_clusters", "clusters")):
        real = getattr(store, name)

        def counted(q: Any, real: Any = real, kind: str = kind) -> Any:
            seen[kind] += 1
            return real(q)

        monkeypatch.setattr(store, name, counted)
    return seen


def test_a_boxed_report_reads_the_period_again_only_for_reports_placed_outside(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with_a_merge(tmp_path / "r.db")  # the Kyiv strike: both reports placed at Kyiv
    with open_store(tmp_path / "r.db") as store:
        reads = _reads(store, monkeypatch)
        md = report_from_store(store, SINCE, UNTIL, fmt="md", bbox=KYIV_BOX)
        assert "merged: 2 reports into 1 event (in the box or not)" in md
        assert reads == {"events": 1, "clusters": 1}  # was 2 and 2: the boxed reads were made again unboxed
    # One report placed the strike at Odesa: that one needs the unboxed period, and is still counted.
    a, b = strike("ev_a", KYIV, 0.8, 3), strike("ev_b", ODESA, 0.8, 3)
    with open_store(tmp_path / "f.db") as store:
        store.upsert_events([a, b])
        store.save_clusters([Cluster(id="cev_ab", event=a.model_copy(update={"id": "cev_ab"}),
                                     member_ids=[a.id, b.id], sources=["Wire ev_a", "Wire ev_b"])], [])
        reads = _reads(store, monkeypatch)
        md = report_from_store(store, SINCE, UNTIL, fmt="md", bbox=KYIV_BOX)
        assert "merged: 2 reports into 1 event (in the box or not)" in md and reads["events"] == 2
