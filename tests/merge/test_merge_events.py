"""Cross-source event merging: blocking, scores, clusters, reconciled figures."""

from __future__ import annotations

import random
from datetime import date, datetime

from merge_helpers import BROVARY, KHARKIV, roundup, same_cluster, strike

from eventwire.merge import EventMerger, MergeConfig, cluster_id, merge_events
from eventwire.model import Actor, Article, DateSpan, Event


def test_two_outlets_different_tolls_one_event_two_sources() -> None:
    a = strike("ev_a", "Outlet A", 4, text="at least four people were killed")
    b = strike("ev_b", "Outlet B", 6, text="six people were killed")
    (cl,) = merge_events([a, b])
    assert cl.member_ids == ["ev_a", "ev_b"]
    assert cl.sources == ["Outlet A", "Outlet B"]
    assert (cl.fatalities.low, cl.fatalities.best, cl.fatalities.high) == (4, 4, 6)
    assert cl.event.fatalities.low == 4 and cl.event.fatalities.high == 6
    assert cl.fatalities.corroboration == {4: 1, 6: 1}
    codes = {f.code for f in cl.flags}
    assert "fatalities_disagreement" in codes
    flag = next(f for f in cl.flags if f.code == "fatalities_disagreement")
    assert {e.text for e in flag.evidence} == {"at least four people were killed", "six people were killed"}
    assert {f.code for f in cl.event.flags} >= {"fatalities_disagreement"}
    assert cl.event.sources == ["Outlet A", "Outlet B"] and cl.event.id == cl.id


def test_agreeing_sources_corroborate_and_raise_no_flag() -> None:
    evs = [strike(f"ev_{i}", f"Outlet {i}", 4) for i in range(3)]
    (cl,) = merge_events(evs)
    assert cl.fatalities.best == 4 and cl.fatalities.sources == 3
    assert cl.fatalities.corroboration == {4: 3}
    assert not cl.flags
    assert cl.event.confidence > 0.9  # three independent sources at 0.7


def test_different_places_days_and_types_stay_apart() -> None:
    evs = [
        strike("ev_kyiv", "A"),
        strike("ev_kharkiv", "B", place=KHARKIV),  # 410 km away
        strike("ev_later", "C", day=date(2025, 6, 10)),  # four days later
        strike("ev_protest", "D", etype="Protests", sub="Peaceful protest", killed=None),
    ]
    assert len(merge_events(evs)) == 4


def test_nearby_place_next_day_merges() -> None:
    # Brovary is ~20 km from Kyiv centre: outlets often name the suburb or the city.
    a = strike("ev_a", "A")
    b = strike("ev_b", "B", place=BROVARY, day=date(2025, 6, 7))
    (cl,) = merge_events([a, b])
    assert cl.event.location and cl.event.location.name in {"Kyiv", "Brovary"}
    assert cl.event.date.start == date(2025, 6, 6) or cl.event.date.start == date(2025, 6, 7)


def test_events_of_one_article_are_never_merged() -> None:
    a = strike("ev_a", "A", article="art_1")
    b = strike("ev_b", "A", article="art_1", sub="Shelling/artillery/missile attack")
    assert len(merge_events([a, b])) == 2


def test_later_update_from_same_source_supersedes() -> None:
    first = strike("ev_1", "Wire", 4, article="art_1")
    update = strike("ev_2", "Wire", 9, article="art_2")
    other = strike("ev_3", "Paper", 5, article="art_3")
    arts = [
        Article(id="art_1", text="x", source="Wire", published=datetime(2025, 6, 6, 6)),
        Article(id="art_2", text="y", source="Wire", published=datetime(2025, 6, 6, 18)),
        Article(id="art_3", text="z", source="Paper", published=datetime(2025, 6, 6, 9)),
    ]
    (cl,) = merge_events([first, update, other], articles=arts)
    assert cl.sources == ["Paper", "Wire"]
    superseded = {f.event_id for f in cl.fatalities.per_source if f.superseded}
    assert superseded == {"ev_1"}
    # Latest per source: Wire 9, Paper 5 → low 5, best lower median 5, high 9.
    assert (cl.fatalities.low, cl.fatalities.best, cl.fatalities.high) == (5, 5, 9)
    assert cl.fatalities.sources == 2
    assert len(cl.fatalities.per_source) == 3  # the earlier figure is kept, not overwritten


def test_syndicated_copies_count_as_one_source() -> None:
    orig = strike("ev_1", "AP", 4, article="art_ap")
    copy1 = strike("ev_2", "Daily Paper", 4, article="art_copy1")
    copy2 = strike("ev_3", "Evening Post", 4, article="art_copy2")
    own = strike("ev_4", "Reuters", 4, article="art_r")
    dups = {"art_copy1": "art_ap", "art_copy2": "art_ap"}
    (cl,) = merge_events([orig, copy1, copy2, own], duplicates=dups)
    assert cl.sources == ["AP", "Reuters"]
    assert cl.fatalities.corroboration == {4: 2}
    assert len(cl.member_ids) == 4 and len(cl.event.article_ids) == 4


