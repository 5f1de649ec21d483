"""Merge round-7 rules: an acting party's country as the place, weapon-less attacks, admin1-level tolls, a day's main story."""

from __future__ import annotations

from datetime import date

from merge_helpers import ISRAEL, ISRAEL_ARMY, RAFAH, STRIP, same_cluster, strike

from eventwire.merge.features import to_rec
from eventwire.merge.neighbours import neighbours
from eventwire.model import Actor, Event, Weapon

# Facts only (GeoNames): the Gaza Strip is an admin1 of PS; Israel and Egypt border it; Rafah lies in it.
ALGERIA = dict(name="Algeria", geonameid=2589581, lat=28.0, lon=3.0, country_code="DZ", admin1=None,
               feature_code="PCLI", precision=3, text="Algeria")
CIVILIANS = [Actor(name="Civilians (Palestine)", country_code="PS", sector="CVL", role="recipient")]
DAY = date(2024, 4, 1)


def hit(eid: str, outlet: str, killed: int | None, place: dict | None, *, sub: str = "Air/drone strike",
        etype: str = "Explosions/Remote violence", actors: list[Actor] | None = None) -> Event:
    """One outlet's headline of a strike in the Gaza Strip on 1 April 2024."""
    ev = strike(eid, outlet, killed, place=place or STRIP, day=DAY, sub=sub, etype=etype,
                actors=list(ISRAEL_ARMY) if actors is None else actors)
    if place is None:
        ev.location = None
    return ev


def test_neighbours_are_symmetric_land_borders() -> None:
    assert "PS" in neighbours("IL") and "IL" in neighbours("PS")
    assert "UA" in neighbours("RU") and not neighbours("XX")


def test_the_attackers_own_country_as_the_place_is_a_party_country() -> None:
    # "Israel takes responsibility for killing aid workers": Israel is named as the party.
    assert to_rec(0, hit("ev_a", "cnn", None, ISRAEL)).party_country
    # Placed from its actors only ("Israeli airstrike killed aid workers", no place named).
    assert to_rec(0, hit("ev_b", "cnn", None, None)).party_country
    # A country named as the place where no party belongs is ordinary country-level evidence.
    assert not to_rec(0, hit("ev_c", "cnn", None, ISRAEL, actors=list(CIVILIANS))).party_country
    assert not to_rec(0, hit("ev_d", "cnn", None, STRIP)).party_country


def test_a_report_placed_at_the_attackers_country_joins_the_neighbouring_territorys_strike() -> None:
    events = [hit("ev_g1", "ap", 7, STRIP), hit("ev_g2", "nyt", 7, STRIP),
              hit("ev_il", "cnn", 7, ISRAEL)]
    assert same_cluster(events, "ev_il", "ev_g1")


def test_the_neighbour_is_used_only_when_the_country_itself_has_no_candidate() -> None:
    tel_aviv_strike = hit("ev_ta", "ynet", 7, {**ISRAEL, "name": "Tel Aviv", "geonameid": 293397, "lat": 32.08,
                                                "lon": 34.78, "admin1": "Tel Aviv", "precision": 1,
                                                "feature_code": "PPLA"})
    events = [hit("ev_g1", "ap", 7, STRIP), tel_aviv_strike, hit("ev_il", "cnn", 7, ISRAEL)]
    assert same_cluster(events, "ev_il", "ev_ta")
    assert not same_cluster(events, "ev_il", "ev_g1")


def test_a_country_that_is_no_party_does_not_reach_its_neighbours() -> None:
    events = [hit("ev_g1", "ap", 7, STRIP), hit("ev_dz", "aps", 7, ALGERIA)]
    assert not same_cluster(events, "ev_dz", "ev_g1")
    events = [hit("ev_g1", "ap", 7, STRIP), hit("ev_il", "cnn", 7, ISRAEL, actors=list(CIVILIANS))]
    assert not same_cluster(events, "ev_il", "ev_g1")


def test_an_attack_that_names_no_weapon_matches_an_air_strike_of_that_day_and_place() -> None:
    # "Australian aid worker killed in Gaza" (no weapon: an attack on civilians) and "Israeli
    # strike kills aid workers in Gaza": one killing.
    untyped = hit("ev_vac", "cnn", None, STRIP, sub="Attack", etype="Violence against civilians")
    events = [untyped, hit("ev_air", "bbc", 7, STRIP)]
    assert same_cluster(events, "ev_vac", "ev_air")
    # An armed clash is a fight between two armed sides, not a way of telling a strike.
    clash = hit("ev_clash", "cnn", None, STRIP, sub="Armed clash", etype="Battles")
    assert not same_cluster([clash, hit("ev_air", "bbc", 7, STRIP)], "ev_clash", "ev_air")
    # Naming a weapon (shots fired) makes it a different way of attacking.
    shot = hit("ev_shot", "cnn", None, STRIP, sub="Attack", etype="Violence against civilians")
    shot.weapons = [Weapon(kind="small arms")]
    assert not same_cluster([shot, hit("ev_air", "bbc", 7, STRIP)], "ev_shot", "ev_air")


def test_an_admin1_level_report_joins_a_towns_strike_only_if_the_tolls_fit() -> None:
    rafah = [hit("ev_r1", "cnn", 35, RAFAH), hit("ev_r2", "pbs", 45, RAFAH)]
    assert same_cluster([*rafah, hit("ev_s", "nbc", 40, STRIP)], "ev_s", "ev_r1")
    # "Strike on a school in Gaza kills 4": another strike of that day in the Strip.
    assert not same_cluster([*rafah, hit("ev_s", "nbc", 4, STRIP)], "ev_s", "ev_r1")


def test_a_country_level_report_with_no_toll_joins_the_day_s_main_story() -> None:
    # Many outlets report the convoy strike; one reports another strike of that day. "Israel takes
    # responsibility for killing aid workers" (no toll, no place) is about the story most covered.
    convoy = [hit(f"ev_c{k}", f"outlet{k}", 7, STRIP) for k in range(4)]
    other = hit("ev_o", "wafa", 2, RAFAH)
    claim = hit("ev_il", "cnn", None, ISRAEL)
    events = [*convoy, other, claim]
    assert same_cluster(events, "ev_il", "ev_c0")
    # With as many links to both, it stays apart.
    even = [hit("ev_c0", "ap", 7, STRIP), hit("ev_o", "wafa", 2, RAFAH), claim]
    assert not same_cluster(even, "ev_il", "ev_c0") and not same_cluster(even, "ev_il", "ev_o")
