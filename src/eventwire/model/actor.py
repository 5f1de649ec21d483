"""Actors: who did what to whom, in ACLED and PLOVER conventions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

ActorRole = Literal["actor", "recipient", "speaker", "mentioned"]


class Actor(BaseModel):
    """A party to an event: ACLED-style name, ISO country, PLOVER sector and code."""

    name: str
    country_code: str | None = None
    sector: str | None = None
    role: ActorRole = "actor"
    code: str | None = None
    inter: int | None = None
    text: str | None = None
