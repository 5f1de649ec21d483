"""Fixtures for export tests: hand-built events (facts only, texts written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Actor, Count, DateSpan, Event, Evidence, Flag, Location, Plover, Weapon

# tests/ is on sys.path (the root conftest's folder), so the store tests' package is importable.
from store.samples import KYIV


@pytest.fixture
def events() -> list[Event]:
    """A drone strike on Kyiv, a protest without coordinates, and a PLOVER-only threat."""
    strike = Event(
        id="ev_0123456789abcdef",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover(event="ASSAULT", mode="drone", context=["military"]),
        date=DateSpan(start=date(2025, 6, 6), end=date(2025, 6, 6), precision="day", text="overnight"),
        location=KYIV,
        actors=[
            Actor(name="Military Forces of Russia", country_code="RU", sector="MIL", role="actor"),
            Actor(name="Civilians (Ukraine)", country_code="UA", sector="CVL", role="recipient"),
        ],
        fatalities=Count(low=4, best=4, text="at least four people were killed"),
        injured=Count(low=24, best=24, text="dozens of others were injured"),
        weapons=[Weapon(kind="drone"), Weapon(kind="missile", model="Kh-101")],
        evidence=[
            Evidence(
                article_id="art_1",
                start=0,
                end=52,
                text="Drones\u2002struck\nKyiv overnight, killing at least four.",
                supports=["fatalities"],
            )
        ],
        flags=[Flag(code="casualties_unsplit", message="test")],
        article_ids=["art_1"],
        sources=["Test Wire", "Other Outlet"],
        confidence=0.9,
    )
    protest = Event(
        id="ev_protest",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date=DateSpan(start=date(2025, 6, 2), precision="week"),
        location=Location(name="Somewhere", country_code="SY", precision=3),
        actors=[Actor(name='=HYPERLINK("x")', sector="PRO", role="actor")],
        fatalities=Count(low=24, best=24, text="dozens died"),
        sources=["Test Wire"],
    )
    threat = Event(
        id="ev_threat",
        plover=Plover(event="THREATEN", mode="violence"),
        date=DateSpan(start=date(2025, 6, 5), precision="day"),
        actors=[Actor(name="Vladimir Putin", country_code="RU", sector="GOV", role="actor", code="RUS")],
    )
    return [strike, protest, threat]
