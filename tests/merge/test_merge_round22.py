"""Merge round 22: the second fresh judge's windows, weapon anchors and orphans placed where an attacker from afar is not."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from merge_helpers import ISRAEL, KYIV, STRIP, assert_last_windows_apart, next_day_mentions, strike, switch

import eventwire.merge.mentions as mm
import eventwire.merge.orphans as mo
from eventwire.merge.features import to_rec
from eventwire.model import Actor, Event, Evidence, Weapon

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from merge_outlets_gold import WINDOWS  # noqa: E402
from merge_outlets_gold2 import WINDOWS2  # noqa: E402
from merge_outlets_gold3 import WINDOWS3  # noqa: E402
from merge_outlets_gold4 import LABELS4, WINDOWS4  # noqa: E402

DAY = date(2024, 4, 13)
# Facts only (GeoNames): Tehran, the capital of Iran.
TEHRAN = dict(name="Tehran", geonameid=112931, lat=35.69439, lon=51.42151, country_code="IR", admin1="Tehran",
              feature_code="PPLC", precision=1, text="Tehran")
IRAN_ARMY = [Actor(name="Military Forces of Iran", country_code="IR", sector="MIL", role="actor")]
US_ARMY = [Actor(name="Military Forces of the United States", country_code="US", sector="MIL", role="actor")]


def test_fresh2_windows_keep_away_from_every_other_window_and_each_other() -> None:
    assert_last_windows_apart(WINDOWS, WINDOWS2, WINDOWS3, WINDOWS4)
    # Pointers only (file:line), and each window has labelled occurrences beside the lines left out.
    assert all(re.fullmatch(r"[\w.-]+\.txt:\d+", k) for k in LABELS4)
    assert None in LABELS4.values() and len({v for v in LABELS4.values() if v}) >= 3


def _told(eid: str, outlet: str, text: str, kind: str | None, place: dict, actors: list[Actor]) -> Event:
    """One outlet's headline of an attack, its evidence the headline, naming the weapon kind `kind`."""
    ev = strike(eid, outlet, None, place=place, day=DAY, actors=list(actors))
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    ev.weapons = [Weapon(kind=kind)] if kind else []
    return ev


def drone_attack(kind: str = "drone") -> list[Event]:
    """Three outlets' headlines of one drone attack on Kyiv (no struck site; the attacker borders Ukraine)."""
    heads = (("afp", "Russian drones hit Kyiv overnight"), ("ap", "Kyiv drone attack: buildings damaged"),
             ("bbc", "Drones strike Kyiv in overnight attack"))
    return [_told(f"ev_d{k}", o, t, kind, KYIV, []) for k, (o, t) in enumerate(heads)]


def test_a_report_naming_what_flew_is_a_mention_of_the_attack() -> None:
    text = "Air defence tracked more than 100 drones heading for Kyiv, officials say"
    assert next_day_mentions(drone_attack(), DAY, text) == {"art_0": "words"}
    with switch(mm, "WEAPONS", 0):
        assert next_day_mentions(drone_attack(), DAY, text) == {}
    # Bombs and shells name any strike of a war: no anchor.
    assert next_day_mentions(drone_attack("explosive"), DAY, text) == {}


def iran_attack() -> list[Event]:
    """Three outlets' headlines of Iran's attack on Israel (the attacker, from afar, is its key word)."""
    heads = (("afp", "Iran launches attack on Israel"), ("ap", "Israel intercepts Iran attack"),
             ("bbc", "Iran attack on Israel: what we know"))
    return [_told(f"ev_i{k}", o, t, None, ISRAEL, IRAN_ARMY) for k, (o, t) in enumerate(heads)]


def _orphan(text: str, place: dict, actors: list[Actor]) -> Event:
    """A reaction coded an attack at the place it names: an event no other report tells."""
    ev = _told("ev_o0", "wire0", text, None, place, actors)
    ev.article_ids = ["art_0"]
    ev.evidence[0].article_id = "art_0"
    return ev


def _links(orphan: Event) -> dict[str, str]:
    return next_day_mentions([*iran_attack(), orphan], DAY, orphan.evidence[0].text)


def test_an_orphan_placed_where_its_far_attacker_is_not_keeps_no_place() -> None:
    # "Some in Gaza back Iran's attack on Israel", coded Iran attacking the Gaza Strip: Iran borders
    # neither, so the place is the reaction's, and the report is a mention of the attack.
    text = "Some in Gaza back Iran attack on Israel"
    assert _links(_orphan(text, STRIP, IRAN_ARMY)) == {}  # off by default (see orphans.FAR)
    with switch(mo, "FAR", 1):
        assert _links(_orphan(text, STRIP, IRAN_ARMY)) == {"art_0": "words"}
    # Placed in the attacker's own country: a place the attacker may act in, so a place of its own.
    assert _links(_orphan("Iran attack on Israel celebrated in Tehran", TEHRAN, IRAN_ARMY)) == {}
    # An attacker from afar that is not the told event's attacker: another occurrence.
    assert _links(_orphan(text, STRIP, US_ARMY)) == {}


# Facts only (GeoNames): two towns of Syria, a country Iran does not border.
IDLIB = dict(name="Idlib", geonameid=169388, lat=35.93062, lon=36.63393, country_code="SY", admin1="Idlib",
             feature_code="PPLA", precision=1, text="Idlib")
ALEPPO = dict(name="Aleppo", geonameid=170063, lat=36.20124, lon=37.16117, country_code="SY", admin1="Aleppo",
              feature_code="PPLA", precision=1, text="Aleppo")


def test_a_far_power_s_strike_on_another_town_of_the_country_keeps_its_place() -> None:
    heads = (("afp", "Iran missiles hit Idlib"), ("ap", "Idlib hit by Iran missiles"), ("bbc", "Iran strikes Idlib"))
    idlib = [_told(f"ev_r{k}", o, t, None, IDLIB, IRAN_ARMY) for k, (o, t) in enumerate(heads)]
    orphan = _orphan("Iran strike hits Aleppo as Idlib mourns", ALEPPO, IRAN_ARMY)
    # Aleppo is in the country the told strikes hit: a strike there of its own, not a misplaced reaction.
    assert next_day_mentions([*idlib, orphan], DAY, orphan.evidence[0].text) == {}
    assert not mo.from_afar(to_rec(0, orphan), [to_rec(1, e) for e in idlib])
    reaction = _orphan("Some in Gaza back Iran attack on Israel", STRIP, IRAN_ARMY)
    assert mo.from_afar(to_rec(0, reaction), [to_rec(1, e) for e in iran_attack()])
