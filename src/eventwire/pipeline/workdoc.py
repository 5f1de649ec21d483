"""WorkDoc: the one working document that flows through the pipeline's components."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.model import Article, Claim, Count, Event, Flag, PlaceMention


@dataclass(slots=True)
class Sentence:
    """A sentence as character offsets into the article text."""

    start: int
    end: int


@dataclass(slots=True)
class NumberMention:
    """A quantity phrase ("at least four", "dozens", "3-5") as a low/best/high range."""

    start: int
    end: int
    text: str
    low: int | None
    best: int | None
    high: int | None


@dataclass(slots=True)
class DateMention:
    """A date expression resolved against the publication date."""

    start: int
    end: int
    text: str
    start_date: date | None
    end_date: date | None
    precision: str  # day | week | month | year | unknown
    relative: bool = False  # resolved from "Sunday", "yesterday", ... rather than stated in full


@dataclass(slots=True)
class ActorMention:
    """A party named in text: a state, its forces, a demonym, an armed group or a person."""

    start: int
    end: int
    text: str
    name: str  # normalized, ACLED-style where possible ("Military Forces of Russia (2000-)")
    kind: str  # state | force | demonym | group | person | organisation | civilians
    country_code: str | None = None  # ISO-2
    code: str | None = None  # PLOVER/CAMEO-style code: ISO-3 or IGO
    sector: str | None = None  # GOV MIL CVL REB ...
    role: str | None = None  # for persons: office ("Mayor of Kyiv")


@dataclass(slots=True)
class Trigger:
    """A word or phrase that signals an event, with its coding and factual status."""

    start: int
    end: int
    text: str
    sentence: int
    event_type: str | None  # ACLED event_type or None for political events
    sub_event_type: str | None
    plover: str | None = None
    mode: str | None = None
    status: str = "asserted"  # asserted | negated | future | hypothetical | historical


@dataclass(slots=True)
class CasualtyMention:
    """Killed or injured people with their count."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str  # killed | injured
    count: Count


@dataclass(slots=True)
class WeaponMention:
    """A weapon kind/model, with launched/intercepted tallies when stated."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str  # drone | missile | rocket | artillery | aircraft | ...
    model: str | None = None
    launched: int | None = None
    intercepted: int | None = None


@dataclass(slots=True)
class DamageMention:
    """Physical damage or destroyed objects ("apartment buildings were set on fire")."""

    start: int
    end: int
    text: str
    sentence: int
    label: str


@dataclass
class WorkDoc:
    """Everything known about one article while it is being processed."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    weapons: list[WeaponMention] = field(default_factory=list)
    damage: list[DamageMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)  # why something was not coded
    meta: dict[str, Any] = field(default_factory=dict)
    # (sentence list, its starts, its ends) for `sentence_of`; rebuilt when `sentences` is replaced or resized.
    _bounds: tuple[list[Sentence], list[int] | None, list[int]] | None = field(default=None, init=False, repr=False,
                                                                         compare=False)

    @property
    def text(self) -> str:
        """The article text; every offset in the WorkDoc points into it."""
        return self.article.text

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a character offset (-1 if none)."""
        # A long report asks this thousands of times: one C bisect over the starts instead of a Python loop. The
        # same answer as the search below whenever the sentences are in order and do not overlap (as split).
        b = self._bounds
        sents = self.sentences
        if b is None or b[0] is not sents or len(b[2]) != len(sents):
            b = self._bounds = _bounds_of(sents)
        if b[1] is not None:
            i = bisect_right(b[1], offset) - 1
            return i if i >= 0 and offset < b[2][i] else -1
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1

    def sentence_text(self, index: int) -> str:
        """Text of sentence `index`."""
        s = self.sentences[index]
        return self.text[s.start : s.end]


def _bounds_of(sents: list[Sentence]) -> tuple[list[Sentence], list[int] | None, list[int]]:
    """The sentences' starts and ends; no starts (so no bisect) when they are out of order or overlap."""
    starts = [x.start for x in sents]
    ends = [x.end for x in sents]
    ordered = all(a <= b for a, b in zip(starts, ends, strict=True)) and all(
        ends[k] <= starts[k + 1] for k in range(len(sents) - 1))
    return sents, starts if ordered else None, ends
