"""Records produced by merging: reconciled figures, flags with evidence, canonical clusters."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import BaseModel, Field

from eventwire.model import Event


@dataclass(frozen=True)
class MergeConfig:
    """Blocking windows, score weights and tolerances; the defaults are the benchmarked ones."""

    max_days: int = 2  # candidate pairs at most this many days apart
    max_km: float = 50.0  # and at most this far apart (or in the same admin1)
    town_km: float = 25.0  # two towns named apart further than this are two places (a region's name is no town)
    threshold: float = 0.62  # pair score needed to link two reports
    w_type: float = 0.30
    w_place: float = 0.25
    w_date: float = 0.20
    w_actors: float = 0.15
    w_toll: float = 0.10
    toll_abs_tol: int = 1  # tolls differing by no more than this agree
    toll_rel_tol: float = 0.10  # ... or by no more than this share of the larger
    place_tol_km: float = 25.0  # precise places further apart than this disagree
    date_tol_days: int = 1  # start dates further apart than this disagree


class SourceFigure(BaseModel):
    """One report's figure: who said it, when, and the phrase it came from."""

    source: str  # independent source key (a story's reprints share one; an edited copy's own tolls: merge.copies)
    outlet: str | None = None
    event_id: str
    article_id: str | None = None
    published: date | datetime | None = None
    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str | None = None
    superseded: bool = False  # a later report from the same source replaced it
    copy_of: str | None = None  # the original's article id, when this report is a near-duplicate copy of it


class Figure(BaseModel):
    """A reconciled toll: low/best/high across sources, per-source values and corroboration."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    rule: str = "low=min of latest per-source lows; best=lower median of latest per-source bests; high=max"
    sources: int = 0  # independent sources that give a figure
    corroboration: dict[int, int] = Field(default_factory=dict)  # figure -> sources whose range holds it
    per_source: list[SourceFigure] = Field(default_factory=list)


class FlagEvidence(BaseModel):
    """What a member report said that raised a flag."""

    event_id: str
    source: str
    article_id: str | None = None
    value: str
    text: str | None = None


class ClusterFlag(BaseModel):
    """A contradiction or consistency warning on a canonical event, with its evidence."""

    code: str
    message: str
    evidence: list[FlagEvidence] = Field(default_factory=list)


class Cluster(BaseModel):
    """One real-world event: the canonical record, every member report and the reconciliation."""

    id: str
    event: Event
    member_ids: list[str]
    sources: list[str]  # independent source keys
    fatalities: Figure = Field(default_factory=Figure)
    injured: Figure = Field(default_factory=Figure)
    flags: list[ClusterFlag] = Field(default_factory=list)
    # Articles that name this event but report no violent event of their own (reactions, follow-ups),
    # or only one that few reports tell (a misplaced coding of this event; see `merge.mentions`):
    # kept apart from `sources`, so they add no figure and no vote.
    mentions: list[str] = Field(default_factory=list)
    # Member articles that are near-duplicate copies (reprints, lightly edited copies) -> the original they copy.
    copies: dict[str, str] = Field(default_factory=dict)
    # Ids of earlier merged events joined into this one (`merge.ids`): the store still resolves them.
    aliases: list[str] = Field(default_factory=list)


def cluster_id(member_ids: list[str]) -> str:
    """A fresh cluster's id: the hash of its smallest member id, whatever order the members came in."""
    # A stored cluster keeps its id across re-merges even when a report with a smaller id joins it:
    # `merge.ids.stable_ids` renames the fresh ids to the ones they continue.
    return "cev_" + hashlib.sha1(min(member_ids).encode("utf-8")).hexdigest()[:16]
