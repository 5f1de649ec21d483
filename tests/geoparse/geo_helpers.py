"""Shared helpers for the geoparsing tests."""

from __future__ import annotations

from eventwire.gazetteer.index import haversine_km
from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.recognize import casing, recognise
from eventwire.geoparsing.resolve import _context_voters
from eventwire.model import PlaceMention


def km(m: PlaceMention, lat: float, lon: float) -> float:
    """Distance in km from a resolved mention to a point (the mention must have coordinates)."""
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, lat, lon)


def given_pick(text: str, name: str) -> tuple[str, str | None]:
    """Country and admin-1 of the pick for `name`'s first span, the span given (guesses on)."""
    start = text.index(name)
    p = default_geoparser().resolve_given(text, [(start, start + len(name))], guesses=True)[0]
    assert p is not None
    return p.country_code, p.admin1


def given_voters(text: str, name: str) -> list[str]:
    """The context names that vote for the setting when `name` alone is given."""
    gz = default_geoparser().gz
    ctx = recognise(gz, text, casing(text))
    given = [c for c in ctx if c.text == name][:1]
    return [c.text for c, _, _ in _context_voters(gz, text, given, ctx, {}, 0.6, {})]
