"""Round-5 rules: next-day follow-ups of one outlet, roundups, and unplaced reports placed by their actors."""

from __future__ import annotations

from datetime import date

from merge_helpers import same_cluster, strike

from eventwire.merge import merge_events
from eventwire.model import Actor, DateSpan, Event

ALGERIA_ARMY = [Actor(name="Military Forces of Algeria", country_code="DZ", sector="MIL", role="actor")]
ALGERIA = dict(name="Algeria", geonameid=2589581, lat=28.0, lon=3.0, country_code="DZ", admin1=None,
               feature_code="PCLI", precision=3)


def undated(ev: Event) -> Event:
    """The event as a story with no date phrase gives it: the publication day."""
    ev.date = DateSpan(start=ev.date.start, end=ev.date.end, precision="day", text=None)
    return ev


def test_an_outlets_next_day_follow_up_without_a_date_phrase_merges() -> None:
    a = undated(strike("ev_a", "wire", 45))
    b = undated(strike("ev_b", "wire", 45, day=date(2025, 6, 7)))
    assert len(merge_events([a, b])) == 1


def test_stated_days_of_one_outlet_stay_apart() -> None:
    a = strike("ev_a", "wire", 45)
    b = strike("ev_b", "wire", 45, day=date(2025, 6, 7))
    b.date = DateSpan(start=b.date.start, end=b.date.end, precision="day", text="on Saturday")
    assert len(merge_events([a, b])) == 2


def test_roundup_items_of_one_outlet_on_consecutive_days_stay_apart() -> None:
    # A daily bulletin (five or more events per article) dates each item by its own day.
    day1 = [undated(strike(f"ev_a{k}", "bulletin", None, article="day1")) for k in range(5)]
    day2 = [undated(strike(f"ev_b{k}", "bulletin", None, article="day2", day=date(2025, 6, 7)))
            for k in range(5)]
    clusters = merge_events(day1 + day2)
    for cl in clusters:
        assert len({m[:4] for m in cl.member_ids}) == 1  # never a day-1 and a day-2 item together


def test_one_outlets_stories_coded_as_two_sub_types_merge_outside_roundups() -> None:
    a = strike("ev_a", "cnn", 7)
    b = strike("ev_b", "cnn", 7, sub="Shelling/artillery/missile attack")
    assert len(merge_events([a, b])) == 1


def test_an_unplaced_report_is_placed_in_its_actors_country() -> None:
    placed = strike("ev_a", "wire", 22, place=ALGERIA, sub="Armed clash", etype="Battles", actors=ALGERIA_ARMY)
    unplaced = strike("ev_b", "paper", 22, sub="Armed clash", etype="Battles", actors=ALGERIA_ARMY)
    unplaced.location = None
    (cl,) = merge_events([placed, unplaced])
    assert cl.event.location is not None and cl.event.location.country_code == "DZ"
    # Actors of two countries give no country: the report stays on its own.
    mixed = strike("ev_c", "paper", 22, sub="Armed clash", etype="Battles", actors=[
        *ALGERIA_ARMY, Actor(name="Military Forces of Mali", country_code="ML", sector="MIL", role="recipient")])
    mixed.location = None
    assert len(merge_events([placed, mixed])) == 2


def test_one_toll_on_one_day_links_two_codings_at_country_level() -> None:
    # "Four dead in suicide bombing in Libya" and "militants attack courthouse, killing 4".
    libya = dict(name="Libya", geonameid=2215636, lat=27.0, lon=17.0, country_code="LY", admin1=None,
                 feature_code="PCLI", precision=3)
    bombing = strike("ev_a", "afp", 4, place=libya, sub="Suicide bomb", actors=[])
    clash = strike("ev_b", "ap", 4, place=libya, sub="Armed clash", etype="Battles", actors=[])
    assert len(merge_events([bombing, clash])) == 1
    other_toll = strike("ev_c", "ap", 12, place=libya, sub="Armed clash", etype="Battles", actors=[])
    assert len(merge_events([bombing, other_toll])) == 2


def test_unplaced_reports_without_actors_merge_only_on_one_toll() -> None:
    a = strike("ev_a", "sohr", 160, sub="Armed clash", etype="Battles", actors=[])
    b = strike("ev_b", "vdc", 160, sub="Armed clash", etype="Battles", actors=[])
    c = strike("ev_c", "vdc", 40, sub="Armed clash", etype="Battles", actors=[])
    for e in (a, b, c):
        e.location = None
    assert len(merge_events([a, b])) == 1
    assert len(merge_events([a, c])) == 2


def test_a_country_level_report_joins_a_cluster_only_if_its_toll_fits_all_of_it() -> None:
    gaza = dict(name="Gaza", geonameid=281133, lat=31.5017, lon=34.4668, country_code="PS",
                admin1="Gaza Strip", feature_code="PPLA", precision=1)
    palestine = dict(name="Palestinian Territory", geonameid=6254930, lat=31.9, lon=35.2, country_code="PS",
                     admin1=None, feature_code="PCLI", precision=3)
    blast = [strike("ev_a", "nbc", 200, place=gaza, sub="Remote explosive/landmine/IED", actors=[]),
             strike("ev_b", "wsj", None, place=gaza, sub="Remote explosive/landmine/IED", actors=[])]
    teens = strike("ev_c", "reuters", 2, place=palestine, sub="Attack", etype="Violence against civilians",
                   actors=[])
    assert not same_cluster([*blast, teens], "ev_a", "ev_c")
    same_toll = strike("ev_d", "reuters", 180, place=palestine, sub="Attack", etype="Violence against civilians",
                       actors=[])
    assert same_cluster([*blast, same_toll], "ev_a", "ev_d")
