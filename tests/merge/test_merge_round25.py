"""Merge round 25: one operation told as a violent event and as a raid coded a non-violent development."""

from __future__ import annotations

from datetime import date, timedelta

from merge_helpers import ISRAEL_ARMY, STRIP, next_day_mentions, strike, switch

import eventwire.merge.operations as ops
import eventwire.merge.site_mentions as sm
from eventwire.merge import EventMerger
from eventwire.merge.features import to_rec
from eventwire.merge.operations import names_in, one_operation, operation_sites, site_names
from eventwire.model import Event, Evidence

DAY = date(2024, 3, 20)


def told(eid: str, outlet: str, text: str, *, raid: bool = False, killed: int | None = None,
         day: date = DAY) -> Event:
    """One outlet's headline placed in the Gaza Strip: a clash with a toll, or (`raid`) a raid coded as a development."""
    ev = strike(eid, outlet, killed, place=STRIP, day=day, actors=list(ISRAEL_ARMY), sub="Armed clash",
                etype="Battles")
    if raid:
        ev.event_type, ev.sub_event_type, ev.actors = "Strategic developments", "Other", []
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


KILLED = "Israeli military says it killed 40 gunmen at Gaza's Al-Nasr hospital"
RAID = "Soldiers made detainees strip during Gaza's Al-Nasr hospital raid, witnesses say"
NAMELESS = "Soldiers made detainees strip during Gaza hospital raid, witnesses say"


def clusters(events: list[Event]) -> dict[str, str]:
    m = EventMerger()
    m.add(events)
    return {e.id: m.cluster_of(e.id) for e in events}


def test_operation_sites_and_their_names() -> None:
    assert operation_sites(told("a", "w", KILLED, killed=40)) == {"hospital"}
    assert site_names(told("a", "w", KILLED, killed=40)) == {("hospital", "nasr")}
    # "Gaza hospital" names the place (the report's own location text), not the hospital.
    assert operation_sites(told("b", "w", NAMELESS, raid=True)) == {"hospital"}
    assert site_names(told("b", "w", NAMELESS, raid=True)) == frozenset()
    # A refugee camp is a town (as for `features.SITE_WORDS`), not an operation's site.
    assert operation_sites(told("c", "w", "Troops raid refugee camp near Gaza City", raid=True)) == frozenset()
    # A development that is no raid coding (a ceasefire, a deal) names no operation site.
    deal = told("d", "w", "Hospital fuel deal agreed", raid=True)
    deal.sub_event_type = "Agreement"
    assert operation_sites(deal) == frozenset()


def test_a_raid_coded_as_a_development_joins_the_violent_report_of_its_site_and_day() -> None:
    events = [told("ev_k", "wire", KILLED, killed=40), told("ev_r", "bbc", RAID, raid=True)]
    assert one_operation(to_rec(0, events[0]), to_rec(1, events[1]))
    with switch(ops, "OPERATIONS", 0):
        assert not one_operation(to_rec(0, events[0]), to_rec(1, events[1]))
    got = clusters(events)
    assert got["ev_k"] == got["ev_r"]
    with switch(ops, "OPERATIONS", 0):  # a violent and a non-violent coding never join without the rule
        got = clusters([told("ev_k", "wire", KILLED, killed=40), told("ev_r", "bbc", RAID, raid=True)])
        assert got["ev_k"] != got["ev_r"]


def test_other_sites_names_or_days_stay_apart() -> None:
    kill = told("ev_k", "wire", KILLED, killed=40)
    camp = told("ev_c", "bbc", "Troops raid refugee camp in central Gaza", raid=True)
    other = told("ev_o", "ap", "Bodies found at Al-Amal hospital after troops withdraw", raid=True)
    later = told("ev_l", "cnn", RAID, raid=True, day=DAY + timedelta(days=2))
    got = clusters([kill, camp, other, later])
    # Another kind of site, another named hospital, another day: none joins the violent report.
    assert got["ev_k"] not in {got["ev_c"], got["ev_o"], got["ev_l"]}
    assert not one_operation(to_rec(0, kill), to_rec(1, other))


def test_named_sites_read_the_name_before_the_site_word() -> None:
    assert names_in("Troops leave Gaza's Al-Nasr Hospital in ruins") == {("hospital", "nasr")}
    assert names_in("Crews recover bodies at al-Nasr hospital") == {("hospital", "nasr")}
    assert names_in("Raid On Hospital Ends") == frozenset()  # Title Case: "On" is no name
    assert names_in("Doctors visit a hospital in the south") == frozenset()


def raid_reports() -> list[Event]:
    """A raid on a named hospital that two outlets coded as a development, neither violent."""
    return [told("ev_a", "wire", "Bodies found at Al-Nasr hospital after troops withdraw", raid=True),
            told("ev_b", "bbc", "Troops leave Al-Nasr hospital after two-week raid", raid=True)]


def test_a_report_naming_the_operation_s_site_is_its_mention() -> None:
    got = next_day_mentions(raid_reports(), DAY, "Survivors describe the siege of Al-Nasr Hospital",
                            "Doctors visit a hospital in the south", "Aid reaches Al-Amal Hospital")
    # Only the report that names the raided hospital by its name: not a nameless hospital, not another one.
    assert got == {"art_0": "site"}
    with switch(sm, "SITES", 0):
        assert next_day_mentions(raid_reports(), DAY, "Survivors describe the siege of Al-Nasr Hospital") == {}


def test_a_site_two_operations_of_the_days_name_links_nothing() -> None:
    other = told("ev_c", "ap", "Israeli military says it killed 12 gunmen at Al-Nasr hospital", killed=12,
                 day=DAY + timedelta(days=1))
    other.location = None  # placed nowhere: a cluster of its own beside the raid
    got = next_day_mentions([*raid_reports(), other], DAY, "Survivors describe the siege of Al-Nasr Hospital")
    assert got == {}
