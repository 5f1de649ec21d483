"""A party's or a weapon's fire in a lone headline is gunfire, not the blaze of a mishap (session 24, merge122)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2024, 3, 1)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def test_a_partys_fire_that_kills_is_an_attack() -> None:
    # Before: "fire" matched the mishap words, so the lone headline's toll coded nothing.
    for text, toll in (("Israeli fire kills 12 at food queue in Deir al-Balah", 12),
                       ("Sniper fire kills two in Aleppo", 2),
                       ("Tank fire kills 5 in Khan Younis", 5)):
        evs = _violent(text)
        assert len(evs) == 1, (text, evs)
        assert evs[0].fatalities.best == toll, text


def test_a_blaze_stays_a_mishap() -> None:
    for text in ("Nightclub fire kills 29 in Istanbul", "House fire kills 4 in Kirkuk", "Fire kills 10 at Lagos market",
                 "Forest fire kills 12 in Algeria", "Oil depot fire kills 12 in Lagos"):
        assert _violent(text) == [], text
