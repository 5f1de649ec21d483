"""Merge round-13 rule: a reaction that names one event's anchor by a single word is a mention of it."""

from __future__ import annotations

from datetime import timedelta

from test_merge_round9 import DAY
from test_merge_round11 import _articles, _tent_camp_and_hospital

from eventwire.merge import merge_events
from eventwire.merge.mentions import MIN_WORDS, link_mentions
from eventwire.model import Article

NEXT = DAY + timedelta(days=1)


def _found(*texts: str) -> dict[str, str]:
    """Mentions of reaction articles (published the next day) against the tent-camp and hospital strikes."""
    events = _tent_camp_and_hospital()
    clusters = merge_events(events, mentions=False)
    extra = [Article(id=f"art_{k}", text=t, source="wire", published=NEXT) for k, t in enumerate(texts)]
    found = link_mentions(clusters, events, _articles(events, extra))
    name = {c.id: "tents" if "ev_t0" in c.member_ids else "hospital" for c in clusters}
    return {a: name[m.cluster_id] for a, m in found.items()}


def test_one_anchor_word_and_the_violence_name_the_event() -> None:
    # "France to support inquiry into Gaza aid site deaths" shares only "aid" with the aid-convoy
    # killing: fewer than MIN_WORDS shared words, but the word names what was hit there.
    assert MIN_WORDS == 2
    events = _tent_camp_and_hospital()
    clusters = merge_events(events, mentions=False)
    inquiry = Article(id="art_f", text="France backs inquiry into deaths at the camp", source="afp", published=NEXT)
    found = link_mentions(clusters, events, _articles(events, [inquiry]))
    tents = next(c for c in clusters if "ev_t0" in c.member_ids)
    assert found["art_f"].cluster_id == tents.id and found["art_f"].words == ("camp",)
    assert _found("Hospital deaths prompt calls for a probe") == {"art_0": "hospital"}


def test_one_anchor_word_without_violence_is_other_news_of_the_site() -> None:
    # "Blackout in Al-Aqsa Hospital as fuel runs out" is news of the hospital, not of a strike on it.
    assert _found("Fuel runs out at the camp", "Blackout at the hospital as generators stop") == {}


def test_a_report_naming_two_events_anchors_names_neither() -> None:
    assert _found("Deaths at the camp and the hospital spark outrage") == {}


def test_the_transfer_count_splits_pairs_into_fixed_and_broken() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from merge_windows import pairs_of, transfer

    gold = pairs_of({"a": "x", "b": "x", "c": "y", "d": "y"})
    before = pairs_of({"a": "1", "b": "2", "c": "3", "d": "3"})  # misses (a, b)
    after = pairs_of({"a": "1", "b": "1", "c": "1", "d": "2"})  # finds (a, b), adds (a, c), (b, c), loses (c, d)
    assert gold == {("a", "b"), ("c", "d")}
    assert transfer(before, after, gold) == (1, 3)
    assert transfer(before, before, gold) == (0, 0)
