"""The seed story ingested twice from two outlets with different tolls: one event, two sources."""

from __future__ import annotations

from datetime import datetime

import eventwire
from eventwire.merge import find_near_duplicates, merge_events
from eventwire.model import Article


def test_seed_story_from_two_outlets(seed_text: str) -> None:
    a = Article(text=seed_text, source="Outlet A", published=datetime(2025, 6, 6, 8))
    changed = seed_text.replace("at least four people", "at least six people")
    assert changed != seed_text
    b = Article(text=changed, source="Outlet B", published=datetime(2025, 6, 6, 12))
    events = eventwire.extract(a) + eventwire.extract(b)
    # Lightly edited copies: the merge must not count them as one source unless asked to.
    clusters = merge_events(events, articles=[a, b])
    kyiv = [c for c in clusters if c.event.location and c.event.location.name == "Kyiv"
            and c.event.sub_event_type == "Air/drone strike"]
    assert len(kyiv) == 1
    (cl,) = kyiv
    assert cl.sources == ["Outlet A", "Outlet B"] and len(cl.member_ids) == 2
    assert (cl.fatalities.low, cl.fatalities.high) == (4, 6)
    assert "fatalities_disagreement" in {f.code for f in cl.flags}
    assert {f.text for f in cl.fatalities.per_source} == {
        "at least four people were killed", "at least six people were killed"}
    # Every other event of the story also pairs up across the two outlets, nothing more.
    assert all(len(c.member_ids) == 2 for c in clusters)
    assert len(clusters) == len(events) // 2
    # As near-duplicates, the second copy counts with the first: one source, no disagreement between sources.
    dups = find_near_duplicates([a, b])
    assert dups == {b.id: a.id}
    (one,) = [c for c in merge_events(events, articles=[a, b], duplicates=dups) if c.id == cl.id]
    assert one.sources == ["Outlet A"]
