"""Merge round 5 (session 17): a "new" strike's same-day, same-toll report is that new strike, and stays out of the earlier one."""

from __future__ import annotations

from datetime import date

from merge_helpers import RAFAH, switch, told

import eventwire.merge.cluster as cluster
import eventwire.merge.orphans as orphans
from eventwire.merge import merge_events
from eventwire.merge.cluster import new_twin
from eventwire.merge.features import to_rec
from eventwire.merge.mentions import link_mentions
from eventwire.model import Article, Event

# Facts (GeoNames) for Rafah: merge_helpers. Sentences written for these tests.
DAY1, DAY2 = date(2024, 6, 10), date(2024, 6, 11)


def earlier() -> list[Event]:
    """A strike on tents in Rafah told on its day by three outlets (30 to 35 dead)."""
    return [told("ev_e1", "aj", "Israeli air strike on tent camp in Rafah kills 30", 30, place=RAFAH, day=DAY1),
            told("ev_e2", "bbc", "At least 35 dead after strike hits tents in Rafah", 35, place=RAFAH, day=DAY1),
            told("ev_e3", "cnn", "Strike on Rafah tent camp kills 35", 35, place=RAFAH, day=DAY1)]


def later() -> list[Event]:
    """The next day's strike on tents near Rafah: one outlet says "new strikes", the other only gives the toll."""
    return [told("ev_n1", "reuters", "22 killed in new strikes on tents west of Rafah", 22, place=RAFAH, day=DAY2),
            told("ev_n2", "wapo", "At least 22 dead in attacks on tents near Rafah, medics say", 22, place=RAFAH,
                 day=DAY2)]


def groups(events: list[Event]) -> dict[str, str]:
    """Each event's cluster id, without mentions."""
    return {m: c.id for c in merge_events(events, mentions=False) for m in c.member_ids}


def test_new_twin_needs_one_new_cue_the_same_day_and_the_same_toll() -> None:
    new, plain = (to_rec(k, e) for k, e in enumerate(later()))
    assert new.renewed and not plain.renewed
    assert new_twin(new, plain) and new_twin(plain, new)
    other_toll = to_rec(2, told("ev_x", "ap", "At least 9 dead in attacks near Rafah", 9, place=RAFAH, day=DAY2))
    next_day = to_rec(3, told("ev_y", "ap", "At least 22 dead in attacks near Rafah", 22, place=RAFAH,
                              day=date(2024, 6, 12)))
    assert not new_twin(new, other_toll) and not new_twin(new, next_day)
    assert not new_twin(new, to_rec(4, later()[0]))  # two "new" reports: no twin of this kind
    # A follow-up naming no site may repeat the toll by chance ("Rafah strike toll rises to 22").
    no_site = to_rec(5, told("ev_z", "ap", "Rafah strike toll rises to 22", 22, place=RAFAH, day=DAY2))
    assert not new_twin(new, no_site)
    with switch(cluster, "NEW_TOLL", 0):
        assert not new_twin(new, plain)


def test_the_plain_report_of_the_new_strike_joins_the_new_report_not_the_earlier_strike() -> None:
    events = earlier() + later()
    g = groups(events)
    assert g["ev_n1"] == g["ev_n2"] and g["ev_n2"] != g["ev_e1"]
    assert g["ev_e1"] == g["ev_e2"] == g["ev_e3"]
    with switch(cluster, "NEW_TOLL", 0):
        g = groups(events)
        # Linked last, the "new" report finds its twin already in the earlier strike's cluster.
        assert g["ev_n2"] == g["ev_e1"] and g["ev_n1"] != g["ev_n2"]


def test_a_cluster_mates_new_cue_keeps_an_orphan_from_the_earlier_strike() -> None:
    events = earlier() + later()
    clusters = merge_events(events, mentions=False)
    day = {e.article_ids[0]: e.date.start for e in events}
    arts = [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=day[e.article_ids[0]])
            for e in events]
    # The new strike has two reports: each is an orphan that may mention another event, but the cue
    # "new strikes" of its cluster mate says the earlier strike is not its event.
    assert "art_ev_n2" not in link_mentions(clusters, events, arts)
    with switch(orphans, "NEW_MATES", 0):
        assert link_mentions(clusters, events, arts)["art_ev_n2"].cluster_id == next(
            c.id for c in clusters if "ev_e1" in c.member_ids)
