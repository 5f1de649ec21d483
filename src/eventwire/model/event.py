"""The Event record (schema version 1): one event type, location and day."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from eventwire.model.actor import Actor
from eventwire.model.evidence import Evidence
from eventwire.model.location import Location

SCHEMA_VERSION = 1
Precision = Literal["day", "week", "month", "year", "unknown"]


class Count(BaseModel):
    """A figure as a UCDP-style range, always with the phrase it came from."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str | None = None


class DateSpan(BaseModel):
    """When: a resolved start/end with a precision and the source expression."""

    start: date | None = None
    end: date | None = None
    precision: Precision = "unknown"
    text: str | None = None


class Plover(BaseModel):
    """PLOVER coding: event category, mode and contexts."""

    event: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)


class Weapon(BaseModel):
    """A weapon kind (drone, missile, ...) with tallies when the text states them."""

    kind: str
    model: str | None = None
    launched: int | None = None
    intercepted: int | None = None


class Claim(BaseModel):
    """A statement attributed to a speaker, with its span."""

    speaker: str
    role: str | None = None
    text: str
    start: int
    end: int


class Flag(BaseModel):
    """A consistency or contradiction warning, with the evidence that raised it."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None


class Event(BaseModel):
    """A structured, geolocated, source-linked event record."""

    id: str = ""
    schema_version: int = SCHEMA_VERSION
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: Plover | None = None
    date: DateSpan = Field(default_factory=DateSpan)
    location: Location | None = None
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Count = Field(default_factory=Count)
    injured: Count = Field(default_factory=Count)
    weapons: list[Weapon] = Field(default_factory=list)
    damage: list[str] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    confidence: float = 0.5
    aliases: list[str] = Field(default_factory=list)  # a merged event's earlier ids, joined into it (merge.ids)


# ACLED's event types of political violence: what the event gold scores and what assembly treats as attacks.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def is_violent(ev: Event) -> bool:
    """True for an event of one of ACLED's four violent event types."""
    return ev.event_type in VIOLENT_TYPES
