"""Shared pieces of the event scorers: data paths, P/R/F1, distances, greedy matching, type maps."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from eventwire.errors import UsageError
from eventwire.model import VIOLENT_TYPES, Event, is_violent  # noqa: F401 - the scorers' names for them

Extractor = Callable[[str, "date | None"], list[Event]]
G = TypeVar("G")
S = TypeVar("S")


class DataMissing(UsageError):
    """A benchmark corpus is not where the data folder should hold it."""


def data_dir() -> Path:
    """The shared data folder: $EVENTWIRE_DATA, else ../shared/data beside the repository."""
    env = os.environ.get("EVENTWIRE_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return here.parents[3].parent / "shared" / "data"


def corpus_path(*parts: str) -> Path:
    """A path under the data folder, or DataMissing with the path that was expected."""
    p = data_dir().joinpath(*parts)
    if not p.exists():
        raise DataMissing(f"benchmark data not found: {p} (set EVENTWIRE_DATA to the shared data folder)")
    return p


def default_extractor() -> Extractor:
    """eventwire.extract with the bundled pipeline."""
    from eventwire.api import extract

    def run(text: str, published: date | None) -> list[Event]:
        return extract(text, published=published)

    return run


@dataclass
class PRF:
    """True positives, false positives and false negatives, with precision/recall/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: PRF) -> None:
        """Accumulate another count into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Counts and rounded scores, the shape every scorer reports."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    """A hit count over a total (accuracy of a field on matched pairs)."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one judged item."""
        self.total += 1
        self.hit += int(ok)

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Hits, total and the rounded ratio."""
        return {"hit": self.hit, "total": self.total, "value": round(self.value, 4)}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def greedy_match(
    gold: Sequence[G], system: Sequence[S], score: Callable[[G, S], float | None]
) -> list[tuple[int, int]]:
    """Pairs (gold index, system index), best score first; `score` None means incompatible."""
    cands: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            sc = score(g, s)
            if sc is not None:
                cands.append((sc, gi, si))
    # Highest score first; ties broken by document order so results are deterministic.
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def fatalities_of(ev: Event) -> int | None:
    """Best, else low, killed figure of an event."""
    c = ev.fatalities
    return c.best if c.best is not None else c.low


def injured_of(ev: Event) -> int | None:
    """Best, else low, injured figure of an event."""
    c = ev.injured
    return c.best if c.best is not None else c.low


def round4(x: float) -> float:
    """Round a score for reports."""
    return round(x, 4)
