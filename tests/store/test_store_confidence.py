"""The confidence filter in both stores: events and merged events at or above a threshold, paged and counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.merge.types import Cluster
from eventwire.model import Event
from eventwire.store import EventQuery, Store
from eventwire.store.base import iter_pages


def ids(items: list[Event]) -> list[str]:
    return [e.id for e in items]


def _scored(events: list[Event]) -> list[Event]:
    """The four sample events with confidences 0.9, 0.62, 0.3 and 0.7 (the political threat)."""
    scores = {"ev_kyiv_strike": 0.9, "ev_kharkiv_shelling": 0.62, "ev_qatana": 0.3, "ev_threat": 0.7}
    return [e.model_copy(update={"confidence": scores[e.id]}) for e in events]


def test_min_confidence_keeps_the_events_at_or_above_it(store: Store, events: list[Event]) -> None:
    store.upsert_events(_scored(events))
    assert ids(store.query_events(EventQuery(min_confidence=0.6))) == ["ev_threat", "ev_kharkiv_shelling",
                                                                       "ev_kyiv_strike"]
    assert ids(store.query_events(EventQuery(min_confidence=0.62))) == ["ev_threat", "ev_kharkiv_shelling",
                                                                        "ev_kyiv_strike"]  # at the bound: kept
    assert ids(store.query_events(EventQuery(min_confidence=0.8, country="UA"))) == ["ev_kyiv_strike"]
    assert store.count_events(EventQuery(min_confidence=0.5)) == 3
    assert store.count_events(EventQuery(min_confidence=0)) == 4
    assert store.query_events(EventQuery(min_confidence=1)) == []
    # Newest first, one event a page: the cursor walks the filtered events only, each once.
    q = EventQuery(min_confidence=0.5, order="newest", limit=1)
    assert ids(list(iter_pages(store.query_events, q))) == ["ev_kyiv_strike", "ev_kharkiv_shelling", "ev_threat"]


def test_merged_events_are_filtered_by_their_combined_confidence(store: Store, events: list[Event]) -> None:
    kyiv, kharkiv, qatana, _threat = _scored(events)
    # The merged event's own confidence counts, not its members': cev_h joins a 0.62 report into a 0.95 event.
    clusters = [Cluster(id="cev_k", event=kyiv.model_copy(update={"id": "cev_k"}), member_ids=[kyiv.id],
                        sources=["Test Wire"]),
                Cluster(id="cev_h", event=kharkiv.model_copy(update={"id": "cev_h", "confidence": 0.95}),
                        member_ids=[kharkiv.id], sources=["Other Outlet", "Test Wire"]),
                Cluster(id="cev_q", event=qatana.model_copy(update={"id": "cev_q"}), member_ids=[qatana.id],
                        sources=["unknown"])]
    store.save_clusters(clusters, [])
    assert [c.id for c in store.query_clusters(EventQuery(min_confidence=0.92))] == ["cev_h"]
    assert [c.id for c in store.query_clusters(EventQuery(min_confidence=0.5))] == ["cev_h", "cev_k"]
    assert [c.id for c in store.query_clusters(EventQuery(min_confidence=0.3, order="newest", limit=2))] == [
        "cev_k", "cev_h"]
    assert len(store.query_clusters(EventQuery())) == 3


@pytest.mark.parametrize("bad", [1.5, -0.1, float("nan"), "high"])
def test_a_confidence_outside_0_to_1_is_a_usage_error(bad: object) -> None:
    with pytest.raises(UsageError, match=r"^invalid query: min_confidence: "):
        EventQuery(min_confidence=bad)


def test_the_python_api_takes_min_confidence(tmp_path: Path, events: list[Event]) -> None:
    from eventwire.api import query
    from eventwire.store import open_store

    db = tmp_path / "api.db"
    with open_store(db) as s:
        s.upsert_events(_scored(events))
    assert ids(query(db, min_confidence=0.65, order="newest")) == ["ev_kyiv_strike", "ev_threat"]
    with pytest.raises(UsageError, match=r"min_confidence: Input should be less than or equal to 1 \(got 70\)"):
        query(db, min_confidence=70)
