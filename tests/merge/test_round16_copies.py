"""Merge round 2 (session 15): copies with no event join their story; an unplaced follow-up names its operation."""

from __future__ import annotations

from datetime import date, timedelta

from merge_helpers import ISRAEL_ARMY, STRIP, strike, switch

import eventwire.merge.copy_mentions as cm
import eventwire.merge.mentions as mm
from eventwire.merge import find_near_duplicates, merge_events
from eventwire.merge.copy_mentions import copy_families, story_key
from eventwire.model import Article, Event, Evidence

DAY = date(2024, 3, 5)


def art(aid: str, text: str, day: date = DAY, outlet: str = "bbc") -> Article:
    return Article(id=aid, text=text, source=outlet, published=day)


def told(eid: str, outlet: str, text: str, killed: int | None = None, etype: str = "Explosions/Remote violence",
         sub: str = "Air/drone strike", day: date = DAY) -> Event:
    """One outlet's headline of an Israeli strike in the Gaza Strip, its evidence the headline."""
    ev = strike(eid, outlet, killed, place=STRIP, day=day, actors=list(ISRAEL_ARMY), etype=etype, sub=sub)
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def test_story_key_drops_the_rubric_and_refuses_short_titles() -> None:
    a = art("a", "Mideast live: Residents of the southern town say the overnight shelling was the heaviest yet")
    b = art("b", "Mideast war: Residents of the southern town say the overnight shelling was the heaviest yet")
    assert story_key(a) == story_key(b) is not None
    # A series title or a date line is carried by many different reports.
    assert story_key(art("c", "Gulf of Aden Security Review")) is None
    assert story_key(art("d", "Tuesday 5 March 2024")) is None


def test_copy_families_join_rubric_copies_and_near_duplicates_of_one_story_days() -> None:
    text = "Boy pleads with rescuers to lift his sister out first as their whole street is flattened"
    arts = [art("a1", f"Region live: {text}"), art("a2", f"Region war: {text}", DAY + timedelta(days=1)),
            art("a3", f"Region war: {text}", DAY + timedelta(days=9)),  # another week: not one story's copy
            art("b1", "Gulf of Aden Security Review"), art("b2", "Gulf of Aden Security Review")]
    fam = copy_families(arts, find_near_duplicates(arts))
    assert fam == {"a2": "a1"}  # the earliest is the original; short titles are no story
    # A template restated with a new figure is the next update, not a copy.
    tolls = [art("t1", "Ministry says the toll from the strikes on the coastal strip has passed 14,100"),
             art("t2", "Ministry says the toll from the strikes on the coastal strip has passed 14,800", DAY + timedelta(1)),
             art("t3", "Update: Ministry says the toll from the strikes on the coastal strip has passed 14,100")]
    assert copy_families(tolls, find_near_duplicates(tolls)) == {"t3": "t1"}
    with switch(cm, "COPIES", 0):
        assert copy_families(arts, find_near_duplicates(arts)) == {}


def test_an_event_less_copy_mentions_the_cluster_its_original_reports_in() -> None:
    # One outlet's report (no other report yet: no word or toll mention can name it) and a reprint of it
    # in which the extractor read no event.
    head = "Israeli strike on a bakery queue in Gaza kills a dozen people, health officials say"
    events = [told("ev_a", "reuters", head, killed=12)]
    arts = [art("art_ev_a", head, outlet="reuters"), art("art_copy", f"{head} - paper", outlet="paper")]
    dups = find_near_duplicates(arts)
    assert dups == {"art_copy": "art_ev_a"}

    def mentioned() -> list[list[str]]:
        return [c.mentions for c in merge_events(events, articles=arts, duplicates=dups)]
    assert mentioned() == [["art_copy"]]
    with switch(cm, "COPIES", 0):
        assert mentioned() == [[]]
    assert [c.mentions for c in merge_events(events, articles=arts)] == [[]]  # no copy found, no link


def nasr_raid() -> list[Event]:
    """One raid on a named hospital, told as a clash by one outlet and as a development by another."""
    return [told("ev_v", "reuters", "Israeli military says it killed 40 gunmen at Gaza's Al-Nasr hospital",
                 etype="Battles", sub="Armed clash", killed=40),
            told("ev_o", "bbc", "Soldiers forced detainees to strip in Al-Nasr hospital raid",
                 etype="Strategic developments", sub="Other")]


def follow_up(text: str, killed: int) -> Event:
    """A next-day report of a clash that the extractor placed nowhere."""
    ev = told("ev_f", "cnn", text, killed=killed, etype="Battles", sub="Armed clash", day=DAY + timedelta(days=1))
    ev.location = None
    return ev


def mentions_of(events: list[Event]) -> dict[str, list[str]]:
    """Each mentioning article with the member events of the cluster it mentions."""
    arts = [art(e.article_ids[0], e.evidence[0].text, e.date.start, e.sources[0]) for e in events]  # type: ignore[arg-type]
    return {a: c.member_ids for c in merge_events(events, articles=arts) for a in c.mentions}


def test_an_unplaced_follow_up_naming_the_operation_site_mentions_it() -> None:
    raid = nasr_raid()
    text = "Israeli military says more than 60 militants killed as Al-Nasr operation enters third day"
    got = mentions_of([*raid, follow_up(text, 61)])
    assert list(got) == ["art_ev_f"] and "ev_v" in got["art_ev_f"]
    with switch(mm, "UNPLACED", 0):
        assert "art_ev_f" not in mentions_of([*raid, follow_up(text, 61)])
    # Another site's name, or a toll that fits none of the raid's, tells another occurrence.
    assert "art_ev_f" not in mentions_of([*raid, follow_up(text.replace("Al-Nasr", "Al-Amal"), 61)])
    assert "art_ev_f" not in mentions_of([*raid, follow_up(text, 400)])
