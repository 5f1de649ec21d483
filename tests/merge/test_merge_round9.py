"""Merge round-9 rules: struck sites, reports with neither toll nor site, planned dates, no "again" cue."""

from __future__ import annotations

from datetime import date, datetime

from merge_helpers import ISRAEL, ISRAEL_ARMY, RAFAH, STRIP, same_cluster, strike

from eventwire.merge import EventMerger
from eventwire.merge.features import struck_sites, to_rec
from eventwire.merge.similarity import sites_differ
from eventwire.model import Article, Event, Evidence

# Facts (GeoNames) for Rafah, the Gaza Strip and Israel: merge_helpers.
DAY = date(2024, 5, 26)


def report(eid: str, outlet: str, killed: int | None, headline: str, *, sub: str = "Air/drone strike",
           etype: str = "Explosions/Remote violence", damage: tuple[str, ...] = (), day: date = DAY,
           place: dict | None = None) -> Event:
    """One outlet's headline of a strike at Rafah (the headline is the event's own sentence)."""
    ev = strike(eid, outlet, killed, place=place or RAFAH, day=day, sub=sub, etype=etype, actors=list(ISRAEL_ARMY))
    ev.damage = list(damage)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(headline), text=headline,
                            supports=["event_type"])]
    return ev


def test_struck_sites_come_from_damage_and_from_the_events_own_sentence() -> None:
    assert struck_sites(report("a", "x", 45, "Israeli air strike on Rafah tent camp kills 45")) == {"tents"}
    assert struck_sites(report("b", "x", 21, "Strike on camp for displaced people")) == {"tents"}
    # A refugee camp is a town (Jabalia, Nuseirat), not a struck site; a bare "camp" says too little.
    assert struck_sites(report("c", "x", 9, "Strike on Nuseirat refugee camp kills 9")) == frozenset()
    assert struck_sites(report("d", "x", None, "Rafah hospital closes", damage=("hospital",))) == {"hospital"}
    # What happened ("damaged", "fire") is no site.
    assert struck_sites(report("e", "x", None, "Houses damaged", damage=("house", "damaged", "fire"))) == {"house"}
    assert struck_sites(report("f", "x", 7, "Strike on aid convoy kills 7")) == {"convoy"}


def test_two_outlets_naming_different_struck_sites_report_two_strikes() -> None:
    tents = to_rec(0, report("ev_t", "aj", 45, "Israeli air strike on Rafah tent camp kills 45"))
    hospital = to_rec(1, report("ev_h", "cnn", 2, "Rafah hospital shuts after 2 staff killed", sub="Attack",
                                etype="Violence against civilians", damage=("hospital",)))
    bare = to_rec(2, report("ev_b", "wapo", None, "Biden faces pressure over Rafah attack"))
    assert sites_differ(tents, hospital)
    assert not sites_differ(tents, bare) and not sites_differ(hospital, bare)


def test_a_report_with_neither_toll_nor_site_does_not_bridge_two_strikes() -> None:
    # The tent-camp strike, told by three outlets; a hospital that closed after an attack the same
    # day; reactions that name neither toll nor site, coded like the hospital report ("attack").
    tents = [report(f"ev_t{k}", o, 45, "Israeli air strike on Rafah tent camp kills 45")
             for k, o in enumerate(("pbs", "aj", "nbc"))]
    hospital = [report("ev_h1", "cnn", None, "Rafah's Kuwaiti hospital closes after Israeli attack", sub="Attack",
                       etype="Violence against civilians", damage=("hospital",)),
                report("ev_h2", "aj", None, "Rafah's main hospital shuts after attack", sub="Attack",
                       etype="Violence against civilians", damage=("hospital",))]
    reactions = [report(f"ev_r{k}", o, None, "Outrage grows over Israeli attack in Rafah", sub="Attack",
                        etype="Violence against civilians") for k, o in enumerate(("wapo", "reuters", "un"))]
    events = tents + hospital + reactions
    assert same_cluster(events, "ev_h1", "ev_h2")
    assert not same_cluster(events, "ev_h1", "ev_t0")
    # The reactions go with the story most of their links go to: the tent-camp strike.
    assert same_cluster(events, "ev_r0", "ev_t0") and same_cluster(events, "ev_r2", "ev_t1")


def test_reports_with_neither_toll_nor_site_still_form_their_own_event() -> None:
    events = [report(f"ev_{k}", o, None, "Sirens sound in Rafah after rocket attack", sub="Shelling/artillery/missile attack")
              for k, o in enumerate(("bbc", "cnn", "wsj"))]
    assert same_cluster(events, "ev_0", "ev_1") and same_cluster(events, "ev_1", "ev_2")


