"""Session 12 review of the merge: victims read only where they are harmed, site names keyed by kind, no joins of
unnamed sites at region level, and site mentions that read only the cluster's and the report's own events."""

from __future__ import annotations

from datetime import date, timedelta

from merge_helpers import ISRAEL_ARMY, RAFAH, STRIP, next_day_mentions, strike, switch

import eventwire.merge.operations as ops
from eventwire.merge import EventMerger
from eventwire.merge.features import to_rec, victim_kinds
from eventwire.merge.operations import names_in, one_operation, site_names
from eventwire.model import Event, Evidence

DAY = date(2024, 3, 20)


def told(eid: str, outlet: str, text: str, *, place: dict = STRIP, killed: int | None = None,
         etype: str = "Explosions/Remote violence", sub: str = "Air/drone strike", day: date = DAY,
         actors: bool = True) -> Event:
    """One outlet's headline of one event, its evidence the headline."""
    ev = strike(eid, outlet, killed, place=place, day=day, actors=list(ISRAEL_ARMY) if actors else None, sub=sub,
                etype=etype)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def kinds(text: str) -> frozenset[str]:
    return victim_kinds(told("ev_k", "wire", text))


def clusters(events: list[Event]) -> dict[str, str]:
    m = EventMerger()
    m.add(events)
    return {e.id: m.cluster_of(e.id) for e in events}


def test_speakers_witnesses_and_those_who_give_orders_are_no_victims() -> None:
    for text in ("Missile strike on the capital kills five, mayor says",
                 "Drone attack on Odesa kills two, Mayor Hennadiy Trukhanov said",
                 "Paramedics said six people were killed in the shelling",
                 "A nurse told the agency that nine people were killed",
                 "Surgeons treated dozens of wounded overnight",
                 "A Reuters cameraman saw three bodies after the blast killed a family",
                 "Air defence shot down 12 drones, the regional commander said",
                 "Commanders ordered the assault that killed eight villagers",
                 "Mayor Sadovyi said three were killed in Lviv"):
        assert kinds(text) == frozenset(), text


def test_the_harmed_kind_is_read_in_a_tight_window() -> None:
    assert kinds("Village mayor killed in drone strike") == {"commander"}
    assert kinds("Outrage grows over the death of a local journalist") == {"journalist"}
    assert kinds("Two reporters among the dead in strike on Khan Younis") == {"journalist"}
    assert kinds("Shelling kills four, including two ambulance drivers") == {"medic"}
    assert kinds("Two paramedics were killed when their ambulance was hit") == {"medic"}
    assert kinds("Army opens inquiry into aid worker killings") == {"aid worker"}
    assert kinds("Three more relief workers confirmed dead after the strike") == {"aid worker"}
    assert kinds("A nurse was killed in the shelling of a field clinic") == {"medic"}
    assert kinds("Reporter's family killed in strike on their home") == frozenset()  # the family, not the reporter


def test_one_strike_told_with_a_mayor_and_with_paramedics_is_one_event() -> None:
    kyiv = [strike("ev_a", "reuters", 4), strike("ev_b", "ap", 4)]
    for ev, text in zip(kyiv, ("Russian drone strike kills four in Kyiv, mayor says",
                               "Four killed in Kyiv drone strike, paramedics said"), strict=True):
        ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text,
                                supports=["event_type", "fatalities"])]
    got = clusters(kyiv)
    assert got["ev_a"] == got["ev_b"]


def test_site_names_carry_their_kind_and_skip_verbs_demonyms_and_acronyms() -> None:
    assert names_in("Israeli Soldiers Storm Hospital In Gaza") == set()  # Title Case verb
    assert names_in("Shelter Hit As Strike Hits School In Rafah") == set()
    assert names_in("Israeli school hit by strike") == set()  # demonym
    assert names_in("Strike hits UN school in Gaza") == set()  # operator's acronym
    assert names_in("Strike hits UN-run school in Gaza") == set()
    assert names_in("Children's hospital hit in Kyiv") == set()  # everyday word opening the sentence
    assert names_in("Police enter Al-Quds Mosque") == {("mosque", "quds")}
    assert names_in("Students leave Al-Quds University") == {("university", "quds")}
    assert names_in("Fire at Kamal Adwan Hospital") == {("hospital", "adwan")}


RAFAH_HALL = "Israeli strike on a school sheltering families in Gaza kills 9"


