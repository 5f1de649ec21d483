"""Pydantic records at every boundary (schema version 1)."""

from eventwire.model.actor import Actor
from eventwire.model.article import Article
from eventwire.model.event import (
    SCHEMA_VERSION,
    VIOLENT_TYPES,
    Claim,
    Count,
    DateSpan,
    Event,
    Flag,
    Plover,
    Weapon,
    is_violent,
)
from eventwire.model.evidence import Evidence
from eventwire.model.location import Location, PlaceMention

__all__ = [
    "SCHEMA_VERSION",
    "VIOLENT_TYPES",
    "Actor",
    "Article",
    "Claim",
    "Count",
    "DateSpan",
    "Event",
    "Evidence",
    "Flag",
    "Location",
    "PlaceMention",
    "Plover",
    "Weapon",
    "is_violent",
]
