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
    # As the store's merge does: the near-duplicate stage first. Wire B is a copy of A, but an edited one.
    dups = find_near_duplicates([a, b])
    assert dups == {b.id: a.id}
    for clusters in (merge_events(events, articles=[a, b], duplicates=dups), merge_events(events, articles=[a, b])):
        kyiv = [c for c in clusters if c.event.location and c.event.location.name == "Kyiv"
                and c.event.sub_event_type == "Air/drone strike"]
        assert len(kyiv) == 1
        (cl,) = kyiv
        assert cl.sources == ["Outlet A", "Outlet B"] and len(cl.member_ids) == 2
        # best: the lower median of the per-source bests (types.Figure.rule).
        assert (cl.fatalities.low, cl.fatalities.best, cl.fatalities.high) == (4, 4, 6)
        assert not any(f.superseded for f in cl.fatalities.per_source)  # the copy supersedes no toll
        (flag,) = [f for f in cl.flags if f.code == "fatalities_disagreement"]
        assert {(e.source, e.value, e.text) for e in flag.evidence} == {
            ("Outlet A", "4", "at least four people were killed"), ("Outlet B", "6", "at least six people were killed")}
        # Every other event of the story also pairs up across the two outlets, nothing more.
        assert all(len(c.member_ids) == 2 for c in clusters)
        assert len(clusters) == len(events) // 2
    # With the duplicate stage, the events whose figures the copy restates count one source, the copy linked.
    with_dups = merge_events(events, articles=[a, b], duplicates=dups)
    others = [c for c in with_dups if c.id != cl.id]
    assert others and all(c.sources == ["Outlet A"] and c.copies == {b.id: a.id} for c in others)


def test_true_reprint_from_another_outlet_is_one_source(seed_text: str) -> None:
    a = Article(text=seed_text, source="Outlet A", published=datetime(2025, 6, 6, 8))
    # The same text, another outlet, later: its own article (as `run._reprint` stores it), a near-duplicate.
    c = Article(id="art_reprint", text=seed_text, source="Outlet C", published=datetime(2025, 6, 6, 12))
    dups = find_near_duplicates([c, a])
    assert dups == {c.id: a.id}
    events = eventwire.extract(a) + eventwire.extract(c)
    clusters = merge_events(events, articles=[a, c], duplicates=dups)
    assert clusters and all(cl.sources == ["Outlet A"] and len(cl.member_ids) == 2 for cl in clusters)
    (kyiv,) = [cl for cl in clusters if cl.fatalities.best is not None and cl.event.location
               and cl.event.location.name == "Kyiv"]
    assert (kyiv.fatalities.low, kyiv.fatalities.high, kyiv.fatalities.sources) == (4, 4, 1)
    assert not any(f.code.endswith("_disagreement") for f in kyiv.flags)
    # The reprint never supersedes the original's figure: Outlet A's own report stands, the copy is linked.
    standing = [f for f in kyiv.fatalities.per_source if not f.superseded]
    assert [(f.outlet, f.copy_of) for f in standing] == [("Outlet A", None)]
    assert kyiv.copies == {c.id: a.id}
