"""Merge round-14 rule: a report resembling one event's reports, on a key word the event owns, is a mention."""

from __future__ import annotations

from datetime import date

from merge_helpers import next_day_links, strike

from eventwire.merge import merge_events
from eventwire.merge.mentions import COSINE_MARGIN, MIN_COSINE, link_mentions
from eventwire.model import Actor, Article, Event, Evidence

DAY = date(2021, 9, 6)
# Facts only: two Afghan towns and their coordinates.
KABUL = dict(name="Kabul", geonameid=1138958, lat=34.5281, lon=69.1723, country_code="AF", admin1="Kabul",
             feature_code="PPLC", precision=1)
KANDAHAR = dict(name="Kandahar", geonameid=1138336, lat=31.6133, lon=65.7101, country_code="AF", admin1="Kandahar",
                feature_code="PPLA", precision=1)


def _attack(eid: str, outlet: str, headline: str, place: dict, killed: int = 5) -> Event:
    """One outlet's headline of a Taliban attack (the headline is the event's own sentence)."""
    ev = strike(eid, outlet, killed, place=place, day=DAY, sub="Attack", etype="Violence against civilians",
                actors=[Actor(name="Taliban", text="Taliban", country_code="AF", sector="REB", role="actor"),
                        Actor(name="Civilians (Afghanistan)", country_code="AF", sector="CVL", role="recipient")])
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(headline), text=headline,
                            supports=["event_type"])]
    return ev


def _found(events: list[Event], *texts: str) -> dict[str, str]:
    """Mentions of next-day articles, by the first member of the event each names."""
    clusters, found = next_day_links(events, DAY, *texts)
    first = {c.id: min(c.member_ids) for c in clusters}
    return {a: first[m.cluster_id] for a, m in found.items()}


def _valley() -> list[Event]:
    return [_attack(f"ev_v{k}", o, h, KABUL) for k, (o, h) in enumerate((
        ("afp", "Taliban fighters execute five men in Panjshir valley village"),
        ("ap", "Taliban accused of killing five civilians in Panjshir valley"),
        ("bbc", "Five villagers shot dead by Taliban in Panjshir valley, residents say")))]


def test_a_report_resembling_one_event_on_its_attacker_s_name_is_a_mention() -> None:
    # "Brother of Afghan opposition figure executed by Taliban" names no struck site: the anchored
    # rules of rounds 11-13 cannot reach it. It shares the attacker's name and the valley's name.
    assert (MIN_COSINE, COSINE_MARGIN) == (0.15, 1.5)
    assert _found(_valley(), "Opposition figure says Taliban hold Panjshir valley, deny civilian deaths") == {
        "art_0": "ev_v0"}


def test_each_mention_says_which_test_linked_it() -> None:
    events = _valley()
    arts = [Article(id=e.article_ids[0], text=e.evidence[0].text, source=e.sources[0], published=DAY) for e in events]
    arts.append(Article(id="art_r", text="Taliban deny killing civilians in Panjshir valley", published=DAY))
    found = link_mentions(merge_events(events, mentions=False), events, arts)
    assert found["art_r"].rule == "similar" and "taliban" in found["art_r"].words


def test_resembling_an_event_by_its_place_alone_is_no_mention() -> None:
    # The valley's name is no key word: the day's other news of the place is not news of the attack.
    assert _found(_valley(), "Panjshir valley residents return to village homes as talks go on") == {}


def test_a_report_resembling_two_events_alike_names_neither() -> None:
    city = [_attack(f"ev_c{k}", o, h, KANDAHAR) for k, (o, h) in enumerate((
        ("afp", "Taliban fighters execute five men in Kandahar city"),
        ("ap", "Taliban accused of killing five men in Kandahar city")))]
    assert _found(_valley() + city, "Taliban deny killing men") == {}
    # With the valley named, the valley's attack is the one it resembles most, by the margin.
    assert _found(_valley() + city, "Taliban deny killing men in Panjshir valley") == {"art_0": "ev_v0"}


def test_a_lowo_setting_is_a_config_field_or_a_mentions_constant_restored_after() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import eventwire.merge.mentions as mentions
    from merge_windows import setting

    with setting("town_km", "40") as config:
        assert config is not None and config.town_km == 40.0 and config.threshold == 0.62
    with setting("MIN_COSINE", "0.3") as config:
        assert config is None and mentions.MIN_COSINE == 0.3
    assert mentions.MIN_COSINE == MIN_COSINE == 0.15
