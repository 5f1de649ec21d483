"""Shared helpers for the geoparsing tests."""

from __future__ import annotations

from eventwire.gazetteer.index import haversine_km
from eventwire.model import PlaceMention


def km(m: PlaceMention, lat: float, lon: float) -> float:
    """Distance in km from a resolved mention to a point (the mention must have coordinates)."""
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, lat, lon)
