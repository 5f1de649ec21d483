"""A merged event's figureless-flag decision reads only the text that holds the flag's own word at its offsets;
another article's sentence at the same offsets keeps the flag listed. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import eventwire
from eventwire.export.report import build_report
from eventwire.export.report_stats import flag_context
from eventwire.merge.cluster import merge_events
from eventwire.model import Article, Event, Flag

A = "Russian missiles struck Kharkiv on Tuesday, killing 9 people."
B = "Dozens of casualties were reported after Russian missiles struck Kharkiv on Tuesday."


def _article(name: str, text: str) -> Article:
    return Article(id=name, source=f"{name}.example", url=f"https://{name}.example/1", text=text,
                   published=date(2024, 6, 5))


def merged_casualties() -> tuple[Event, Flag]:
    """The one merged event of wire-a's and wire-b's stories, and its unsplit-casualties flag (wire-b's)."""
    a, b = _article("wire-a", A), _article("wire-b", B)
    clusters = merge_events(eventwire.extract(a) + eventwire.extract(b), [a, b])
    assert len(clusters) == 1
    e = clusters[0].event
    return e, next(f for f in e.flags if f.code == "casualties_unsplit")


def test_a_merged_flag_on_another_articles_offsets_stays_listed() -> None:
    e, flag = merged_casualties()
    ctx = flag_context(e, flag, {"wire-a": A, "wire-b": B})
    assert ctx is None or ctx[0][ctx[1]:ctx[2]] == "casualties"
    md = build_report([e], since=date(2024, 6, 1), until=date(2024, 6, 8), fmt="md",
                      texts={"wire-a": A, "wire-b": B})
    assert "**Flags: 1**" in md and "Not listed" not in md and "mi ssiles" not in md


def test_a_flag_on_its_own_word_still_reads_its_clause() -> None:
    e = eventwire.extract(_article("wire-c", "Shelling of Kharkiv on Tuesday caused heavy casualties, officials said."))
    flag = next(f for f in e[0].flags if f.code == "casualties_unsplit")
    ctx = flag_context(e[0], flag, None)
    assert ctx is not None and ctx[0][ctx[1]:ctx[2]] == "casualties"
