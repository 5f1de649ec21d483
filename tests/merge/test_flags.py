"""Contradiction and consistency flags with their evidence."""

from __future__ import annotations

from datetime import date, datetime

from merge_helpers import BROVARY, QATANA, strike

from eventwire.merge import MergeConfig, merge_events
from eventwire.merge.flags import party_country
from eventwire.model import Actor, Article, DateSpan


def _codes(cl) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in cl.flags}


def test_toll_falling_between_updates_of_one_source() -> None:
    arts = [
        Article(id="a1", text="x", source="Wire", published=datetime(2025, 6, 6, 6)),
        Article(id="a2", text="y", source="Wire", published=datetime(2025, 6, 6, 20)),
    ]
    evs = [strike("ev_1", "Wire", 9, article="a1"), strike("ev_2", "Wire", 4, article="a2")]
    (cl,) = merge_events(evs, articles=arts)
    flag = next(f for f in cl.flags if f.code == "fatalities_decreased")
    assert [e.value for e in flag.evidence] == ["9", "4"]
    assert "from 9 to 4" in flag.message
    assert "fatalities_disagreement" not in _codes(cl)  # one source: its latest figure stands


def test_place_and_date_disagreement() -> None:
    a = strike("ev_a", "A", day=date(2025, 6, 6))
    b = strike("ev_b", "B", place=BROVARY, day=date(2025, 6, 8))  # ~20 km, two days later
    # B's day is its publication's (no date phrase): two stated days this far apart are two events (issue #5).
    b = b.model_copy(update={"date": DateSpan(start=date(2025, 6, 8), end=date(2025, 6, 8), precision="day")})
    (cl,) = merge_events([a, b])
    assert "date_disagreement" in _codes(cl)
    assert "place_disagreement" not in _codes(cl)  # 20 km is within tolerance
    (cl2,) = merge_events([a, b], config=MergeConfig(place_tol_km=10))
    place = next(f for f in cl2.flags if f.code == "place_disagreement")
    assert {e.value for e in place.evidence} == {"Kyiv", "Brovary"}


def test_single_party_source() -> None:
    assert party_country("Russian Ministry of Defence") == "RU"
    assert party_country("TASS") == "RU"
    assert party_country("Reuters") is None
    (cl,) = merge_events([strike("ev_a", "Russian Ministry of Defence", None)])
    assert "single_party_source" in _codes(cl)
    (cl2,) = merge_events([strike("ev_a", "Russian Ministry of Defence", None), strike("ev_b", "Reuters", None)])
    assert "single_party_source" not in _codes(cl2)


def test_actor_attacking_itself() -> None:
    same = [Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor"),
            Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="recipient")]
    (cl,) = merge_events([strike("ev_a", "A", actors=same)])
    assert "self_attack" in _codes(cl)
    (cl2,) = merge_events([strike("ev_b", "A")])
    assert "self_attack" not in _codes(cl2)


def test_two_sides_of_one_battle_are_not_self_attack() -> None:
    # One report has Russia attacking, the other Ukraine attacking Russian forces: pooled, the
    # canonical record lists Russia as both attacker and target, but no single report says so.
    ru = [Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor")]
    ua = [Actor(name="Military Forces of Ukraine", country_code="UA", sector="MIL", role="actor"),
          Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="recipient")]
    clash = dict(etype="Battles", sub="Armed clash")
    (cl,) = merge_events([strike("ev_a", "A", actors=ru, **clash), strike("ev_b", "B", actors=ua, **clash)])
    assert len(cl.member_ids) == 2
    roles = {(a.name, a.role) for a in cl.event.actors}
    assert ("Military Forces of Russia", "actor") in roles and ("Military Forces of Russia", "recipient") in roles
    assert "self_attack" not in _codes(cl)


def test_a_report_in_another_country_does_not_merge() -> None:
    # The seed story's stray Qatana (Syria) sentence: same day and type, but 2,000 km away.
    assert len(merge_events([strike("ev_a", "A"), strike("ev_q", "B", place=QATANA)])) == 2


def test_a_leader_and_his_army_in_a_political_event_are_not_self_attack() -> None:
    # "Putin ordered Russian forces to ..." (a political event) names one state twice; only an attack can be self-attack.
    pair = [Actor(name="Vladimir Putin", country_code="RU", sector="GOV", role="actor"),
            Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="recipient")]
    political = strike("ev_a", "A", actors=pair).model_copy(update={"event_type": None, "sub_event_type": None})
    (cl,) = merge_events([political])
    assert "self_attack" not in _codes(cl)
    (cl2,) = merge_events([strike("ev_b", "A", actors=pair)])  # the same pair in a strike is flagged
    assert "self_attack" in _codes(cl2)
