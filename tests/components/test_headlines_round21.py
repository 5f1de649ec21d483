"""Round 21 (session 5): headline strikes, rocket fire and settler killings (headlines written for the test)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2024, 4, 14)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def test_party_strikes_a_place_in_a_headline_is_an_air_strike() -> None:
    evs = _violent("Israel strikes warehouse in Lebanon's Tyre district, officials say")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    said = _violent("Israeli army says it struck Hezbollah depot in Syria")
    assert [e.sub_event_type for e in said] == ["Air/drone strike"]


def test_strikes_as_a_noun_or_a_deal_is_no_event() -> None:
    # Guard (no event before this round either): what the headline-strike rule must not take.
    assert _violent("Israel strikes deal with Egypt over Rafah crossing") == []
    assert _violent("U.S. Strikes Won't End the Crisis in Yemen") == []


def test_rockets_fired_in_the_passive_is_a_shelling() -> None:
    evs = _violent("Army says 30 rockets fired from Lebanon toward Galilee")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    quoted = _violent("Hezbollah fires ‘dozens of rockets’ at army posts in Golan Heights")
    assert [e.sub_event_type for e in quoted] == ["Shelling/artillery/missile attack"]


def test_settlers_killing_a_civilian_is_an_attack() -> None:
    evs = _violent("Shepherd killed by settlers near Ramallah, ministry says")
    assert [e.sub_event_type for e in evs] == ["Attack"]
