"""Merge round 26: one report of a large group that names a struck site, a victim or hit things does not split it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from merge_helpers import ISRAEL_ARMY, RAFAH, same_cluster, strike

from eventwire.merge import cluster
from eventwire.model import Actor, Event, Evidence

# Facts (GeoNames) for Rafah: merge_helpers.
DAY = date(2024, 4, 14)


VICTIMS = [Actor(name="Civilians (Palestine)", country_code="PS", sector="CVL", role="recipient")]


def report(eid: str, outlet: str, headline: str, *, killed: int | None = 12, day: date = DAY,
           damage: tuple[str, ...] = (), victims: bool = False) -> Event:
    """One outlet's headline of a strike at Rafah (the headline is the event's own sentence)."""
    ev = strike(eid, outlet, killed, place=RAFAH, day=day, actors=ISRAEL_ARMY + (VICTIMS if victims else []))
    ev.damage = list(damage)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(headline), text=headline,
                            supports=["event_type"])]
    return ev


def two_halves(first: Event, second: Event) -> list[Event]:
    """One strike told by four outlets naming the army, and by four naming the army and the dead; one odd report in each."""
    told = [report(f"ev_a{k}", o, "Israeli strike kills 12 in Rafah") for k, o in enumerate(("ap", "bbc", "nyt"))]
    later = [report(f"ev_b{k}", o, "Rafah strike toll rises to 12", victims=True)
             for k, o in enumerate(("dw", "nbc", "wsj"))]
    return [*told, first, *later, second]


@pytest.fixture
def old_veto() -> Iterator[None]:
    """The rule before this round: any one member's site, victim or damage vetoes a union."""
    share = cluster.FIRM_SHARE
    cluster.FIRM_SHARE = 0.0
    yield
    cluster.FIRM_SHARE = share


def test_one_odd_site_in_each_half_does_not_split_the_strike() -> None:
    # "... strike kills 12 in Rafah, near a school" and "... toll rises, says hospital": each half of
    # the story has one report naming a distinctive site; neither half is that site's strike.
    events = two_halves(report("ev_s", "cnn", "Israeli strike near Rafah school kills 12", damage=("school",)),
                        report("ev_h", "aj", "Rafah strike toll rises to 12", victims=True,
                               damage=("hospital",)))
    assert same_cluster(events, "ev_a0", "ev_b0")
    assert not same_cluster([events[3], events[7]], "ev_s", "ev_h")  # the two odd reports alone: two sites


def test_one_odd_site_split_the_strike_before(old_veto: None) -> None:
    events = two_halves(report("ev_s", "cnn", "Israeli strike near Rafah school kills 12", damage=("school",)),
                        report("ev_h", "aj", "Rafah strike toll rises to 12", victims=True,
                               damage=("hospital",)))
    assert not same_cluster(events, "ev_a0", "ev_b0")


def test_a_lone_report_of_another_site_still_stays_apart() -> None:
    # Reports naming no site may join either; a lone report's site is all it says, so a group that
    # took the hospital report refuses the tent-camp one.
    events = [report(f"ev_a{k}", o, "Israeli strike kills 12 in Rafah") for k, o in enumerate(("ap", "bbc", "nyt"))]
    events.append(report("ev_t", "cnn", "Israeli strike on Rafah tent camp kills 12"))
    events.append(report("ev_h", "aj", "Strike on Rafah hospital kills 12", damage=("hospital",)))
    assert same_cluster(events, "ev_a0", "ev_h") or same_cluster(events, "ev_a0", "ev_t")
    assert not same_cluster(events, "ev_t", "ev_h")


def test_a_core_that_names_a_site_still_refuses_another() -> None:
    # Half the group names the tent camp: that is its strike, not the hospital's.
    tents = [report(f"ev_t{k}", o, "Israeli strike on Rafah tent camp kills 12") for k, o in enumerate(("ap", "bbc"))]
    plain = [report(f"ev_p{k}", o, "Israeli strike kills 12 in Rafah") for k, o in enumerate(("nyt", "dw"))]
    hospital = [report(f"ev_h{k}", o, "Rafah strike toll rises to 12, hospital hit", victims=True,
                       damage=("hospital",)) for k, o in enumerate(("nbc", "wsj"))]
    hospital.append(report("ev_hx", "cbs", "Rafah strike toll rises to 12", victims=True))
    events = [*tents, *plain, *hospital]
    assert same_cluster(events, "ev_t0", "ev_p0") and same_cluster(events, "ev_h0", "ev_hx")
    assert not same_cluster(events, "ev_t0", "ev_h0")


def test_one_odd_victim_kind_in_each_half_does_not_split_the_strike() -> None:
    events = two_halves(report("ev_j", "cnn", "Israeli strike kills 12 in Rafah, journalist among dead"),
                        report("ev_d", "aj", "Rafah strike toll rises to 12, doctor killed", victims=True))
    assert same_cluster(events, "ev_a0", "ev_b0")


def test_one_outlets_misread_damage_does_not_split_the_story() -> None:
    # One live blog's two lines: "school cancelled" and "House committee" read as hit things (no
    # distinctive site). Each is one report of its half; they no longer split the story.
    events = two_halves(report("ev_c1", "cnn", "Israeli strike kills 12 in Rafah, school cancelled", damage=("bridge",)),
                        report("ev_c2", "cnn", "House committee head speaks on Rafah strike toll of 12",
                               victims=True, damage=("house",)))
    assert same_cluster(events, "ev_a0", "ev_b0")


def test_one_outlets_misread_damage_split_the_story_before(old_veto: None) -> None:
    events = two_halves(report("ev_c1", "cnn", "Israeli strike kills 12 in Rafah, school cancelled", damage=("bridge",)),
                        report("ev_c2", "cnn", "House committee head speaks on Rafah strike toll of 12",
                               victims=True, damage=("house",)))
    assert not same_cluster(events, "ev_a0", "ev_b0")


def test_one_outlets_two_strikes_on_different_things_stay_apart() -> None:
    # A bulletin's two items: a bridge hit, then a power plant hit (each its whole group's damage).
    bridge = [report("ev_i1", "isw", "Strike hits bridge in Rafah", damage=("bridge",)),
              report("ev_x1", "ap", "Israeli strike kills 12 in Rafah", damage=("bridge",))]
    plant = [report("ev_i2", "isw", "Strike hits power plant in Rafah", damage=("power plant",)),
             report("ev_x2", "bbc", "Israeli strike kills 12 in Rafah", damage=("power plant",))]
    assert not same_cluster(bridge + plant, "ev_i1", "ev_i2")


def test_a_core_s_common_site_does_not_make_one_member_s_site_firm() -> None:
    # Every report of one half names houses, one also a school; one report of the other half names a
    # hospital. Houses tell no strike apart, so neither half's core names a distinctive site.
    houses = [report(f"ev_a{k}", o, "Israeli strike kills 12 in Rafah, homes destroyed", damage=("house",))
              for k, o in enumerate(("ap", "bbc", "nyt"))]
    events = two_halves(report("ev_s", "cnn", "Israeli strike near Rafah school kills 12", damage=("house", "school")),
                        report("ev_h", "aj", "Rafah strike toll rises to 12, says hospital", victims=True,
                               damage=("hospital",)))
    events[:3] = houses
    assert same_cluster(events, "ev_a0", "ev_b0")
