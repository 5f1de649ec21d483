"""Since 0005 a merged event's point is the database's to write: a writer that sets it itself is refused."""

from __future__ import annotations

import pytest

from eventwire.errors import StoreError
from eventwire.merge.types import Cluster
from eventwire.model import Event
from eventwire.store import EventQuery, Store

from .test_bbox82_store import UKRAINE


def test_a_writer_that_sets_the_point_itself_is_refused_and_changes_nothing(store: Store, events: list[Event]) -> None:
    kyiv, _kharkiv, qatana, _threat = events
    store.save_clusters([Cluster(id="cev_a", event=kyiv.model_copy(update={"id": "cev_a"}), member_ids=[kyiv.id],
                                 sources=kyiv.sources)], [])
    moved = Cluster(id="cev_a", event=qatana.model_copy(update={"id": "cev_a"}), member_ids=[qatana.id],
                    sources=qatana.sources)
    # The 0004 writer's row: the record and, beside it, a point of its own (here one that disagrees with it).
    with pytest.raises(StoreError, match="generated column"):
        with store._tx() as cur:  # type: ignore[attr-defined]
            store._exec(cur, "UPDATE clusters SET record = ?, lat = ?, lon = ? WHERE id = ?",  # type: ignore[attr-defined]
                        (moved.model_dump_json(), 50.45, 30.52, "cev_a"))
    assert [c.id for c in store.query_clusters(EventQuery(bbox=UKRAINE))] == ["cev_a"]
    assert store.get_cluster("cev_a").event.location == kyiv.location  # type: ignore[union-attr]