def test_a_country_level_report_naming_a_site_joins_the_cluster_naming_it() -> None:
    # A live blog's "Iran says Israel carried out consulate attack", placed at Israel, has candidates in
    # the Gaza aid-convoy story (many) and in the Damascus consulate story (few): the site decides.
    damascus = dict(name="Damascus", geonameid=170654, lat=33.5102, lon=36.29128, country_code="SY",
                    admin1="Dimashq", feature_code="PPLC", precision=1, text="Damascus")
    convoy = [report(f"ev_c{k}", o, 7, "Israeli strike kills 7 aid workers in Gaza") for k, o in
              enumerate(("ap", "bbc", "nyt", "wsj", "nbc", "cbs", "dw"))]
    consulate = [report("ev_d1", "reuters", None, "Israeli strike on Iran's consulate in Damascus", place=damascus)]
    coarse = report("ev_il", "cnn", None, "Iran says Israel carried out consulate attack", place=ISRAEL)
    events = convoy + consulate + [coarse]
    assert to_rec(0, coarse).sites == {"diplomatic mission"}
    assert same_cluster(events, "ev_il", "ev_d1")
    assert not same_cluster(events, "ev_il", "ev_c0")


def test_again_is_no_new_occurrence_but_new_strikes_are() -> None:
    assert not to_rec(0, report("ev_a", "aj", None, "Rafah's largest hospital closes as Israel attacks again")).renewed
    assert to_rec(0, report("ev_b", "reuters", 21, "21 killed in new Israeli strikes on tents west of Rafah")).renewed


def test_a_violent_event_dated_after_publication_counts_on_its_publication_day() -> None:
    # "UN Security Council to meet in emergency session on Tuesday after Israeli strike in Rafah",
    # published on Monday 27 May: the dates layer reads Tuesday as the 28th (the meeting's day).
    ev = report("ev_m", "cnn", None, "UN Security Council to meet in emergency session on Tuesday after Israeli "
                "strike in Rafah", day=date(2024, 5, 28))
    rec = to_rec(0, ev, published=datetime(2024, 5, 27))
    assert rec.day == date(2024, 5, 27).toordinal() and not rec.day_stated
    m = EventMerger()
    m.add_articles([Article(id="art_ev_m", text="x", source="cnn", published=date(2024, 5, 27)),
                    Article(id="art_ev_s", text="x", source="bbc", published=date(2024, 5, 26))])
    m.add([ev, report("ev_s", "bbc", None, "Deadly strike in Rafah", day=date(2024, 5, 26))])
    assert m.cluster_of("ev_m") == m.cluster_of("ev_s")


def test_a_report_naming_a_part_of_a_region_does_not_join_a_town_outside_it() -> None:
    strip = dict(name="Gaza Strip", geonameid=281132, lat=31.41667, lon=34.33333, country_code="PS",
                 admin1="Gaza Strip", feature_code="ADM1", precision=3, text="Gaza")
    jabalia = dict(name="Jabalia", geonameid=281141, lat=31.5272, lon=34.4831, country_code="PS",
                   admin1="Gaza Strip", feature_code="PPL", precision=1, text="Jabalia")
    north = report("ev_n", "cnn", None, "Boy killed by Israeli airstrike in northern Gaza", place=strip)
    assert to_rec(0, north).side == "n"
    assert to_rec(0, report("ev_g", "cnn", None, "Airstrike on Gaza", place=strip)).side is None
    rafah = [report(f"ev_r{k}", o, None, "Deadly Israeli strike in Rafah") for k, o in enumerate(("bbc", "nyt"))]
    assert not same_cluster([north, *rafah], "ev_n", "ev_r0")
    assert same_cluster([north, report("ev_j", "bbc", None, "Strike in Jabalia", place=jabalia)], "ev_n", "ev_j")


def test_one_short_articles_country_level_and_unplaced_codings_are_one_event() -> None:
    coded_at_israel = report("ev_il", "cnn", None, "Family mourns medic killed in Israeli strike", place=ISRAEL)
    unplaced = report("ev_none", "cnn", None, "Family mourns medic killed in Israeli strike")
    unplaced.location = None
    unplaced.actors = []
    for ev in (coded_at_israel, unplaced):
        ev.article_ids = ["art_cnn"]
    assert same_cluster([coded_at_israel, unplaced], "ev_il", "ev_none")
    # A third event makes the article a story of several events: its codings stay apart.
    third = report("ev_3", "cnn", 3, "Strike in Rafah kills 3")
    third.article_ids = ["art_cnn"]
    assert not same_cluster([coded_at_israel, unplaced, third], "ev_il", "ev_none")


