"""merge_store over the SQLite store: clusters written beside events, re-runs idempotent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from merge_helpers import KHARKIV, strike

from eventwire.merge.store import load_clusters, merge_store
from eventwire.model import Article
from eventwire.store import open_store


def test_merge_store_is_idempotent_and_incremental(tmp_path: Path) -> None:
    with open_store(tmp_path / "ew.db") as store:
        text = "Russian drones struck Kyiv overnight, killing at least four people, the mayor said. " * 4
        a1 = Article(id="art_1", text=text, source="Wire", published=date(2025, 6, 6))
        a2 = Article(id="art_2", text=text + " Updated.", source="Paper", published=date(2025, 6, 6))
        a3 = Article(id="art_3", text="Six people died in a drone strike on Kyiv, officials said.",
                     source="Daily", published=date(2025, 6, 6))
        store.upsert_articles([a1, a2, a3])
        store.upsert_events([strike("ev_1", "Wire", 4, article="art_1"),
                             strike("ev_2", "Paper", 4, article="art_2"),
                             strike("ev_3", "Daily", 6, article="art_3")])
        s1 = merge_store(store)
        assert (s1.events, s1.clusters, s1.duplicates, s1.multi_source) == (3, 1, 1, 1)
        assert s1.flags == {"fatalities_disagreement": 1}
        (cl,) = load_clusters(store)
        assert cl.sources == ["Daily", "Wire"]  # the Paper copy counts with its original
        assert (cl.fatalities.low, cl.fatalities.high) == (4, 6)
        s2 = merge_store(store)
        assert s2.clusters == 1 and s2.removed == 0
        assert [c.model_dump() for c in load_clusters(store)] == [cl.model_dump()]
        store.upsert_events([strike("ev_4", "Local", 2, place=KHARKIV, article="art_4")])
        s3 = merge_store(store)
        assert s3.clusters == 2 and s3.removed == 0
        assert {c.id for c in load_clusters(store)} >= {cl.id}
