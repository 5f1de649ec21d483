"""Resolved places: event locations and place mentions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

PlaceRole = Literal["event_location", "mentioned", "demonym", "metonym", "guess"]  # guess: given spans only


class Location(BaseModel):
    """Where an event happened, resolved to GeoNames (precision 1 town, 2 district/admin2 or near a town, 3 admin1/country)."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    precision: int = 1
    text: str | None = None
    # A point that only approximates the place (a village at its hromada's point): how far off it may be.
    uncertainty_km: float | None = None


class PlaceMention(BaseModel):
    """A toponym found in text and (maybe) resolved; the geoparser's output record."""

    article_id: str = ""
    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    population: int | None = None
    score: float = 0.0
    role: PlaceRole = "mentioned"
    radius_km: float | None = None  # set on a point that only approximates the place (no record of its own)
    alternatives: list[int] = Field(default_factory=list, exclude=True)
