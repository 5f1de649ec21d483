"""Helpers shared by the export formats: countries, actors, figures, spreadsheet-safe cells."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pycountry

from eventwire.model import Actor, Count, DateSpan, Event, Location
from eventwire.store.base import event_article_ids


@dataclass
class ExportResult:
    """What a writer did: records written, records skipped (the format cannot hold them)."""

    written: int = 0
    skipped: int = 0
    undated: int = 0  # of the skipped: events with no date, for a format that needs one (ACLED)


# RFC 7946 §11.2: six decimals is ~10 cm, more is noise.
PRECISION = 6


def position(loc: Location | None) -> list[float] | None:
    """RFC 7946 position [lon, lat] of a place, or None unless both are finite WGS84 degrees (NaN is no JSON)."""
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    if not (math.isfinite(loc.lat) and math.isfinite(loc.lon) and abs(loc.lat) <= 90 and abs(loc.lon) <= 180):
        return None
    return [round(loc.lon, PRECISION), round(loc.lat, PRECISION)]


@lru_cache(maxsize=512)
def iso3(cc: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code (Kosovo: XKX, as used by the EU and ACLED)."""
    if not cc:
        return None
    cc = cc.upper()
    if cc == "XK":
        return "XKX"
    rec = pycountry.countries.get(alpha_2=cc)
    return rec.alpha_3 if rec else None


def actors_with_role(event: Event, role: str) -> list[Actor]:
    """The event's actors with one role, in order."""
    return [a for a in event.actors if a.role == role]


def figure_columns(event: Event) -> dict[str, int | None]:
    """fatalities_low/best/high and injured_low/best/high, the flat columns of the tabular formats."""
    return {f"{name}_{part}": getattr(getattr(event, name), part)
            for name in ("fatalities", "injured") for part in ("low", "best", "high")}


def count_cell(count: Count) -> str:
    """A figure for a human: '4', '4-6', '≥24' or '' when unknown."""
    low, best, high = count.low, count.best, count.high
    if low is None and best is None and high is None:
        return ""
    if high is not None and low is not None and high != low:
        return f"{low}-{high}"
    if best is not None:
        return str(best)
    if low is not None:
        return f"≥{low}"
    return f"≤{high}"


# Between the first and last day of a span, where a person reads it ("2022-06-27 … 2022-06-29").
SPAN_SEP = " … "


def _unit(day: date, precision: str, last: bool) -> str | None:
    """'2021' or '2021-09' when `day` opens (or with `last`, closes) that year or month, else None."""
    if precision == "year" and (day.month, day.day) == ((12, 31) if last else (1, 1)):
        return str(day.year)
    if precision == "month" and day.day == (calendar.monthrange(day.year, day.month)[1] if last else 1):
        return f"{day.year}-{day.month:02d}"
    return None


def date_label(span: DateSpan, sep: str = SPAN_SEP) -> str:
    """A date as precisely as it is known: '2021' (a year), '2021-09' (a month), '2022-06-27', or
    '2022-06-27 … 2022-06-29' (a span of days); '' when undated."""
    start, end = span.start, span.end or span.start
    if start is None or end is None:
        return ""
    first, last = _unit(start, span.precision, False), _unit(end, span.precision, True)
    if first and last:  # a whole year or month ("in 2021" is stored as 2021-01-01 … 2021-12-31)
        return first if first == last else f"{first}{sep}{last}"
    return start.isoformat() if end <= start else f"{start.isoformat()}{sep}{end.isoformat()}"


def safe_cell(value: str) -> str:
    """Neutralize spreadsheet formulas: article text is untrusted (CSV injection)."""
    if value and value[0] in "=+@\t\r":
        return "'" + value
    if value.startswith("-") and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def one_line(text: str | None, limit: int = 0) -> str:
    """Whitespace (including U+2002 and newlines) collapsed to single spaces, optionally truncated."""
    out = " ".join((text or "").split())
    if limit and len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    return out


def percent(p: float) -> str:
    """A 0-1 confidence as a person reads it: '60%', '62.5%'."""
    return f"{p * 100:.1f}".removesuffix(".0") + "%"


def unnamed_source(article_id: str) -> str:
    """How an article without a known outlet is shown where a person expects an outlet."""
    return f"unnamed source (article {article_id})"


def unnamed_sources(event: Event) -> set[str]:
    """The entries of the event's sources that are its own article ids: documents that named no outlet.

    Assembly falls back to the article id when a document names no outlet or URL (merge counts independent
    sources from that list, so the stored data keeps the id); a reader would take 'art_51da…' for an outlet.
    """
    return set(event.sources) & set(event_article_ids(event))


def source_labels(event: Event) -> list[str]:
    """The event's sources for display: an entry that is one of its article ids is not an outlet, so say so."""
    unnamed = unnamed_sources(event)
    return [unnamed_source(s) if s in unnamed else s for s in event.sources]
