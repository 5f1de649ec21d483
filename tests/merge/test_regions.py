"""Round-6 rules: a town named like its region, reports that call their occurrence new, tolls that pick a cluster."""

from __future__ import annotations

from datetime import date

from merge_helpers import ISRAEL_ARMY, RAFAH, same_cluster, strike

from eventwire.merge import merge_events
from eventwire.merge.features import to_rec
from eventwire.model import Event, Evidence

# Facts only (GeoNames): Gaza City and Rafah lie in the admin1 "Gaza Strip", Jenin in the West Bank.
GAZA = dict(name="Gaza", geonameid=281133, lat=31.50161, lon=34.46672, country_code="PS", admin1="Gaza Strip",
            feature_code="PPLA", precision=1, text="Gaza")
PALESTINE = dict(name="Palestinian Territory", geonameid=6254930, lat=31.92157, lon=35.20329, country_code="PS",
                 admin1=None, feature_code="PCLI", precision=3)
BAGHDAD = dict(name="Baghdad", geonameid=98182, lat=33.3406, lon=44.4009, country_code="IQ", admin1="Baghdad",
               feature_code="PPLC", precision=1, text="Baghdad")
DAY1, DAY2 = date(2024, 5, 26), date(2024, 5, 27)


def gaza_strike(eid: str, outlet: str, killed: int | None, place: dict, day: date = DAY1, said: str = "") -> Event:
    """An Israeli air strike in the Gaza Strip as one outlet's headline reported it."""
    ev = strike(eid, outlet, killed, place=place, day=day, actors=list(ISRAEL_ARMY))
    if said:
        ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(said), text=said)]
    return ev


def test_gaza_without_city_may_mean_the_strip_but_gaza_city_and_baghdad_do_not() -> None:
    assert to_rec(0, gaza_strike("ev_a", "nbc", 24, GAZA)).regional
    assert not to_rec(0, gaza_strike("ev_b", "nbc", 24, {**GAZA, "text": "Gaza City"})).regional
    assert not to_rec(0, gaza_strike("ev_c", "nbc", 24, RAFAH)).regional
    assert not to_rec(0, gaza_strike("ev_d", "nbc", 24, BAGHDAD)).regional  # admin1 named exactly like the city


def test_a_strike_in_gaza_joins_the_rafah_strike_when_the_tolls_fit() -> None:
    events = [gaza_strike("ev_r1", "cnn", 35, RAFAH), gaza_strike("ev_r2", "pbs", 45, RAFAH),
              gaza_strike("ev_g", "nbc", 30, GAZA)]
    assert same_cluster(events, "ev_g", "ev_r1")


def test_region_reports_with_incompatible_tolls_do_not_chain_through_an_unknown_toll() -> None:
    # "Strike kills 4 in Gaza", "20 killed at a Gaza school", and a report with no toll: three
    # possible strikes in one region; the unknown toll may not bridge the other two.
    events = [gaza_strike("ev_a", "cnn", 4, GAZA), gaza_strike("ev_b", "ap", 20, GAZA),
              gaza_strike("ev_c", "aj", None, GAZA), gaza_strike("ev_d", "wapo", 19, GAZA)]
    assert not same_cluster(events, "ev_a", "ev_b")
    assert not same_cluster(events, "ev_a", "ev_d")
    assert same_cluster(events, "ev_b", "ev_d")  # 20 and 19: one strike
    # Nor does the region join a town's cluster whose toll it does not fit.
    rafah = [gaza_strike("ev_r1", "cnn", 35, RAFAH), gaza_strike("ev_r2", "pbs", 45, RAFAH)]
    assert not same_cluster([*rafah, gaza_strike("ev_x", "nbc", 4, GAZA)], "ev_x", "ev_r1")


def test_a_report_of_new_strikes_does_not_join_the_previous_days_strike() -> None:
    day1 = [gaza_strike("ev_a", "cnn", 45, RAFAH), gaza_strike("ev_b", "pbs", 45, RAFAH)]
    follow_up = gaza_strike("ev_c", "cbs", 40, RAFAH, day=DAY2, said="Rafah strike kills dozens, toll rises")
    new = gaza_strike("ev_d", "reuters", 40, RAFAH, day=DAY2, said="21 killed in new Israeli strikes on Rafah")
    events = [*day1, follow_up, new]
    assert same_cluster(events, "ev_a", "ev_c")  # the next day's follow-up is the same strike
    assert not same_cluster(events, "ev_a", "ev_d")
    assert not same_cluster(events, "ev_c", "ev_d")  # not even through the follow-up of its own day
    # Without an earlier day to differ from, "new" says nothing: same-day reports merge.
    same_day = [gaza_strike("ev_e", "cnn", 45, RAFAH, day=DAY2), new]
    assert same_cluster(same_day, "ev_e", "ev_d")


def test_a_country_level_report_picks_the_one_candidate_its_toll_fits() -> None:
    rafah = [gaza_strike("ev_r1", "cnn", 35, RAFAH), gaza_strike("ev_r2", "pbs", 45, RAFAH),
             gaza_strike("ev_r3", "cnn2", 2, RAFAH)]  # one report counts only the two commanders targeted
    jenin = dict(name="Jenin", geonameid=293425, lat=32.46101, lon=35.30000, country_code="PS",
                 admin1="West Bank", feature_code="PPLA", precision=1, text="Jenin")
    other = [gaza_strike("ev_k1", "ap", 4, jenin), gaza_strike("ev_k2", "bbc", 4, jenin)]
    npr = gaza_strike("ev_n", "npr", 45, PALESTINE)
    events = [*rafah, *other, npr]
    assert not same_cluster(events, "ev_r1", "ev_k1")
    assert same_cluster(events, "ev_n", "ev_r1")
    # A toll that fits neither cluster leaves the country-level report alone.
    odd = gaza_strike("ev_o", "npr", 400, PALESTINE)
    clusters = merge_events([*rafah, *other, odd])
    assert any(c.member_ids == ["ev_o"] for c in clusters)