def test_a_country_level_report_does_not_follow_its_partner_into_a_cluster_it_links_to_less() -> None:
    # Two reports placed only at "Israel" the same day: one names the consulate (the Damascus strike),
    # the other has more candidate links to the aid-convoy story in Gaza than to Damascus.
    damascus = dict(name="Damascus", geonameid=170654, lat=33.5102, lon=36.29128, country_code="SY",
                    admin1="Dimashq", feature_code="PPLC", precision=1, text="Damascus")
    strip = dict(name="Gaza Strip", geonameid=281132, lat=31.41667, lon=34.33333, country_code="PS",
                 admin1="Gaza Strip", feature_code="ADM1", precision=3, text="Gaza")
    convoy = [report(f"ev_c{k}", o, None, "Israeli strike on aid workers in Gaza", place=strip)
              for k, o in enumerate(("ap", "bbc", "nyt", "wsj", "nbc"))]
    consulate = [report(f"ev_d{k}", o, None, "Israeli strike on Iran's consulate in Damascus", place=damascus)
                 for k, o in enumerate(("reuters", "afp"))]
    named = report("ev_il1", "cnn", None, "Iran says Israel carried out consulate attack", place=ISRAEL)
    plain = report("ev_il2", "aj", None, "Foreign nationals among aid workers killed in Israeli attack", place=ISRAEL)
    events = convoy + consulate + [named, plain]
    assert same_cluster(events, "ev_il1", "ev_d0")
    assert not same_cluster(events, "ev_il2", "ev_d0")




def test_an_unplaced_report_joins_the_cluster_of_the_struck_site_it_names() -> None:
    blast = [report(f"ev_b{k}", o, None, "Gaza hospital blast", sub="Remote explosive/landmine/IED", place=STRIP,
                    damage=("hospital",)) for k, o in enumerate(("reuters", "nbc"))]
    unplaced = report("ev_u", "cnn", None, "US assesses Israel not responsible for Gaza hospital blast",
                      sub="Remote explosive/landmine/IED", damage=("hospital",))
    unplaced.location = None
    unplaced.actors = []
    nothing = report("ev_n", "cbs", None, "Officials say investigation under way", sub="Remote explosive/landmine/IED")
    nothing.location = None
    nothing.actors = []
    assert to_rec(0, unplaced).unplaced
    events = [*blast, unplaced, nothing]
    assert same_cluster(events, "ev_u", "ev_b0")
    assert not same_cluster(events, "ev_n", "ev_b0")


def test_a_country_level_report_with_several_candidates_prefers_its_own_sub_type() -> None:
    # The same day in the Gaza Strip: a shooting at an aid distribution (attacks on civilians, four
    # outlets) and a bombing told by three; "Israeli troops fired at people seeking food", placed at
    # "Israel", is an attack on civilians too.
    shooting = [report(f"ev_s{k}", o, 101, "Over 100 killed at aid distribution", sub="Attack",
                       etype="Violence against civilians", place=STRIP) for k, o in enumerate(("ap", "bbc", "cnn", "aj"))]
    bombing = [report(f"ev_b{k}", o, 7, "Seven killed in bombing", place=STRIP) for k, o in enumerate(("nyt", "wsj", "dw"))]
    coarse = report("ev_il", "afp", None, "Israeli troops fired at people seeking food", sub="Attack",
                    etype="Violence against civilians", place=ISRAEL)
    events = [*shooting, *bombing, coarse]
    assert not same_cluster(events, "ev_s0", "ev_b0")
    assert same_cluster(events, "ev_il", "ev_s0")


def test_only_two_distinctive_sites_separate_reports() -> None:
    flats = to_rec(0, report("ev_f", "ap", 5, "Strike hits apartment block", damage=("apartment building",)))
    houses = to_rec(1, report("ev_h", "bbc", 5, "Strike destroys houses", damage=("house",)))
    hospital = to_rec(2, report("ev_k", "cnn", 5, "Strike hits hospital", damage=("hospital",)))
    tents = to_rec(3, report("ev_t", "aj", 5, "Strike hits tents of displaced people"))
    assert not sites_differ(flats, houses)  # one wave of strikes, each outlet names other buildings
    assert not sites_differ(houses, hospital)  # houses beside the hospital may be the same strike
    assert sites_differ(tents, hospital)


def test_twin_codings_come_apart_when_a_later_batch_adds_a_third_event_of_their_article() -> None:
    coded_at_israel = report("ev_il", "cnn", None, "Israeli strike kills aid workers", place=ISRAEL)
    unplaced = report("ev_none", "cnn", None, "Israeli strike kills aid workers")
    unplaced.location = None
    unplaced.actors = []
    third = report("ev_3", "cnn", 3, "Strike in Rafah kills 3")
    for ev in (coded_at_israel, unplaced, third):
        ev.article_ids = ["art_cnn"]
    m = EventMerger()
    m.add([coded_at_israel, unplaced])
    assert m.cluster_of("ev_il") == m.cluster_of("ev_none")
    m.add([third])  # the same article, added later: now a story of three events
    assert m.cluster_of("ev_il") != m.cluster_of("ev_none")
