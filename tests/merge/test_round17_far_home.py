"""Merge round 3 (session 15): a country-level report placed at its own attackers' country meets the strike abroad."""

from __future__ import annotations

from datetime import date

from merge_helpers import STRIP, same_cluster, strike, switch

import eventwire.merge.similarity as sim
from eventwire.model import Actor, Event, Evidence

DAY = date(2024, 3, 8)
# Facts only (GeoNames): the United States as a country-level place.
USA = dict(name="United States", geonameid=6252001, lat=39.76, lon=-98.5, country_code="US", admin1=None,
           feature_code="PCLI", precision=3, text="US")
US_ARMY = [Actor(name="Military Forces of the United States", country_code="US", sector="MIL", role="actor")]
ISRAEL_ARMY = [Actor(name="Military Forces of Israel", country_code="IL", sector="MIL", role="actor")]


def told(eid: str, outlet: str, text: str, killed: int | None, place: dict, actors: list[Actor],
         etype: str = "Violence against civilians", sub: str = "Attack") -> Event:
    """One outlet's headline of a deadly attack on civilians, its evidence the headline."""
    ev = strike(eid, outlet, killed, place=place, day=DAY, actors=actors, etype=etype, sub=sub)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def gaza_reports() -> list[Event]:
    """Two outlets' reports of people killed in Gaza by a falling aid pallet (no attacker named)."""
    return [told("ev_g1", "ap", "Five people killed in Gaza when an aid airdrop pallet falls on a crowd", 5, STRIP, []),
            told("ev_g2", "bbc", "Falling airdrop pallet kills five waiting for food in Gaza", 5, STRIP, [])]


def test_a_report_placed_at_its_attackers_country_joins_the_strike_abroad_it_names() -> None:
    home = told("ev_us", "cnn", "Pentagon denies that a US airdrop caused the deaths in the crowd", None, USA, US_ARMY)
    events = [*gaza_reports(), home]
    assert same_cluster(events, "ev_us", "ev_g1")
    with switch(sim, "FAR_HOME", 0):
        assert not same_cluster(events, "ev_us", "ev_g1")


def test_the_attackers_name_alone_ties_no_report_abroad() -> None:
    # It tells nothing the Gaza reports tell: no shared story word, struck site or victim kind.
    other = told("ev_us", "cnn", "US warns it will answer further attacks on its ships in the region", None, USA, US_ARMY)
    assert not same_cluster([*gaza_reports(), other], "ev_us", "ev_g1")


def test_a_report_abroad_naming_another_attacker_is_not_the_home_reports_event() -> None:
    # Coded as clashes, where two attackers' countries may fight one battle: only the rule's own test parts them.
    clash = dict(etype="Battles", sub="Armed clash")
    home = told("ev_us", "cnn", "Pentagon denies that a US airdrop caused the deaths in the crowd", None, USA, US_ARMY,
                **clash)
    gaza = [told(e.id, e.sources[0], e.evidence[0].text, 5, STRIP, [], **clash) for e in gaza_reports()]
    assert same_cluster([*gaza, home], "ev_us", "ev_g1")
    gaza = [told(e.id, e.sources[0], e.evidence[0].text, 5, STRIP, list(ISRAEL_ARMY), **clash) for e in gaza_reports()]
    assert not same_cluster([*gaza, home], "ev_us", "ev_g1")
