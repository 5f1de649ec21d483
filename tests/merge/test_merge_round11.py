"""Merge round-11 rules: mentioning sources, country-level reports across a border, family codings with tolls."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from merge_helpers import same_cluster, strike
from test_merge_round9 import DAY, report

from eventwire.merge import merge_events
from eventwire.merge.features import to_rec
from eventwire.merge.mentions import GENERIC, link_mentions, words
from eventwire.merge.similarity import place_score, weak_link
from eventwire.merge.store import load_clusters, merge_store
from eventwire.merge.types import MergeConfig
from eventwire.model import Actor, Article, Event, Location
from eventwire.store import open_store

# Facts only (GeoNames): Khan Yunis lies in the Gaza Strip, 10 km north of Rafah; countries at their centroids.
KHAN_YUNIS = dict(name="Khan Yunis", geonameid=281133, lat=31.34018, lon=34.30627, country_code="PS",
                  admin1="Gaza Strip", feature_code="PPLA", precision=1, text="Khan Yunis")
PAKISTAN = dict(name="Pakistan", geonameid=1168579, lat=30.0, lon=70.0, country_code="PK", precision=3,
                feature_code="PCLI", text="Pakistan")
CAMEROON = dict(name="Cameroon", geonameid=2233387, lat=6.0, lon=12.5, country_code="CM", precision=3,
                feature_code="PCLI", text="Cameroon")
GROUP = [Actor(name="Boko Haram", country_code="NG", sector="REB", role="actor")]


def _tent_camp_and_hospital() -> list[Event]:
    """Two strikes of one day: a tent camp in Rafah (three outlets) and a hospital in Khan Yunis (two)."""
    tents = [report(f"ev_t{k}", o, 45, "Israeli airstrike on Rafah tent camp kills 45")
             for k, o in enumerate(("pbs", "aj", "nbc"))]
    hospital = [report(f"ev_h{k}", o, 4, "Strike on Khan Yunis hospital kills 4", place=KHAN_YUNIS,
                       damage=("hospital",)) for k, o in enumerate(("cnn", "bbc"))]
    return tents + hospital


def _articles(events: list[Event], extra: list[Article]) -> list[Article]:
    return [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=DAY)
            for e in events] + extra


def test_a_reaction_with_no_violent_event_is_a_mentioning_source() -> None:
    events = _tent_camp_and_hospital()
    reaction = Article(id="art_un", text="UN chief voices horror at Rafah tent camp deaths", source="un",
                       published=DAY + timedelta(days=1))
    clusters = merge_events(events, articles=_articles(events, [reaction]))
    tents = next(c for c in clusters if "ev_t0" in c.member_ids)
    assert tents.mentions == ["art_un"]
    # A mentioning source adds no reporting source, no member and no figure.
    assert tents.sources == ["aj", "nbc", "pbs"] and len(tents.member_ids) == 3
    assert (tents.fatalities.low, tents.fatalities.sources) == (45, 3)
    assert all(not c.mentions for c in clusters if c is not tents)
    # Off by request: the clusters carry no mentions.
    assert all(not c.mentions for c in merge_events(events, articles=_articles(events, [reaction]),
                                                     mentions=False))


def test_a_mention_needs_a_struck_site_and_the_event_s_days() -> None:
    events = _tent_camp_and_hospital()
    for e in events[:3]:  # the outlets tell the strike beside the day's diplomacy
        e.evidence[0].text = "Israeli airstrike on Rafah tent camp kills 45 as Security Council meets"
    ceasefire = Article(id="art_sc", text="Security Council meets, demands Rafah ceasefire", published=DAY)
    late = Article(id="art_late", text="UN chief voices horror at Rafah tent camp deaths",
                   published=DAY + timedelta(days=6))
    both = Article(id="art_both", text="WHO: strikes on Rafah tent camp and Khan Yunis hospital kill dozens",
                   published=DAY)
    found = link_mentions(merge_events(events, mentions=False), events, _articles(events, [ceasefire, late, both]))
    assert "art_sc" not in found  # it shares the diplomacy and the town, not what was hit
    assert "art_late" not in found  # six days later: another week's news
    assert "art_both" not in found  # names both strikes: it singles out neither
    # An article with a violent event of its own is a reporting source, never a mention.
    assert not set(found) & {e.article_ids[0] for e in events}


def test_a_site_word_of_the_day_s_other_news_anchors_no_mention() -> None:
    # A strike on an aid convoy told by two outlets, on a day of aid-policy news: "aid" is in most
    # of the day's articles and is no longer the strike's word; "convoy" still is.
    convoy = [report(f"ev_c{k}", o, 7, "Strike on aid convoy in Rafah kills 7") for k, o in enumerate(("ap", "bbc"))]
    policy = [Article(id=f"art_p{k}", text=t, published=DAY) for k, t in enumerate((
        "Israel pledges more aid trucks for Gaza", "Donors meet on aid for Gaza", "Senate passes aid package",
        "Aid agencies warn of famine", "New aid crossing opens"))]
    vague = Article(id="art_v", text="UN says aid deliveries to Gaza fall short after Rafah strike", published=DAY)
    named = Article(id="art_n", text="Outrage over Rafah aid convoy strike grows", published=DAY)
    found = link_mentions(merge_events(convoy, mentions=False), convoy, _articles(convoy, [*policy, vague, named]))
    assert set(found) == {"art_n"} and "convoy" in found["art_n"].words


def test_words_fold_accents_plurals_and_curly_apostrophes() -> None:
    assert {"bab", "tent", "worker", "rafah"} <= words("Al Bāb tents workers’ Rafah’s")
    assert words("The strike killed 4, officials says") == {"strike", "killed", "official"}
    # What any violent report says links nothing: only the rest of a headline can name its event.
    assert not words("The strike killed 4, officials says") - GENERIC


def test_merge_store_records_mentions_of_political_only_articles(tmp_path: Path) -> None:
    events = _tent_camp_and_hospital()
    arts = _articles(events, [])
    condemn = Article(id="art_c", text="Egypt condemns strike on Rafah tent camp", source="mena", published=DAY)
    accusation = Event(id="ev_c", event_type=None, date=events[0].date, article_ids=["art_c"], sources=["mena"],
                       actors=[Actor(name="Egypt", country_code="EG", sector="GOV", role="actor")])
    with open_store(tmp_path / "ew.db") as store:
        store.upsert_articles([*arts, condemn])
        store.upsert_events([*events, accusation])
        stats = merge_store(store, dedup=False)
        assert stats.mentions == 1
        tents = next(c for c in load_clusters(store) if "ev_t0" in c.member_ids)
        assert tents.mentions == ["art_c"] and "mena" not in tents.sources


def _country_report(eid: str, outlet: str, killed: int | None, sub: str, etype: str, place: dict | None,
                    actors: list[Actor], day: date = date(2018, 3, 20)) -> Event:
    ev = strike(eid, outlet, killed, place=place, day=day, sub=sub, etype=etype, actors=actors)
    if place is None:
        ev.location = None
    else:
        ev.location = Location(**place)
    return ev


def test_a_group_s_home_country_and_its_neighbour_meet_at_country_level() -> None:
    # "Seven Cameroonian soldiers killed in Boko Haram attack": no place, so the group's home (Nigeria)
    # places it; two other outlets place the same attack in Cameroon, a land neighbour.
    home = _country_report("ev_ng", "bbcm", None, "Armed clash", "Battles", None, GROUP)
    there = [_country_report(f"ev_cm{k}", o, 6, "Armed clash", "Battles", CAMEROON, GROUP)
             for k, o in enumerate(("afp", "reuters"))]
    cfg = MergeConfig()
    a, b = to_rec(0, home), to_rec(1, there[0])
    assert a.group_home and a.country == "NG" and b.coarse and b.country == "CM"
    assert place_score(a, b, cfg) is None and weak_link(a, b, cfg)  # a candidate link, not a place match
    assert same_cluster([home, *there], "ev_ng", "ev_cm0")
    # Only a land neighbour: the group's home does not stand for a country further away.
    kenya = _country_report("ev_ke", "afp", 6, "Armed clash", "Battles",
                            dict(CAMEROON, name="Kenya", geonameid=192950, country_code="KE", text="Kenya"), GROUP)
    assert not weak_link(a, to_rec(2, kenya), cfg)
    # A state's forces placed at their own country are no group crossing a border.
    army = [Actor(name="Military Forces of Nigeria", country_code="NG", sector="MIL", role="actor")]
    state = to_rec(3, _country_report("ev_st", "bbcm", None, "Armed clash", "Battles", None, army))
    assert state.country == "NG" and not state.group_home and not weak_link(state, b, cfg)


def test_country_level_codings_of_one_attack_join_on_their_tolls() -> None:
    # "Suicide car bomber kills 15 people in Pakistan" and "At least 13 die as militants clash in Pakistan".
    bomb = _country_report("ev_b", "pti", 15, "Suicide bomb", "Explosions/Remote violence", PAKISTAN, [])
    clash = _country_report("ev_c", "afp", 13, "Armed clash", "Battles", PAKISTAN, [])
    assert same_cluster([bomb, clash], "ev_b", "ev_c")
    # Without a toll on both sides, the country and the day alone do not make a clash a bombing.
    quiet = _country_report("ev_q", "afp", None, "Armed clash", "Battles", PAKISTAN, [])
    assert not same_cluster([bomb, quiet], "ev_b", "ev_q")
    # Tolls that do not fit keep them apart.
    big = _country_report("ev_g", "afp", 60, "Armed clash", "Battles", PAKISTAN, [])
    assert not same_cluster([bomb, big], "ev_b", "ev_g")
