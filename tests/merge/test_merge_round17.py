"""Merge round-17 rules: a report stating a figure only one event gives, and orphan reports, are mentions."""

from __future__ import annotations

from datetime import date

from merge_helpers import headline_reports, next_day_mentions, strike, switch, wedding_hall

import eventwire.merge.mentions as mm
from eventwire.merge.toll_mentions import figures
from eventwire.model import Event, Evidence

DAY = date(2021, 9, 6)
# Facts only: a country centroid (the extractor's place for a report naming only the country).
PAKISTAN = dict(name="Pakistan", geonameid=1168579, lat=30.0, lon=70.0, country_code="PK", precision=3)
HERAT = dict(name="Herat", geonameid=1139715, lat=34.3482, lon=62.1997, country_code="AF", admin1="Herat",
             feature_code="PPLA", precision=1)
TOLL_TEXT = "Afghan officials: 5 dead at Kabul venue"  # no site, no attacker, no close resemblance


def herat_event(day: date, killed: int) -> Event:
    """Another attack of the day, in Herat, told by one report."""
    text = f"Gunmen kill {killed} at Herat checkpoint"
    ev = strike("ev_herat", "afp", killed, place=HERAT, day=day, sub="Attack", etype="Violence against civilians",
                actors=[])
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def test_figures_leave_out_years_ages_times_and_measures() -> None:
    assert figures("At least 22 dead across the Gaza Strip, 18 of them children") == {22, 18}
    assert figures("14-year-old boy found dead; 2 million displaced; at 0530 GMT in 2024") == set()
    assert figures("Death toll tops 1,200 as 3 more die") == {1200, 3}
    assert figures("2 more journalists killed, toll since Oct. 7 reaches 109; 7 October attack") == {2, 109}


def test_a_report_stating_the_event_s_figure_is_its_mention() -> None:
    with switch(mm, "TOLLS", 0):
        assert next_day_mentions(wedding_hall(DAY), DAY, TOLL_TEXT) == {}
    assert next_day_mentions(wedding_hall(DAY), DAY, TOLL_TEXT) == {"art_0": "toll"}


def test_a_figure_two_events_give_or_another_event_s_place_links_nothing() -> None:
    # A second event of the days with the same toll: the figure does not say which.
    same_toll = [*wedding_hall(DAY), herat_event(DAY, 5)]
    assert next_day_mentions(same_toll, DAY, TOLL_TEXT) == {}
    # The report names the other event's city: a report of something else there, not of the shooting.
    other = [*wedding_hall(DAY), herat_event(DAY, 9)]
    assert next_day_mentions(other, DAY, TOLL_TEXT) == {"art_0": "toll"}
    assert next_day_mentions(other, DAY, "Afghan officials: 5 dead at Kabul and Herat venues") == {}


def hospital_strike(day: date) -> list[Event]:
    """Three outlets' headlines of one strike on a Kabul hospital (the struck site is its key word)."""
    events = headline_reports(day, (
        ("afp", "Strike on Kabul hospital kills five"),
        ("ap", "Five dead as strike hits hospital in Kabul"),
        ("bbc", "Kabul hospital strike leaves five dead")))
    for ev in events:
        ev.damage = ["hospital"]
    return events


def _orphan(text: str, killed: int | None = None, place: dict | None = None, day: date = DAY,
            n: int = 0) -> Event:
    """An article whose one violent event no other report tells (coded an attack at the reacting country)."""
    ev = strike(f"ev_o{n}", f"wire{n}", killed, place=place or PAKISTAN, day=day, sub="Attack",
                etype="Violence against civilians", article=f"art_{n}", actors=[])
    ev.evidence = [Evidence(article_id=f"art_{n}", start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def _orphan_links(*orphans: Event) -> dict[str, str]:
    # Each orphan's text is its event's evidence; next_day_mentions adds it as "art_<n>", the day after.
    return next_day_mentions([*hospital_strike(DAY), *orphans], DAY, *(o.evidence[0].text for o in orphans))


ORPHAN_TEXT = "Pakistan condemns deadly strike on Kabul hospital"


def test_an_orphan_report_of_a_told_event_is_its_mention() -> None:
    # Coded an attack placed at Pakistan (the reacting country): an event no other report tells.
    with switch(mm, "ORPHANS", 0):
        assert _orphan_links(_orphan(ORPHAN_TEXT)) == {}
    assert _orphan_links(_orphan(ORPHAN_TEXT)) == {"art_0": "words"}


def test_an_orphan_s_own_place_cue_or_figure_may_say_it_is_another_event() -> None:
    # Placed at another town than the event's: a report of its own event there.
    assert _orphan_links(_orphan(ORPHAN_TEXT, place=HERAT)) == {}
    # A figure that fits none of the event's (5 killed): another attack.
    assert _orphan_links(_orphan(ORPHAN_TEXT, killed=40)) == {}
    assert _orphan_links(_orphan(ORPHAN_TEXT, killed=5)) == {"art_0": "words"}
    # "A new strike" on a later day than the event's: another occurrence.
    later = date(2021, 9, 7)
    assert _orphan_links(_orphan("Pakistan condemns new strike on Kabul hospital", day=later)) == {}


def test_a_fragment_few_reports_tell_is_a_mention_and_no_event_mentions_itself() -> None:
    # Two outlets' reactions, both coded an attack placed at Pakistan: one event of two reports (a
    # fragment), each a mention of the strike; the strike's own reports are never its mentions.
    pair = (_orphan(ORPHAN_TEXT), _orphan("Kabul hospital strike condemned by Pakistan", n=1))
    assert _orphan_links(*pair) == {"art_0": "words", "art_1": "words"}
    with switch(mm, "ORPHANS", 1):  # only events told by one article
        assert _orphan_links(*pair) == {}


def test_an_orphan_needs_more_than_the_place_the_merger_weighed() -> None:
    # The wedding-hall shooting has no key word (no struck-site kind, no named attacker): a report of it
    # with no event would rest on its place ("place" rule), but an orphan's event has a place of its own.
    text = "Pakistan condemns killing of five guests at Kabul wedding hall"
    ev = _orphan(text)
    assert next_day_mentions([*wedding_hall(DAY), ev], DAY, text) == {}
    assert next_day_mentions(wedding_hall(DAY), DAY, text) == {"art_0": "place"}
