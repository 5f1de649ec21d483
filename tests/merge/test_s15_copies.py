"""Session 15, merge round 2: copies with no event join their story; an unplaced follow-up names its operation."""

from __future__ import annotations

from datetime import date, timedelta

from merge_helpers import S15_DAY, site_raid, switch, told

import eventwire.merge.copy_mentions as cm
import eventwire.merge.mentions as mm
from eventwire.merge import find_near_duplicates, merge_events
from eventwire.merge.copy_mentions import copy_families, story_key
from eventwire.model import Article, Event

DAY = S15_DAY


def art(aid: str, text: str, day: date = DAY, outlet: str = "bbc") -> Article:
    return Article(id=aid, text=text, source=outlet, published=day)


def test_story_key_drops_the_rubric_and_refuses_short_titles() -> None:
    a = art("a", "Mideast live: Residents of the southern town say the overnight shelling was the heaviest yet")
    b = art("b", "Mideast war: Residents of the southern town say the overnight shelling was the heaviest yet")
    assert story_key(a) == story_key(b) is not None
    # A series title or a date line is carried by many different reports.
    assert story_key(art("c", "Gulf of Aden Security Review")) is None
    assert story_key(art("d", "Tuesday 5 March 2024")) is None


def test_copy_families_join_rubric_copies_and_near_duplicates_of_one_story_days() -> None:
    text = "Boy pleads with rescuers to lift his sister out first as their whole street is flattened"
    arts = [art("a1", f"Region live: {text}"), art("a2", f"Region Live: {text}", DAY + timedelta(days=1)),
            art("a3", f"Region live: {text}", DAY + timedelta(days=9)),  # another week: not one story's copy
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
    # Without a dedup run (`duplicates` None) no copy is read, not even one title under two rubrics.
    assert [c.mentions for c in merge_events(events, articles=arts)] == [[]]
    arts = [art("art_ev_a", f"Mideast: {head}", outlet="reuters"), art("art_copy", f"MIDEAST: {head}", outlet="paper")]
    assert [c.mentions for c in merge_events(events, articles=arts, duplicates={})] == [["art_copy"]]
    assert [c.mentions for c in merge_events(events, articles=arts)] == [[]]


def follow_up(text: str, killed: int | None) -> Event:
    """A next-day report of a clash that the extractor placed nowhere."""
    ev = told("ev_f", "cnn", text, killed=killed, etype="Battles", sub="Armed clash", day=DAY + timedelta(days=1))
    ev.location = None
    return ev


def mentions_of(events: list[Event]) -> dict[str, list[str]]:
    """Each mentioning article with the member events of the cluster it mentions."""
    arts = [art(e.article_ids[0], e.evidence[0].text, e.date.start, e.sources[0]) for e in events]  # type: ignore[arg-type]
    return {a: c.member_ids for c in merge_events(events, articles=arts) for a in c.mentions}


def test_an_unplaced_follow_up_naming_the_operation_site_mentions_it() -> None:
    raid = site_raid()
    text = "Israeli military says more than 60 militants killed as Al-Nasr operation enters third day"
    got = mentions_of([*raid, follow_up(text, 61)])
    assert list(got) == ["art_ev_f"] and "ev_v" in got["art_ev_f"]
    with switch(mm, "UNPLACED", 0):
        assert "art_ev_f" not in mentions_of([*raid, follow_up(text, 61)])
    # Another site's name, or a toll that fits none of the raid's, tells another occurrence.
    assert "art_ev_f" not in mentions_of([*raid, follow_up(text.replace("Al-Nasr", "Al-Amal"), 61)])
    assert "art_ev_f" not in mentions_of([*raid, follow_up(text, 400)])
    # A follow-up naming the site by a longer name, or by the name alone with no operation told at it.
    for text in ("Al-Nasr Brigades says its fighters killed several soldiers in an ambush",
                 "Al-Nasr fans mourn players killed in the fighting"):
        assert "art_ev_f" not in mentions_of([*raid, follow_up(text, None)])


def test_a_place_rubric_makes_no_copy_of_another_place_story() -> None:
    title = "Russian missile strike on a residential building kills three people"
    kharkiv = Article(id="art_ev_k", title=f"Kharkiv: {title}", source="wire", published=DAY,
                      text="A missile hit a nine-storey block in the city overnight, killing three, the governor said.")
    odesa = Article(id="art_o", title=f"Odesa: {title}", source="wire", published=DAY + timedelta(1),
                    text="Three people died when a missile struck an apartment block in the port's centre, officials said.")
    assert story_key(kharkiv) == story_key(odesa) and not find_near_duplicates([kharkiv, odesa])
    assert copy_families([kharkiv, odesa], {}) == {}
    # The same lead under two rubrics is one story.
    again = odesa.model_copy(update={"text": kharkiv.text})
    assert copy_families([kharkiv, again], {}) == {"art_o": "art_ev_k"}
    # Headlines alone: the rubrics must be equal, case aside (one shared word is not enough: test_review_s15d).
    heads = [art("h1", f"Kharkiv: {title}"), art("h2", f"Odesa: {title}", DAY + timedelta(1)),
             art("h3", f"KHARKIV: {title}", DAY + timedelta(1), "paper")]
    assert copy_families(heads, {}) == {"h3": "h1"}


def test_a_title_one_outlet_gives_many_articles_of_a_day_is_boilerplate() -> None:
    page = "Breaking news, world news and video from the channel's site"
    arts = [art(f"b{k}", page, outlet="channel") for k in range(3)] + [art("b9", page, DAY + timedelta(1), "channel")]
    assert story_key(arts[0]) is not None and copy_families(arts, {}) == {}


def test_copy_mentions_read_each_family_once() -> None:
    head = "Strike on a bakery queue in the coastal strip kills a dozen people, officials say"
    events = [told("ev_a", "reuters", head, killed=12)]
    arts = [art("art_ev_a", head, outlet="reuters")] + [art(f"c{k}", head, outlet=f"paper{k}") for k in range(40)]
    got = [c.mentions for c in merge_events(events, articles=arts, duplicates=find_near_duplicates(arts))]
    assert got == [sorted(f"c{k}" for k in range(40))]
