"""Cross-outlet rules: bombing type families, country-level reports, shared actors for political events."""

from __future__ import annotations

from datetime import date

from merge_helpers import KHARKIV, roundup, same_cluster, strike

from eventwire.merge import EventMerger, merge_events
from eventwire.model import Actor, DateSpan, Event, Plover

BAGHDAD = dict(name="Baghdad", geonameid=98182, lat=33.3406, lon=44.4009, country_code="IQ",
               admin1="Baghdad", feature_code="PPLC", precision=1)
BASRA = dict(name="Basra", geonameid=99532, lat=30.5085, lon=47.7804, country_code="IQ",
             admin1="Basra", feature_code="PPLA", precision=1)
BAGHDAD_GOV = dict(name="Baghdad Governorate", geonameid=98180, lat=33.3333, lon=44.3833, country_code="IQ",
                   admin1="Baghdad", feature_code="ADM1", precision=3)
IRAQ = dict(name="Iraq", geonameid=99237, lat=33.0, lon=44.0, country_code="IQ", admin1=None,
            feature_code="PCLI", precision=3)
INSURGENTS = [Actor(name="Unidentified Armed Group (Iraq)", country_code="IQ", sector="REB", role="actor")]


def bomb(eid: str, source: str, killed: int | None, place: dict, sub: str = "Remote explosive/landmine/IED",
         etype: str = "Explosions/Remote violence") -> Event:
    """A Baghdad car bombing as one outlet coded it."""
    return strike(eid, source, killed, place=place, sub=sub, etype=etype, day=date(2004, 12, 3),
                  actors=list(INSURGENTS))


def test_a_bombing_coded_as_a_clash_by_another_outlet_merges() -> None:
    ied = bomb("ev_a", "wire", 16, BAGHDAD)
    clash = bomb("ev_b", "paper", 15, BAGHDAD, sub="Armed clash", etype="Battles")
    (cl,) = merge_events([ied, clash])
    assert cl.sources == ["paper", "wire"]


def test_bombing_family_needs_compatible_tolls_and_one_outlet_stays_apart() -> None:
    # The weaker report only names the governorate: the family rule links it when tolls agree.
    ied = bomb("ev_a", "wire", 16, BAGHDAD)
    gov = bomb("ev_b", "paper", 12, BAGHDAD_GOV, sub="Attack", etype="Violence against civilians")
    assert len(merge_events([ied, gov])) == 1
    far_toll = bomb("ev_b", "paper", 2, BAGHDAD_GOV, sub="Attack", etype="Violence against civilians")
    assert len(merge_events([ied, far_toll])) == 2
    # One outlet's roundup codes its items consistently: a bombing and a clash in it are two events.
    clash = bomb("ev_c", "wire", 16, BAGHDAD, sub="Armed clash", etype="Battles")
    assert not same_cluster(roundup(ied) + roundup(clash), "ev_a", "ev_c")


def test_a_country_level_report_joins_its_only_city_candidate() -> None:
    city = [bomb("ev_a", "wire", 16, BAGHDAD), bomb("ev_b", "paper", 16, BAGHDAD)]
    country = bomb("ev_c", "radio", 16, IRAQ, sub="Suicide bomb")
    (cl,) = merge_events([*city, country])
    assert sorted(cl.member_ids) == ["ev_a", "ev_b", "ev_c"]
    assert cl.event.location is not None and cl.event.location.name == "Baghdad"


def test_a_country_level_report_with_two_candidates_stays_alone_in_any_order() -> None:
    evs = [bomb("ev_a", "wire", 16, BAGHDAD), bomb("ev_c", "radio", 16, IRAQ), bomb("ev_b", "paper", 16, BASRA)]
    assert sorted(len(c.member_ids) for c in merge_events(evs)) == [1, 1, 1]
    # Added one by one, the Basra report arrives last and detaches the country-level one again.
    m = EventMerger()
    m.add(evs[:2])
    assert m.cluster_of("ev_a") == m.cluster_of("ev_c")
    m.add(evs[2:])
    assert len({m.cluster_of(e.id) for e in evs}) == 3


def test_a_country_level_report_of_another_country_or_day_stays_apart() -> None:
    city = bomb("ev_a", "wire", 16, BAGHDAD)
    other_day = bomb("ev_b", "radio", 16, IRAQ)
    other_day.date = DateSpan(start=date(2004, 12, 5), end=date(2004, 12, 5), precision="day", text="Sunday")
    kharkiv = strike("ev_c", "radio", 16, place=KHARKIV)
    assert len(merge_events([city, other_day, kharkiv])) == 3


def test_strikes_by_opposing_attackers_stay_apart() -> None:
    ru = [Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor")]
    ua = [Actor(name="Military Forces of Ukraine", country_code="UA", sector="MIL", role="actor")]
    a, b = strike("ev_a", "A", None, actors=ru), strike("ev_b", "B", None, actors=ua)
    assert len(merge_events([a, b])) == 2


def _request(eid: str, source: str, actor: str) -> Event:
    return Event(id=eid, plover=Plover(event="REQUEST"), date=DateSpan(start=date(2004, 11, 17), precision="day"),
                 actors=[Actor(name=actor, role="actor")], article_ids=[f"art_{eid}"], sources=[source])


def test_political_events_merge_only_with_a_shared_actor() -> None:
    a, b = _request("ev_a", "A", "José Manuel Barroso"), _request("ev_b", "B", "Lycos Europe")
    assert len(merge_events([a, b])) == 2
    assert len(merge_events([a, _request("ev_c", "C", "José Manuel Barroso")])) == 1
