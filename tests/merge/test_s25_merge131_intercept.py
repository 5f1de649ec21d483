"""Session 25, merge131: an interception of a drone, missile or rocket says an air attack happened (mention links)."""

from __future__ import annotations

from datetime import date

from merge_helpers import KYIV, next_day_mentions, strike, switch

import eventwire.merge.mentions as mm
from eventwire.merge.basics import words
from eventwire.model import Event, Evidence, Weapon

DAY = date(2024, 4, 13)


def _drone_report(eid: str, outlet: str, text: str) -> Event:
    """One outlet's headline of a drone attack on Kyiv, its evidence the headline."""
    ev = strike(eid, outlet, None, place=KYIV, day=DAY, actors=[])
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    ev.weapons = [Weapon(kind="drone")]
    return ev


def drone_attack() -> list[Event]:
    """Three outlets' headlines of one overnight drone attack on Kyiv."""
    heads = (("afp", "Russian drones hit Kyiv overnight"), ("ap", "Kyiv drone attack: buildings damaged"),
             ("bbc", "Drones strike Kyiv in overnight attack"))
    return [_drone_report(f"ev_d{k}", o, t) for k, (o, t) in enumerate(heads)]


def test_a_report_of_drones_to_intercept_is_a_mention_of_the_drone_attack() -> None:
    # One shared word, the attack's anchor ("drone"), and an interception: the report speaks of the attack.
    text = "Air defence plans to intercept drones before dawn, officials say"
    assert next_day_mentions(drone_attack(), DAY, text) == {"art_0": "sole_anchor"}


def test_drones_named_without_violence_or_interception_stay_apart() -> None:
    text = "Air defence plans to buy drones before dawn, officials say"
    assert next_day_mentions(drone_attack(), DAY, text) == {}


def told(text: str) -> bool:
    """`tells_violence` of a one-line report (its words and its lead)."""
    return mm.tells_violence(words(text), text)


def test_an_interception_tells_violence_only_of_what_flew() -> None:
    assert told("US ships intercepted missiles over the Red Sea")
    assert told("Israel intercepts rockets fired from Lebanon")
    assert told("Drone downed near the border")
    # A ship, a convoy or a message intercepted is no strike.
    assert not told("Navy intercepts aid ship bound for the port")
    assert not told("UN says food trucks being intercepted as hunger grows")
    assert not told("Agency relied on intercepts of militants' phone calls")
    # The violence words say it as before.
    assert told("Drone strike kills two")


def test_the_switch_turns_the_interception_reading_off() -> None:
    text = "Air defence plans to intercept drones before dawn, officials say"
    with switch(mm, "INTERCEPTS", 0):
        assert next_day_mentions(drone_attack(), DAY, text) == {}
        assert not told("US ships intercepted missiles over the Red Sea")
