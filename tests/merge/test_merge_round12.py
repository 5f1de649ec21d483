"""Merge round-12 rules: an attack placed at the attacker's country, two towns apart, the attacker as a mention's anchor."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from merge_helpers import same_cluster, strike
from test_merge_round11 import _tent_camp_and_hospital

from eventwire.merge import merge_events
from eventwire.merge.features import to_rec
from eventwire.merge.mentions import link_mentions
from eventwire.merge.similarity import from_home, place_score, twins, weak_link
from eventwire.merge.store import merge_store
from eventwire.merge.types import MergeConfig
from eventwire.model import Actor, Article, Event, Evidence, Location

# Facts only (GeoNames): countries at their centroids; Gaza City and Rafah, 29 km apart in the Gaza Strip.
IRAN = dict(name="Iran", geonameid=130758, lat=32.0, lon=53.0, country_code="IR", precision=3,
            feature_code="PCLI", text="Iran")
ISRAEL = dict(name="Israel", geonameid=294640, lat=31.5, lon=34.75, country_code="IL", precision=3,
              feature_code="PCLI", text="Israel")
GAZA_CITY = dict(name="Gaza", geonameid=281133, lat=31.50161, lon=34.46672, country_code="PS", admin1="Gaza Strip",
                 feature_code="PPLA", precision=1, text="Gaza City")
RAFAH = dict(name="Rafah", geonameid=281102, lat=31.29722, lon=34.24357, country_code="PS", admin1="Gaza Strip",
             feature_code="PPLA2", precision=1, text="Rafah")
DAY = date(2024, 4, 13)
IRAN_FORCES = [Actor(name="Military Forces of Iran", country_code="IR", sector="MIL", role="actor")]


def _told(eid: str, outlet: str, headline: str, place: dict, actors: list[Actor], *, sub: str = "Attack",
          etype: str = "Violence against civilians", killed: int | None = None) -> Event:
    """One outlet's headline, coded at `place` (the headline is the event's own sentence)."""
    ev = strike(eid, outlet, killed, place=place, day=DAY, sub=sub, etype=etype, actors=list(actors))
    ev.location = Location(**place)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(headline), text=headline,
                            supports=["event_type"])]
    return ev


def _iran_attack() -> list[Event]:
    """Iran's attack on Israel: two outlets place it at the target, two at the attacker (by its name)."""
    return [
        _told("ev_il0", "cnn", "UN chief condemns Iranian drone attack on Israel", ISRAEL, IRAN_FORCES),
        _told("ev_il1", "wsj", "Iran launches drone and missile attack at Israel", ISRAEL, IRAN_FORCES),
        _told("ev_ir0", "cnn", "Iranian attack puts the region at risk, German minister says", IRAN, IRAN_FORCES),
        _told("ev_ir1", "ap", "Calls for restraint after Iran's drone attack", IRAN, IRAN_FORCES),
    ]


def test_a_report_placed_at_its_attacker_s_country_meets_the_target_s_reports() -> None:
    events = _iran_attack()
    cfg = MergeConfig()
    home, there = to_rec(0, events[2]), to_rec(1, events[0])
    assert home.coarse and there.coarse and place_score(home, there, cfg) is None
    assert from_home(home, there) and not from_home(there, home)
    assert weak_link(home, there, cfg)  # a candidate link, not a place match
    assert same_cluster(events, "ev_ir0", "ev_il0") and same_cluster(events, "ev_ir1", "ev_il1")
    # Another attacker of that country (a group, not its forces) is not the same attack.
    militia = [Actor(name="Some Militia", country_code="IR", sector="REB", role="actor")]
    other = to_rec(2, _told("ev_m", "afp", "Militia attack in Israel", ISRAEL, militia))
    assert not from_home(home, other) and not weak_link(home, other, cfg)
    # The other report must be placed abroad: both at the attacker's country is a place match or nothing.
    assert not from_home(home, to_rec(3, events[3]))


def test_two_towns_named_apart_are_two_places() -> None:
    cfg = MergeConfig()
    city = to_rec(0, _told("ev_g", "aj", "Israeli air attack hits residential area in Gaza City", GAZA_CITY, [],
                           sub="Air/drone strike", etype="Explosions/Remote violence"))
    rafah = to_rec(1, _told("ev_r", "ap", "Israeli strikes in Rafah kill 22", RAFAH, [], sub="Air/drone strike",
                            etype="Explosions/Remote violence", killed=22))
    assert not city.regional and place_score(city, rafah, cfg) is None
    # "Gaza" meaning the Strip holds Rafah: the region's name is no town.
    strip = to_rec(2, _told("ev_s", "bbc", "Israeli strikes in Gaza kill 22", dict(GAZA_CITY, text="Gaza"), [],
                            sub="Air/drone strike", etype="Explosions/Remote violence", killed=22))
    assert strip.regional and place_score(strip, rafah, cfg) == 0.5
    # A wider setting restores the old reach (distance-scored up to `max_km`).
    assert place_score(city, rafah, MergeConfig(town_km=50.0)) is not None


