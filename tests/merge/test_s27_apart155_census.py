"""merge_causes' census: causes weighed by pairs and by gold events, and the mention cause of an "apart" pair."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from merge_helpers import RAFAH, told

from eventwire.merge import EventMerger

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from merge_causes import analyse, direct_cause, mention_cause, weigh  # noqa: E402


def test_weigh_counts_pairs_and_distinct_gold_events() -> None:
    """Three pairs of one market bombing weigh one event; two pairs of two raids weigh two."""
    gold_of = {"a1": "market", "a2": "market", "a3": "market", "b1": "raid1", "b2": "raid1", "c1": "raid2",
               "c2": "raid2"}
    table = {"place": [("a1", "a2"), ("a1", "a3"), ("a2", "a3")], "type": [("b1", "b2"), ("c1", "c2")]}
    assert weigh(table, gold_of) == [("place", 3, 1), ("type", 2, 2)]


def test_weigh_false_pairs_count_gold_event_pairs() -> None:
    """A false pair joins two gold events: the pair of events is what is counted, in either order."""
    gold_of = {"x": "shelling", "y": "ambush", "z": "shelling"}
    assert weigh({"chain": [("x", "y"), ("y", "z")]}, gold_of) == [("chain", 2, 1)]


def test_mention_cause() -> None:
    """A report linked as a mention of another event is the pair's cause; two plain reports are left to the rules."""
    linked = {"reaction": "cev_other", "vigil": "cev_third"}
    assert mention_cause("reaction", "report", linked) == "mention: linked to another event than the other report's"
    assert mention_cause("report", "reaction", linked) == "mention: linked to another event than the other report's"
    assert mention_cause("reaction", "vigil", linked) == "mention: both reports mention, different events"
    assert mention_cause("report", "other", linked) is None


def test_held_split_is_refused(tmp_path: Path) -> None:
    """The census never reads the held split."""
    with pytest.raises(SystemExit):
        analyse(tmp_path / "none.json", None, split="held")


def _cause(one: object, other: object) -> str:
    m = EventMerger()
    m.add([one, other])  # type: ignore[list-item]
    return direct_cause(m.recs[0], m.recs[1], m)


def test_region_reports_with_no_shared_story_get_their_own_cause() -> None:
    """Two Gaza Strip reports with fitting tolls, telling different things: the story test refused them."""
    got = _cause(told("ev_a", "afp", "Israeli strike kills two nuns at a church compound in Gaza", killed=2),
                 told("ev_b", "ap", "Football coach killed by Israeli strike near stadium in Gaza", killed=1))
    assert got == "place: region holds the town, but the reports share no story word, site, victim or toll"


def test_region_and_town_with_tolls_apart_keep_their_cause() -> None:
    got = _cause(told("ev_r", "cnn", "Israeli strike on Rafah bakery kills 40", place=RAFAH, killed=40),
                 told("ev_g", "bbc", "Israeli strike on bakery in Gaza kills 4", killed=4))
    assert got == "place: region holds the town, but tolls incompatible"