def test_unnamed_sites_at_region_level_do_not_make_one_operation() -> None:
    school = told("ev_s", "wire", RAFAH_HALL, killed=9)
    held = told("ev_a", "bbc", "Israeli troops detain dozens of men at a university in northern Gaza",
                etype="Strategic developments", sub="Arrests")
    raid = told("ev_r", "ap", "Israeli troops raid a school in Gaza", etype="Strategic developments", sub="Other")
    # A school is no university; and at region level, an unnamed school of a strike is no raid's unnamed school.
    assert not one_operation(to_rec(0, school), to_rec(1, held))
    assert not one_operation(to_rec(0, school), to_rec(1, raid))
    got = clusters([school, held, raid])
    assert got["ev_s"] not in {got["ev_a"], got["ev_r"]}


def test_a_town_level_or_named_site_still_makes_one_operation() -> None:
    school = told("ev_s", "wire", "Israeli strike on a school in Rafah kills 9", place=RAFAH, killed=9)
    raid = told("ev_r", "ap", "Israeli troops raid a school in Rafah", place=RAFAH, etype="Strategic developments",
                sub="Other")
    assert one_operation(to_rec(0, school), to_rec(1, raid))
    killed = told("ev_k", "wire", "Israeli army says it killed 20 gunmen at Al-Amal hospital", killed=20)
    held = told("ev_h", "bbc", "Troops detain 50 men at Al-Amal hospital", etype="Strategic developments",
                sub="Arrests")
    unnamed = told("ev_u", "bbc", "Troops detain 50 men at a hospital", etype="Strategic developments", sub="Arrests")
    assert site_names(held) == {("hospital", "amal")}
    assert one_operation(to_rec(0, killed), to_rec(1, held))
    assert not one_operation(to_rec(0, killed), to_rec(1, unnamed))  # arrests count only at a named site


def test_a_site_mention_needs_the_same_kind_of_site() -> None:
    mosque = [told("ev_m", "wire", "Israeli police raid Al-Quds Mosque, dozens of worshippers wounded",
                   etype="Violence against civilians", sub="Attack")]
    got = next_day_mentions(mosque, DAY, "Students return to Al-Quds University", "Worshippers pray at Al-Quds Mosque")
    assert got == {"art_1": "site"}
    raid = [told("ev_r", "wire", "Israeli Troops Raid Hospital, Kill 20 Gunmen", etype="Battles", sub="Armed clash")]
    assert next_day_mentions(raid, DAY, "Israeli Troops Raid Hospital In Khan Younis") == {}


def test_a_site_mention_does_not_depend_on_unrelated_events() -> None:
    raids = [told("ev_a", "wire", "Bodies found at Al-Amal hospital after troops withdraw",
                  etype="Strategic developments", sub="Other"),
             told("ev_b", "bbc", "Troops leave Al-Amal hospital after a week-long raid", etype="Strategic developments",
                  sub="Other")]
    amal = dict(name="Amal", geonameid=1, lat=33.3, lon=44.4, country_code="IQ", admin1="Baghdad",
                feature_code="PPL", precision=1, text="Amal")
    # A strike weeks away, in a town that happens to be named like the hospital.
    far = told("ev_far", "ap", "Strike on Amal kills two", place=amal, killed=2, day=DAY - timedelta(days=40),
               actors=False)
    text = "Survivors describe the siege of Al-Amal Hospital"
    assert next_day_mentions(raids, DAY, text) == {"art_0": "site"}
    assert next_day_mentions([*raids, far], DAY, text) == {"art_0": "site"}


def test_region_names_switch_says_how_a_region_level_site_is_tied() -> None:
    killed = to_rec(0, told("ev_k", "wire", "Israeli army says it killed 20 gunmen at Al-Amal hospital", killed=20))
    raid = to_rec(1, told("ev_r", "bbc", "Troops strip detainees in Gaza hospital raid", etype="Strategic developments",
                          sub="Other"))
    unnamed = to_rec(2, told("ev_u", "ap", "Israeli army says it killed 20 gunmen at a hospital", killed=20))
    assert one_operation(killed, raid)  # default (1): a name either gives
    assert not one_operation(unnamed, raid)
    with switch(ops, "REGION_NAMES", 2):  # a name both give
        assert not one_operation(killed, raid)
    with switch(ops, "REGION_NAMES", 0):
        assert one_operation(unnamed, raid)
