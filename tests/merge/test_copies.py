"""Copies in a cluster: reprints share the original's source, edited copies that change a toll are their own."""

from __future__ import annotations

from datetime import date

from merge_helpers import strike

from eventwire.merge import merge_events
from eventwire.model import Article

DAY = date(2025, 6, 6)


def _articles(*specs: tuple[str, str, date]) -> list[Article]:
    return [Article(id=aid, text="(text)", source=outlet, published=day) for aid, outlet, day in specs]


def test_trimmed_reprint_that_drops_the_toll_is_no_source_of_its_own() -> None:
    arts = _articles(("a", "Wire", DAY), ("b", "Paper", date(2025, 6, 7)))
    events = [strike("e_a", "Wire", 4, article="a"), strike("e_b", "Paper", None, article="b")]
    (cl,) = merge_events(events, articles=arts, duplicates={"b": "a"})
    assert cl.sources == ["Wire"] and cl.copies == {"b": "a"}
    assert (cl.fatalities.low, cl.fatalities.high, cl.fatalities.sources) == (4, 4, 1)


def test_edited_copies_stating_one_figure_are_one_source() -> None:
    # Two papers reprint the wire; one raises the toll to six, a later one reprints that edited version.
    arts = _articles(("a", "Wire", DAY), ("b", "Paper", DAY), ("c", "Gazette", date(2025, 6, 7)))
    events = [strike("e_a", "Wire", 4, article="a"), strike("e_b", "Paper", 6, article="b"),
              strike("e_c", "Gazette", 6, article="c")]
    (cl,) = merge_events(events, articles=arts, duplicates={"b": "a", "c": "a"})
    assert cl.sources == ["Paper", "Wire"]
    assert (cl.fatalities.low, cl.fatalities.best, cl.fatalities.high) == (4, 4, 6)
    by_outlet = {f.outlet: f for f in cl.fatalities.per_source}
    assert by_outlet["Gazette"].source == "Paper" and by_outlet["Gazette"].superseded
    assert not by_outlet["Paper"].superseded and not by_outlet["Wire"].superseded
    assert "fatalities_disagreement" in {f.code for f in cl.flags}


def test_same_outlet_updating_its_own_story_supersedes_it() -> None:
    # A near-duplicate of the outlet's own earlier version with a new toll: that outlet's latest figure.
    arts = _articles(("a", "Wire", DAY), ("b", "Wire", date(2025, 6, 7)))
    events = [strike("e_a", "Wire", 4, article="a"), strike("e_b", "Wire", 6, article="b")]
    (cl,) = merge_events(events, articles=arts, duplicates={"b": "a"})
    assert cl.sources == ["Wire"] and (cl.fatalities.low, cl.fatalities.high) == (6, 6)
    assert [f.superseded for f in cl.fatalities.per_source] == [True, False]


def test_a_copy_alone_in_a_cluster_keeps_its_originals_source() -> None:
    # Only the copy carries this event: nothing to compare with, it keeps the original's source key.
    arts = _articles(("a", "Wire", DAY), ("b", "Paper", DAY))
    events = [strike("e_b", "Paper", 6, article="b")]
    (cl,) = merge_events(events, articles=arts, duplicates={"b": "a"})
    assert cl.sources == ["Wire"] and cl.copies == {"b": "a"}


def test_copy_whose_toll_phrase_the_original_holds_is_no_edited_copy() -> None:
    # The copy drops the update paragraph, so it is read as four killed; the original says that too.
    original = "A drone hit Kyiv overnight. At least four people were killed, officials said. The toll rose to five."
    arts = [Article(id="a", text=original, source="Wire", published=DAY),
            Article(id="b", text=original.rsplit(".", 2)[0] + ".", source="Paper", published=date(2025, 6, 7))]
    events = [strike("e_a", "Wire", 5, article="a", text="The toll rose to five"),
              strike("e_b", "Paper", 4, article="b", text="At least four people were killed")]
    (cl,) = merge_events(events, articles=arts, duplicates={"b": "a"})
    assert cl.sources == ["Wire"]
    # ... and, a later copy from another outlet, it does not supersede the original's figure.
    assert (cl.fatalities.low, cl.fatalities.best, cl.fatalities.high) == (5, 5, 5)
    assert [(f.outlet, f.superseded) for f in cl.fatalities.per_source] == [("Wire", False), ("Paper", True)]
    assert not any(f.code.startswith("fatalities_") for f in cl.flags)


def test_original_outlet_updating_after_an_edited_copy_stays_its_own_source() -> None:
    # Paper raises the wire's toll to six; later the wire updates its own story to six as well.
    arts = _articles(("a", "Wire", DAY), ("b", "Paper", DAY), ("a2", "Wire", date(2025, 6, 7)))
    events = [strike("e_a", "Wire", 4, article="a"), strike("e_b", "Paper", 6, article="b"),
              strike("e_a2", "Wire", 6, article="a2")]
    (cl,) = merge_events(events, articles=arts, duplicates={"b": "a", "a2": "a"})
    assert cl.sources == ["Paper", "Wire"]
    assert {(f.outlet, f.source, f.superseded) for f in cl.fatalities.per_source} == {
        ("Wire", "Wire", True), ("Paper", "Paper", False), ("Wire", "Wire", False)}
    assert (cl.fatalities.low, cl.fatalities.high) == (6, 6)
    assert not any(f.code == "fatalities_disagreement" for f in cl.flags)


def test_reprint_of_the_originals_own_update_is_no_edited_copy() -> None:
    # The wire updates four to six; a paper reprints the update: it restates the wire, it adds no source.
    arts = _articles(("a", "Wire", DAY), ("a2", "Wire", date(2025, 6, 7)), ("c", "Paper", date(2025, 6, 7)))
    events = [strike("e_a", "Wire", 4, article="a"), strike("e_a2", "Wire", 6, article="a2"),
              strike("e_c", "Paper", 6, article="c")]
    (cl,) = merge_events(events, articles=arts, duplicates={"a2": "a", "c": "a"})
    assert cl.sources == ["Wire"] and cl.copies == {"a2": "a", "c": "a"}
    standing = [f for f in cl.fatalities.per_source if not f.superseded]
    assert [(f.outlet, f.best) for f in standing] == [("Wire", 6)]