def test_one_headline_coded_at_a_town_and_at_the_region_holding_it_is_one_event() -> None:
    # "Israeli strikes on Rafah in southern Gaza kill 22": one event at Rafah, one at "Gaza" (the Strip).
    text = "Israeli strikes on Rafah in southern Gaza kill 22"
    kw = dict(sub="Air/drone strike", etype="Explosions/Remote violence", killed=22)
    town = _told("ev_t", "npr", text, RAFAH, [], **kw)  # type: ignore[arg-type]
    region = _told("ev_g", "npr", text, dict(GAZA_CITY, text="Gaza"), [], **kw)  # type: ignore[arg-type]
    region.article_ids = town.article_ids
    a, b = to_rec(0, town), to_rec(1, region)
    assert b.regional and twins(a, b)
    # A "Gaza" report with no toll joins the Rafah strike through the twin, not beside it.
    baby = _told("ev_b", "bbc", "Baby saved from womb of mother killed in Israeli strike in Gaza",
                 dict(GAZA_CITY, text="Gaza"), [], sub="Air/drone strike", etype="Explosions/Remote violence")
    other = _told("ev_o", "ap", "Israeli strikes in Rafah kill 22", RAFAH, [], **kw)  # type: ignore[arg-type]
    assert same_cluster([town, region, baby, other], "ev_g", "ev_o")
    # Two towns of one article are no twins: the region's name is the only place that holds another.
    khan = _told("ev_k", "npr", text, dict(RAFAH, name="Khan Yunis", geonameid=281141, lat=31.34018,
                                           lon=34.30627, text="Khan Yunis"), [], **kw)  # type: ignore[arg-type]
    khan.article_ids = town.article_ids
    assert not twins(a, to_rec(2, khan))


def test_a_region_and_its_town_score_alike_in_either_order() -> None:
    cfg = MergeConfig()
    city = to_rec(0, _told("ev_c", "aj", "Strike in Gaza City", GAZA_CITY, []))
    strip = to_rec(1, _told("ev_s", "ap", "Strike in Gaza", dict(GAZA_CITY, text="Gaza"), []))
    assert place_score(city, strip, cfg) == place_score(strip, city, cfg) == 0.5


def _articles(events: list[Event], extra: list[Article]) -> list[Article]:
    return [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=DAY)
            for e in events] + extra


def test_a_distant_attacker_s_name_anchors_a_mention() -> None:
    events = _iran_attack()
    clusters = merge_events(events, mentions=False)
    intercept = Article(id="art_i", text="Israeli air defenses intercept Iranian drones", published=DAY)
    cabinet = Article(id="art_c", text="War cabinet in Israel meets to weigh its response to Iran's attack",
                      published=DAY + timedelta(days=1))
    found = link_mentions(clusters, events, _articles(events, [intercept, cabinet]))
    attack = next(c for c in clusters if "ev_il0" in c.member_ids)
    assert {a: m.cluster_id for a, m in found.items()} == {"art_i": attack.id, "art_c": attack.id}
    assert "iranian" in found["art_i"].words


def test_a_neighbour_s_forces_are_no_anchor() -> None:
    # A Gaza strike by Israeli forces (a neighbour's): "Israeli" is in every report of the war, so
    # a reaction naming only "Israeli" and the town singles out no strike.
    events = _tent_camp_and_hospital()
    reaction = Article(id="art_r", text="Israeli cabinet meets after Rafah strikes", published=events[0].date.start)
    found = link_mentions(merge_events(events, mentions=False), events, _articles(events, [reaction]))
    assert "art_r" not in found


def test_the_situation_report_counts_an_event_s_mentions(tmp_path: Path) -> None:
    from eventwire.export.report import report_from_store
    from eventwire.store import open_store

    events = _iran_attack()
    arts = _articles(events, [Article(id="art_i", text="Israeli air defenses intercept Iranian drones",
                                      source="toi", published=DAY)])
    # The same words ten days later are out of the event's days (`mentions.AFTER_DAYS`): never a candidate.
    far = Article(id="art_far", text="Israeli air defenses intercept Iranian drones", source="toi",
                  published=DAY + timedelta(days=10))
    with open_store(tmp_path / "ew.db") as store:
        store.upsert_articles([*arts, far])
        store.upsert_events(events)
        stats = merge_store(store, dedup=False)
        md = report_from_store(store, DAY, DAY + timedelta(days=1), None, "md", None)
    # Round 23: an article with no event at all (stored by ingest like any other) is a candidate of its days,
    # as in `merge_events(articles=...)`; before, the store listed articles only through their events.
    assert (stats.mentions, stats.quiet_articles) == (1, 1)
    assert "; also mentioned by 1 article" in md
    reaction = Event(id="ev_x", event_type=None, date=events[0].date, article_ids=["art_x"], sources=["mena"],
                     actors=[Actor(name="Egypt", country_code="EG", sector="GOV", role="actor")])
    with open_store(tmp_path / "ew2.db") as store:
        store.upsert_articles([*arts, Article(id="art_x", text="Egypt calls for restraint as Iranian drones near Israel",
                                              source="mena", published=DAY)])
        store.upsert_events([*events, reaction])
        stats = merge_store(store, dedup=False)
        md = report_from_store(store, DAY, DAY + timedelta(days=1), None, "md", None)
        html = report_from_store(store, DAY, DAY + timedelta(days=1), None, "html", None)
    # The reaction coded as an event and the report with none both mention the attack.
    assert (stats.mentions, stats.quiet_articles) == (2, 1)
    assert "; also mentioned by 2 articles" in md and "also mentioned by 2 articles" in html
