"""Review of merge round 5: a follow-up whose outlet says "a new toll" or names New Delhi stays with its event."""

from __future__ import annotations

from datetime import date

from merge_helpers import RAFAH, told

from eventwire.merge import merge_events
from eventwire.model import Actor, Article, DateSpan, Event

# Facts (GeoNames 1273294): Delhi. Sentences written for these tests.
DELHI = dict(name="Delhi", geonameid=1273294, lat=28.65195, lon=77.23149, country_code="IN", admin1="Delhi",
             feature_code="PPLA", precision=1, text="Delhi")
VICTIMS = [Actor(name="Civilians (India)", country_code="IN", sector="CVL", role="recipient")]
DAY1, DAY2 = date(2024, 6, 10), date(2024, 6, 11)


def clusters_of(events: list[Event], articles: tuple[Article, ...] | list[Article] = ()) -> dict[str, set[str]]:
    """Each article's cluster, as the set of articles (members and mentions) that cluster holds."""
    arts = {e.id: e.article_ids[0] for e in events}
    out: dict[str, set[str]] = {}
    for c in merge_events(events, articles=articles):
        group = {arts[m] for m in c.member_ids} | set(c.mentions)
        out.update(dict.fromkeys(group, group))
    return out


def test_a_new_toll_follow_up_does_not_pull_the_next_report_out_of_its_event() -> None:
    day1 = [told("ev_d1", "aj", "Israeli air strike on tent camp in Rafah kills 35", 35, place=RAFAH, day=DAY1),
            told("ev_d2", "bbc", "At least 35 dead after Israeli strike hits tents in Rafah", 35, place=RAFAH,
                 day=DAY1),
            told("ev_d3", "cnn", "Israeli strike on Rafah tent camp kills 35, officials say", 35, place=RAFAH,
                 day=DAY1)]
    # "A new toll" updates the figure of the strike: it does not tell another strike.
    day2 = [told("ev_f1", "reuters", "A new toll from strikes on Rafah tent camp: 45 killed, ministry says", 45,
                 place=RAFAH, day=DAY2),
            told("ev_f2", "afp", "Israeli strike on Rafah tent camp killed 45, ministry says", 45, place=RAFAH,
                 day=DAY2)]
    got = clusters_of(day1 + day2)
    assert "art_ev_f2" in got["art_ev_d1"]


def delhi(eid: str, outlet: str, text: str, day: date) -> Event:
    """One outlet's headline of a bomb blast at a Delhi market that killed six, dated by its publication."""
    ev = told(eid, outlet, text, 6, place=DELHI, day=day, sub="Remote explosive/landmine/IED")
    ev.actors, ev.damage = list(VICTIMS), ["commercial building"]
    ev.date = DateSpan(start=day, end=day, precision="day")
    return ev


def test_a_new_delhi_headline_keeps_the_follow_up_and_the_mentions_with_the_blast() -> None:
    events = [delhi("ev_d1", "hindu", "Bomb blast at crowded market in Delhi kills 6", DAY1),
              delhi("ev_d2", "ndtv", "Six killed in bomb blast at Delhi market", DAY1),
              delhi("ev_d4", "toi", "Bomb explodes at busy Delhi market, killing 6", DAY1),
              delhi("ev_f1", "ap", "New Delhi blasts: six killed at market as police hunt bombers", DAY2),
              delhi("ev_f2", "afp", "Police hunt bombers after market blast in Delhi killed six", DAY2)]
    articles = [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=e.date.start)
                for e in events]
    # Two reports of the blast in which the extractor found no event: mentions of the blast's cluster.
    articles += [Article(id="art_d3", text="Delhi market bomb blast: six dead, police say", source="ht",
                         published=DAY1),
                 Article(id="art_d5", text="Market bomb blast in India's capital Delhi leaves six dead",
                         source="reuters", published=DAY1)]
    got = clusters_of(events, articles)
    assert "art_ev_f2" in got["art_ev_d1"]
    assert {"art_d3", "art_d5"} <= got["art_ev_d1"]
