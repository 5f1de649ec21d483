"""Figure reconciliation: per-source tolls into one low/best/high without overwriting any."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from eventwire.merge.features import national_part
from eventwire.merge.types import Figure, SourceFigure
from eventwire.model import Event

RULE = (
    "latest report per independent source supersedes its earlier ones (another outlet's reprint does not); "
    "low = min of their lows (most conservative credible); best = lower median of their bests; "
    "high = max of their highs/bests"
)


def _when(sf: SourceFigure) -> datetime:
    p = sf.published
    if p is None:
        return datetime.min
    if isinstance(p, datetime):
        return p.replace(tzinfo=None)
    if isinstance(p, date):
        return datetime.combine(p, time.min)
    return datetime.min


def source_figures(
    members: Sequence[Event],
    kind: str,
    source_of: dict[str, str],
    published_of: dict[str, date | datetime | None],
    copies: dict[str, str] | None = None,
) -> list[SourceFigure]:
    """Every member's figure of `kind` ('fatalities' or 'injured'), latest per source marked.

    copies: article id of a near-duplicate copy -> its original's; another outlet's copy never supersedes
    the source's own report (only the outlet's own later reports do), the first copy stands when alone.
    """
    copies = copies or {}
    out: list[SourceFigure] = []
    for ev in members:
        c = getattr(ev, kind)
        if c.low is None and c.best is None and c.high is None:
            continue
        if kind == "fatalities" and national_part(ev):
            continue  # "Three Britons killed" counts part of the strike's dead: no source's toll of it
        out.append(
            SourceFigure(
                source=source_of[ev.id],
                outlet=ev.sources[0] if ev.sources else None,
                event_id=ev.id,
                article_id=ev.article_ids[0] if ev.article_ids else None,
                published=published_of.get(ev.id),
                low=c.low,
                best=c.best if c.best is not None else c.low,
                high=c.high,
                text=c.text,
                copy_of=copies.get(ev.article_ids[0]) if copies and ev.article_ids else None,
            )
        )
    # Unknown publication times sort first so a dated update wins; ties break on event id.
    out.sort(key=lambda s: (s.source, _when(s), s.event_id))
    by_source: dict[str, list[SourceFigure]] = {}
    for sf in out:
        by_source.setdefault(sf.source, []).append(sf)
    for group in by_source.values():
        # The source's latest own report stands; another outlet's reprint never does while an own one is there.
        own = [f for f in group if not reprinted(f)]
        standing = own[-1] if own else group[0]
        for f in group:
            f.superseded = f is not standing
    return out


def reprinted(f: SourceFigure) -> bool:
    """Another outlet's copy of the source's story: it restates the source, it never updates its figure."""
    return f.copy_of is not None and f.outlet != f.source


def reconcile(figs: list[SourceFigure]) -> Figure:
    """Low/best/high across the latest per-source figures, with corroboration counts."""
    latest = [f for f in figs if not f.superseded]
    if not latest:
        return Figure(rule=RULE, per_source=figs)
    lows = [f.low if f.low is not None else f.best for f in latest]
    bests = sorted(f.best for f in latest if f.best is not None)
    highs = [max(v for v in (f.low, f.best, f.high) if v is not None) for f in latest]
    lows_known = [v for v in lows if v is not None]
    best = bests[(len(bests) - 1) // 2] if bests else None
    corroboration: dict[int, int] = {}
    for value in sorted({v for f in latest for v in (f.low, f.best, f.high) if v is not None}):
        corroboration[value] = sum(1 for f in latest if _holds(f, value))
    return Figure(
        low=min(lows_known) if lows_known else None,
        best=best,
        high=max(highs) if highs else None,
        rule=RULE,
        sources=len(latest),
        corroboration=corroboration,
        per_source=figs,
    )


def _holds(f: SourceFigure, value: int) -> bool:
    # A source corroborates a figure it states, or one inside the range it gives.
    if value in (f.low, f.best, f.high):
        return True
    lo = f.low if f.low is not None else f.best
    return lo is not None and f.high is not None and lo <= value <= f.high
