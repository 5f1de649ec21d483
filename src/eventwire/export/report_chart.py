"""Timeline chart for the report: events per day by type, and fatalities per day as low–high."""

from __future__ import annotations

import io
import math
from datetime import date, timedelta
from typing import Any

from eventwire.export.report_map import require_matplotlib
from eventwire.export.report_stats import ReportData, count_bounds, kills, type_color, type_label
from eventwire.model import Event

LOW, RANGE = "#8b1a1a", "#e8a6a6"
MAX_BARS = 62  # beyond this many bins, filled steps (one artist per series) replace bars: fast and legible


def bin_days(n_days: int) -> tuple[int, str]:
    """Bin width in days and its name: daily bars for up to four months, then weeks, then 30 days."""
    if n_days <= 120:
        return 1, "day"
    if n_days <= 1100:
        return 7, "week"
    return 30, "30 days"


def _bin(e: Event, since: date, width: int, n_bins: int) -> int | None:
    """The bin holding the event's whole span; None when undated or its span runs over several bins."""
    if e.date.start is None:
        return None
    first, last = ((d - since).days // width for d in (e.date.start, e.date.end or e.date.start))
    # A month-dated event drawn on its first day would make a spike there: it is counted in the tables, not drawn.
    return min(max(first, 0), n_bins - 1) if first == last else None


def _bins(data: ReportData) -> tuple[int, int]:
    """The timeline's bin width in days and its number of bins."""
    width = bin_days((data.until - data.since).days + 1)[0]
    return width, (data.until - data.since).days // width + 1


def undrawn(data: ReportData) -> int:
    """How many of the report's events the timeline leaves out: their span runs over several of its bins."""
    width, n_bins = _bins(data)
    return sum(e.date.start is not None and _bin(e, data.since, width, n_bins) is None for e in data.events)


def drawn_tolls(data: ReportData) -> bool:
    """Whether any drawn event reports anyone killed: else the killed panel is an empty box (zero bars are unseen)."""
    width, n_bins = _bins(data)
    return any(kills(e) and _bin(e, data.since, width, n_bins) is not None for e in data.events)


def _series(data: ReportData, width: int) -> tuple[list[date], dict[str, list[int]], list[int], list[int]]:
    """Bin starts, event counts per type, and killed low/high sums per bin."""
    n_bins = _bins(data)[1]
    starts = [data.since + timedelta(days=i * width) for i in range(n_bins)]
    labels = sorted({type_label(e) for e in data.events})
    counts = {lb: [0] * n_bins for lb in labels}
    lows, highs = [0] * n_bins, [0] * n_bins
    for e in data.events:
        i = _bin(e, data.since, width, n_bins)
        if i is None:
            continue
        counts[type_label(e)][i] += 1
        lo, hi = count_bounds(e.fatalities)
        if lo is not None:
            lows[i] += lo
            highs[i] += hi if hi is not None else lo
    return starts, counts, lows, highs


def _draw(ax: Any, x: list[float], width: int, values: list[int], bottom: list[int], color: str, label: str) -> None:
    if len(x) <= MAX_BARS:
        ax.bar(x, values, width=0.8 * width, bottom=bottom, color=color, label=label, align="edge")
        return
    top = [b + v for b, v in zip(bottom, values, strict=True)]
    edges = [*x, x[-1] + width]
    ax.stairs(top, edges, baseline=bottom, fill=True, color=color, label=label)


# Above this many event types the legend takes two columns: one column of 16 ran into the killed panel's legend.
LEGEND_ROWS = 9


def render_timeline(data: ReportData, dpi: int = 110) -> bytes:
    """PNG with two panels sharing the date axis: stacked events by type, killed low with the range to high."""
    fig = timeline_figure(data, dpi)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def timeline_figure(data: ReportData, dpi: int = 110) -> Any:
    """The timeline as a matplotlib Figure (render_timeline saves it)."""
    Figure = require_matplotlib()
    import matplotlib.dates as mdates
    from matplotlib.patches import Patch

    width, unit = bin_days((data.until - data.since).days + 1)
    starts, counts, lows, highs = _series(data, width)
    # Daily bars are centred on their day; wider bins start on their first day.
    x = [float(mdates.date2num(d)) - (0.4 if width == 1 else 0.0) for d in starts]
    two_columns = len(counts) > LEGEND_ROWS
    tolls = drawn_tolls(data)
    # A week with no toll at all draws no killed panel: an empty 0-1 axis read as "nobody died" (the caption says).
    fig = Figure(figsize=(12.0 if two_columns else 10.0, 5.0 if tolls else 2.9), dpi=dpi)
    if tolls:
        ax1, ax2 = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [1, 1], "hspace": 0.12})
    else:
        ax1 = ax2 = fig.subplots(1, 1)
    bottom = [0] * len(starts)
    for lb, vals in counts.items():
        _draw(ax1, x, width, vals, bottom, type_color(lb), lb)
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax1.set_ylabel(f"events per {unit}")
    if counts:
        ax1.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                   ncol=2 if two_columns else 1, columnspacing=1.0)
    if tolls:
        _draw(ax2, x, width, lows, [0] * len(starts), LOW, "killed (low)")
        _draw(ax2, x, width, [h - lo for h, lo in zip(highs, lows, strict=True)], lows, RANGE, "up to high")
        ax2.set_ylabel(f"killed per {unit}")
        ax2.legend(handles=[Patch(color=LOW, label="killed (low)"), Patch(color=RANGE, label="up to high")],
                   fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    for ax in (ax1, ax2) if tolls else (ax1,):
        ax.spines[["top", "right"]].set_visible(False)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.set_ylim(bottom=0, top=max(ax.get_ylim()[1] * 1.06, 1))  # headroom: the tallest bar stays off the edge
    n_days = (data.until - data.since).days + 1
    if n_days <= 62:
        # Short periods: every day (or every few) as "01 Jul", never a bare month name on the 1st.
        ax2.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, math.ceil(n_days / 10))))
        ax2.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    else:
        loc = mdates.AutoDateLocator(minticks=3, maxticks=10)
        ax2.xaxis.set_major_locator(loc)
        ax2.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))
    first, last = float(mdates.date2num(data.since)), float(mdates.date2num(data.until))
    ax2.set_xlim(first - 0.6, last + 0.6)
    what = "Events and killed" if tolls else "Events"
    fig.suptitle(f"{what} per {unit}, {data.since:%d %b %Y} – {data.until:%d %b %Y}",
                 fontsize=10.5, x=0.07, ha="left")
    fig.subplots_adjust(left=0.07 * (10.0 / 12.0 if two_columns else 1.0), right=0.62 if two_columns else 0.78,
                        top=0.91 if tolls else 0.86, bottom=0.09 if tolls else 0.15)
    return fig