def test_cluster_ids_are_deterministic_and_order_independent() -> None:
    evs = [strike(f"ev_{i:02d}", f"S{i % 3}", 4 + i % 2, article=f"art_{i}") for i in range(12)]
    evs += [strike(f"ev_k{i}", "K", 2, place=KHARKIV, article=f"art_k{i}") for i in range(3)]
    ref = [(c.id, c.member_ids, c.fatalities.best) for c in merge_events(evs)]
    rng = random.Random(7)
    for _ in range(3):
        shuffled = evs[:]
        rng.shuffle(shuffled)
        assert [(c.id, c.member_ids, c.fatalities.best) for c in merge_events(shuffled)] == ref
    assert ref[0][0].startswith("cev_") and {r[0] for r in ref} == {
        cluster_id([e.id for e in evs if e.location.name == n]) for n in ("Kyiv", "Kharkiv")  # type: ignore[union-attr]
    }


def test_incremental_adds_equal_batch_and_rerun_is_idempotent() -> None:
    evs = [strike(f"ev_{i}", f"S{i}", 3 + i, article=f"art_{i}") for i in range(5)]
    evs.append(strike("ev_k", "K", 1, place=KHARKIV))
    batch = {c.id: c.member_ids for c in merge_events(evs)}
    m = EventMerger()
    upd1 = m.add(evs[:2])
    m.add(evs[2:4])
    upd3 = m.add(evs[4:])
    assert {c.id: c.member_ids for c in m.clusters.values()} == batch
    assert upd1.clusters and upd3.links >= 1
    again = m.add(evs)  # the same events again change nothing
    assert again.clusters == [] and again.removed == []
    assert {c.id: c.member_ids for c in m.clusters.values()} == batch


def test_threshold_is_configurable() -> None:
    a = strike("ev_a", "A")
    b = strike("ev_b", "B", place=BROVARY, day=date(2025, 6, 8))
    assert len(merge_events([a, b], config=MergeConfig(threshold=0.99))) == 2


def test_a_strike_and_a_counter_strike_stay_apart() -> None:
    # Russia striking Ukrainians and Ukraine striking Russians at one town on one day: two events.
    ru = [Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor"),
          Actor(name="Military Forces of Ukraine", country_code="UA", sector="MIL", role="recipient")]
    ua = [Actor(name="Military Forces of Ukraine", country_code="UA", sector="MIL", role="actor"),
          Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="recipient")]
    assert len(merge_events([strike("ev_a", "A", actors=ru), strike("ev_b", "B", actors=ua)])) == 2


def test_a_clash_and_a_capture_at_one_town_stay_apart() -> None:
    clash = strike("ev_a", "A", etype="Battles", sub="Armed clash", killed=None)
    capture = strike("ev_b", "B", etype="Battles", sub="Government regains territory", killed=None)
    assert len(merge_events([clash, capture])) == 2


def test_one_outlet_two_strike_types_or_targets_stay_apart() -> None:
    # Items of one outlet's roundups (a daily bulletin codes each occurrence the same way each time).
    a = strike("ev_a", "ISW", killed=None, sub="Air/drone strike")
    b = strike("ev_b", "ISW", killed=None, sub="Shelling/artillery/missile attack")
    assert not same_cluster(roundup(a) + roundup(b), "ev_a", "ev_b")
    c, d = strike("ev_c", "ISW", killed=None), strike("ev_d", "ISW", killed=None)
    c.damage, d.damage = ["bridge"], ["power plant"]
    assert len(merge_events([c, d])) == 2
    e, f = strike("ev_e", "ISW", killed=None), strike("ev_f", "ISW", killed=None)
    e.damage, f.damage = ["bridge"], ["bridge"]
    assert len(merge_events([e, f])) == 1  # the same strike restated in the next bulletin


def test_a_date_range_does_not_bridge_distinct_days() -> None:
    # "on January 13", "on January 14", "on January 15-16" from one bulletin: three events, no chain.
    def bulletin(eid: str, start: date, end: date) -> Event:
        e = strike(eid, "ISW", killed=None, etype="Battles", sub="Armed clash", day=start)
        e.date = DateSpan(start=start, end=end, precision="day", text="on")
        return e

    evs = [bulletin("ev_13", date(2023, 1, 13), date(2023, 1, 13)),
           bulletin("ev_14", date(2023, 1, 14), date(2023, 1, 14)),
           bulletin("ev_15", date(2023, 1, 15), date(2023, 1, 16))]
    assert len(merge_events(evs)) == 3
    # Another outlet reporting the 14th may still join the bulletin's report of that day.
    other = strike("ev_x", "Other", killed=None, etype="Battles", sub="Armed clash", day=date(2023, 1, 14))
    sizes = sorted(len(c.member_ids) for c in merge_events([*evs, other]))
    assert sizes == [1, 1, 2]
