"""The mentions pass and merge_causes' census count a target's reports with one function (`reports_told`)."""

from __future__ import annotations

from eventwire.merge.mentions import TARGET_REPORTS, reports_told
from eventwire.merge.types import Cluster
from eventwire.model import Event, Evidence


def _cluster(event_type: str, articles: list[str]) -> Cluster:
    ev = Event(id="e1", event_type=event_type,
               evidence=[Evidence(article_id=a, start=0, end=10, text="A strike hit the town.") for a in articles])
    return Cluster(id="c1", event=ev, member_ids=["e1"], sources=articles)


def test_a_violent_event_counts_its_distinct_reports() -> None:
    """Two quotes of one report count once; a second report makes the event a target."""
    assert reports_told(_cluster("Explosions/Remote violence", ["a1", "a1"])) == 1
    assert reports_told(_cluster("Explosions/Remote violence", ["a1", "a2"])) == TARGET_REPORTS


def test_a_non_violent_event_counts_none() -> None:
    """A political act told by two reports is no target of the mentions pass."""
    assert reports_told(_cluster("Strategic developments", ["a1", "a2"])) == 0
