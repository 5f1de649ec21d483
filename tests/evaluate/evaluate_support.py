"""Helpers for the evaluation tests: minimal events built from gold labels."""

from __future__ import annotations

from datetime import date

from eventwire.model import Event, Location
from eventwire.model.event import Count, DateSpan


def make_event(event_type: str, sub: str | None, day: date | None, name: str = "", lat: float | None = None,
               lon: float | None = None, cc: str | None = None, killed: int | None = None,
               injured: int | None = None, admin1: str | None = None) -> Event:
    """A minimal Event with the fields the scorers read."""
    loc = Location(name=name, lat=lat, lon=lon, country_code=cc, admin1=admin1) if name or cc else None
    return Event(event_type=event_type, sub_event_type=sub, date=DateSpan(start=day, end=day, precision="day"),
                 location=loc, fatalities=Count(low=killed, best=killed), injured=Count(low=injured, best=injured))
