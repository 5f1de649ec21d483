"""Merge round-8 rules: toll ranges, country-level links last, one outlet's candidate links ("again" is round 9's)."""

from __future__ import annotations

from datetime import date

from merge_helpers import ISRAEL, ISRAEL_ARMY, RAFAH, STRIP, same_cluster, strike

from eventwire.merge.features import to_rec
from eventwire.merge.similarity import tolls_compatible, weak_link
from eventwire.merge.types import MergeConfig
from eventwire.model import Count, Event, Evidence

# Facts only (GeoNames): the Gaza Strip is an admin1 of PS; Rafah lies in it; Israel and Syria border each other.
DAMASCUS = dict(name="Damascus", geonameid=170654, lat=33.5102, lon=36.29128, country_code="SY", admin1="Dimashq",
                feature_code="PPLC", precision=1, text="Damascus")
DAY = date(2024, 2, 29)


def report(eid: str, outlet: str, toll: Count | None, place: dict, *, article: str | None = None,
           headline: str = "") -> Event:
    """One outlet's report of a killing in or near the Gaza Strip on 29 February 2024."""
    ev = strike(eid, outlet, None, place=place, day=DAY, sub="Attack", etype="Violence against civilians",
                actors=list(ISRAEL_ARMY), article=article)
    if toll is not None:
        ev.fatalities = toll
    if headline:
        ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(headline), text=headline)]
    return ev


DOZENS = Count(low=24, best=24, text="dozens killed")  # how the extractor reads a vague figure
OVER_100 = Count(low=101, best=101, text="more than 100 killed")  # ... and a floor
EXACT_4 = Count(low=4, best=4, high=4, text="kills 4")
FLOOR_2 = Count(low=2, best=2, text="kills at least 2")
EXACT_7 = Count(low=7, best=7, high=7, text="7 killed")


def test_a_vague_toll_spans_the_next_magnitude_and_a_floor_stays_at_its_figure() -> None:
    recs = {name: to_rec(0, report("ev", "ap", c, STRIP)) for name, c in
            (("dozens", DOZENS), ("over100", OVER_100), ("exact4", EXACT_4), ("floor2", FLOOR_2), ("exact7", EXACT_7))}
    assert (recs["dozens"].fatal_lo, recs["dozens"].fatal_hi) == (24, 120.0)
    assert (recs["over100"].fatal_lo, recs["over100"].fatal_hi) == (101, 101.0)
    assert (recs["exact4"].fatal_lo, recs["exact4"].fatal_hi) == (4, 4.0)
    # "Dozens killed" early and "more than 100 killed" later can be one massacre; "kills 4" cannot.
    assert tolls_compatible(recs["dozens"], recs["over100"])
    assert not tolls_compatible(recs["dozens"], recs["exact4"])
    # A small floor does not stretch: "at least 2" is not the strike that killed 7.
    assert not tolls_compatible(recs["floor2"], recs["exact7"])
    assert tolls_compatible(recs["exact4"], recs["exact7"])  # exact tolls keep the factor-two tolerance


def test_dozens_and_more_than_a_hundred_at_the_strip_are_one_cluster_and_four_is_another() -> None:
    events = [report("ev_doz", "ap", DOZENS, STRIP), report("ev_100", "bbc", OVER_100, STRIP),
              report("ev_112", "un", Count(low=112, best=112, text="at least 112"), STRIP),
              report("ev_4", "cnn", EXACT_4, STRIP)]
    assert same_cluster(events, "ev_doz", "ev_100")
    assert same_cluster(events, "ev_112", "ev_100")
    assert not same_cluster(events, "ev_4", "ev_doz")


def test_an_articles_country_level_twin_does_not_hold_back_another_country_level_report() -> None:
    # One headline coded twice: at Rafah and at "Israel" ("condemnation of Israel after dozens killed in
    # Rafah"). Another outlet's report placed only at "Israel" belongs to the Rafah strike.
    events = [report("ev_r1", "cbs", None, RAFAH), report("ev_r2", "dw", None, RAFAH),
              report("ev_twin_fine", "cnn", None, RAFAH, article="art_cnn"),
              report("ev_twin_coarse", "cnn", None, ISRAEL, article="art_cnn"),
              report("ev_il", "wsj", None, ISRAEL)]
    assert same_cluster(events, "ev_il", "ev_r1")
    assert not same_cluster(events, "ev_twin_coarse", "ev_twin_fine")  # never two events of one article


def test_a_country_level_report_may_join_its_own_outlets_story_unless_in_a_roundup() -> None:
    cfg = MergeConfig()
    coarse = to_rec(0, report("ev_il", "cnn", None, ISRAEL))
    fine = to_rec(1, report("ev_dm", "cnn", None, DAMASCUS))
    assert weak_link(coarse, fine, cfg)  # a live blog's entries about one strike
    in_roundup = to_rec(1, report("ev_dm", "cnn", None, DAMASCUS), article_events=6)
    assert not weak_link(coarse, in_roundup, cfg)
