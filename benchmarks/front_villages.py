"""Generate data/gazetteer/curated_front.tsv: front-line villages placed from ISW's own offset phrases."""
from __future__ import annotations

import argparse
import collections
import datetime
import difflib
import json
import math
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from eventwire.gazetteer import load_gazetteer  # noqa: E402
from eventwire.geoparsing.nearby import _bearing  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
ISW = "news/isw_2022/txt"
OUT = ROOT / "src" / "eventwire" / "data" / "gazetteer" / "curated_front.tsv"
FAR_KM = 100.0  # a village whose every reading lies farther than this from the phrase's point is missing
AGREE_KM = 10.0  # projections of one village agree when they lie this close to their median
CITY = 100_000  # a village named like a city this big is left out: one sense per report would merge the two
SPELL_KM, SPELL_RATIO = 16.0, 0.85  # "Klyshchiivka" 2 km from the known Klishchiivka is that village, misspelt
MERGE_KM = 30.0  # two agreed groups of a name closer than this are one village, not two namesakes

_WORD = r"[A-Z][a-z’'-]+"
_NAME = rf"({_WORD}(?: {_WORD})?)"
_DIR = r"((?:north|south|east|west)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?)"
_HEDGE = r"(?:approximately |about |roughly |just |only |over |nearly |around |less than |some |within )?"
_KM = r"(\d{1,3}(?:\.\d)?)\s*(?:-\s*(\d{1,3})\s*)?(?:km|kilometers|kilometres)\s+"
WITHIN_KM = 10.0  # "within N km" bounds the distance only: kept when N is this small
# "Pidhorodne (5 km northeast of Bakhmut)", "Dibrova, Luhansk Oblast (5km southwest of Kreminna)",
# "Vodiane, approximately 7km southwest of Avdiivka", "Zalyman (20-25km southeast of Balakliia)".
PHRASE = re.compile(
    _NAME + rf"(?:,? (?:in )?(?:(?:north|south|east|west)[a-z]* )?({_WORD}) Oblast)?\s*(?:\(|,\s*)" + _HEDGE + _KM
    + _DIR + r"\s+of\s+(the\s+)?" + _NAME)
# "Chervonopopivka and Zhytlivka (both within 5km north of Kreminna)", "Hryhorivka, Serebrianka, and Bilohorivka, all
# about 10km south of Kreminna".
_LISTED = rf"{_WORD}(?: {_WORD})?"
LIST = re.compile(rf"((?:{_LISTED}, )*{_LISTED},? and {_LISTED})\s*(?:\(|,\s*)(?:both|all) " + _HEDGE + _KM
                  + _DIR + r"\s+of\s+(the\s+)?" + _NAME)
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# Leading words the capitalised-run pattern takes in at a sentence start.
_LEAD = re.compile(r"^(?:[A-Z][a-z]+-(?:occupied|controlled|held) |(?:Near|In|At|Of|And|To|The|From|Toward|Towards|Around|On|Outside|Northeast|Northwest|"
                   r"Southeast|Southwest|North|South|East|West) )")
# Anchors that are no town: "10 km east of the Dnipro River", "Kherson Oblast".
_NOT_TOWN = re.compile(r"\b(?:River|Reservoir|Oblast|Raion|Region|Line|Bridge|Highway|Plant|Border)\b")
# Village words that name something else: "the Donets River", "Potemkin Island", "Luhansk City".
_NOT_VILLAGE = re.compile(r"\b(?:River|Reservoir|Oblast|Raion|Region|Line|Bridge|Highway|Plant|Border|Island|Spit|"
                          r"Park|City|Dam|Canal|Airport|Base|Forest)$")
# Found by reading the candidates (see the generated header): words the pattern takes for a village.
DROP: dict[str, str] = {
    "Crimea": "a region, not a village",
    "Korosten": "a Zhytomyr Oblast city; the phrase measures it from the wrong town",
    "Svitlychne": "measured from Sosnivka, whose big namesake is in Lviv Oblast (wrong anchor)",
    "Konstantynivka": "a spelling of the city Kostiantynivka; a village row would sit 12 km off the city",
    "Nova Kakhkovka": "a misspelt town (Nova Kakhovka)",
    "Oleskhy": "a misspelt town (Oleshky)",
    "Stary Saltiv": "a misspelt town (Staryi Saltiv)",
    "Pervomaiske": "one phrase, 50 km northwest of Luhansk: most likely the city Pervomaisk, 35 km off",
}


@dataclass
class Hit:
    """One offset phrase: the projected point, its report and its words."""

    lat: float
    lon: float
    report: str
    words: str
    oblast: str


def held_reports() -> set[str]:
    """ISW report files that back held-aside gold records (never read here)."""
    held = set()
    for f in sorted((ROOT / "benchmarks" / "gold" / "events").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            path = (rec.get("source") or {}).get("path", "")
            if rec.get("split") == "heldout" and path.startswith(ISW):
                held.add(Path(path).name)
    return held


def km(a: float, b: float, c: float, d: float) -> float:
    """Great-circle distance in km."""
    p = math.pi / 180
    x = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(x))


def project(lat: float, lon: float, dist: float, bearing: float) -> tuple[float, float]:
    """The point dist km from (lat, lon) on a compass bearing."""
    la1, lo1, b, d = math.radians(lat), math.radians(lon), math.radians(bearing), dist / 6371
    la2 = math.asin(math.sin(la1) * math.cos(d) + math.cos(la1) * math.sin(d) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(la1), math.cos(d) - math.sin(la1) * math.sin(la2))
    return math.degrees(la2), math.degrees(lo2)


def _points(path: Path) -> set[tuple[str, float, float]]:
    """The main names and points of a curated table (empty when it does not exist)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {(r[0].split("|")[0], round(float(r[1]), 3), round(float(r[2]), 3))
            for r in (line.split("\t") for line in lines if line and line[0] != "#")}


class Front:
    """Gazetteer look-ups that ignore the table being regenerated (else each run would erase the last)."""

    def __init__(self) -> None:
        self.gz = load_gazetteer()
        hand = _points(OUT.with_name("curated.tsv"))
        # Points of the last generated table, less those curated.tsv also holds (rows a person wrote stay readings).
        self.own = _points(OUT) - hand
        self.lat, self.lon = np.asarray(self.gz.lat), np.asarray(self.gz.lon)

    def ids(self, name: str) -> list[int]:
        """Ukrainian and Russian readings of a name, minus the generated rows."""
        g = self.gz
        return [i for i in g.candidates(name) if g.cc[i] in ("UA", "RU")
                and (g.names[i], round(g.lat[i], 3), round(g.lon[i], 3)) not in self.own]

    def spelling_of(self, name: str, lat: float, lon: float) -> tuple[int, float] | None:
        """A known Ukrainian settlement near the point whose name is a close spelling of this one (and its km)."""
        g, best = self.gz, None
        box = np.nonzero((np.abs(self.lat - lat) < 0.2) & (np.abs(self.lon - lon) < 0.3))[0]
        for i in box.tolist():
            if g.fclass[i] != "P" or g.cc[i] != "UA" or (g.names[i], round(g.lat[i], 3), round(g.lon[i], 3)) in self.own:
                continue
            d = km(lat, lon, g.lat[i], g.lon[i])
            r = difflib.SequenceMatcher(None, name.lower(), g.names[i].lower()).ratio()
            if d <= SPELL_KM and r >= SPELL_RATIO and (best is None or r > best[0]):
                best = (r, i, d)
        return None if best is None else (best[1], best[2])

    def anchor(self, name: str) -> tuple[float, float, str] | None:
        """The town an offset is measured from: the biggest namesake, when it is a sure town."""
        name = name.removesuffix(" City")
        ids = [i for i in self.ids(name) if self.gz.fclass[i] == "P"]
        if not ids:
            return None
        own = [i for i in ids if self.gz.main_key(i)[:4] == name.lower()[:4]]
        ids = sorted(own or ids, key=lambda i: -self.gz.pops[i])
        i = ids[0]
        if self.gz.pops[i] < 5000 and len(ids) > 1:
            return None  # a small namesake among several: too unsure to measure from
        if len(ids) > 1 and self.gz.pops[ids[1]] >= max(5000, self.gz.pops[i] // 5):
            return None  # two real towns of the name (Zolochiv in Lviv and Kharkiv Oblasts): no sure anchor
        a1 = self.gz.record(i).admin1 or ""
        return self.gz.lat[i], self.gz.lon[i], self.gz.admin1_name(a1) or ""


def scan(front: Front, held: set[str]) -> tuple[dict[str, list[Hit]], int]:
    """Every offset phrase in the non-held reports, by village name."""
    hits: dict[str, list[Hit]] = collections.defaultdict(list)
    n = 0
    for p in sorted((DATA / ISW).glob("*.txt")):
        if p.name in held:
            continue
        n += 1
        text = p.read_text(encoding="utf-8").replace("\u2002", " ").replace("\u00a0", " ")
        found = [(m, [m.group(1)], m.group(2)) for m in PHRASE.finditer(text)]
        found += [(m, _SPLIT.split(m.group(1)), None) for m in LIST.finditer(text)]
        for m, names, oblast in found:
            d1, d2, dr, the, anc = m.groups()[-5:]
            dist = (float(d1) + float(d2)) / 2 if d2 else float(d1)
            bearing = _bearing(dr)
            if the or _NOT_TOWN.search(anc) or bearing is None or ("within" in m.group(0) and dist > WITHIN_KM):
                continue
            a = front.anchor(anc)
            if a is None:
                continue
            lat, lon = project(a[0], a[1], dist, bearing)
            # The fact only (distance, direction, town), not the report's words.
            fact = ("one of a list, " if len(names) > 1 else "") + f"{dist:g} km {dr} of {anc}"
            for name in (_LEAD.sub("", x) for x in names):
                if not (_NOT_VILLAGE.search(name) or name == anc or name in DROP):
                    hits[name].append(Hit(lat, lon, p.name, fact, oblast or ""))
    return hits, n


def clusters(hs: list[Hit]) -> list[list[Hit]]:
    """Projections of one name grouped by place: each joins the first group whose median lies within AGREE_KM."""
    groups: list[list[Hit]] = []
    for h in sorted(hs, key=lambda h: (h.lat, h.lon)):
        for g in groups:
            if km(h.lat, h.lon, statistics.median(x.lat for x in g), statistics.median(x.lon for x in g)) <= AGREE_KM:
                g.append(h)
                break
        else:
            groups.append([h])
    return groups


def agreed(groups: list[list[Hit]]) -> list[list[Hit]]:
    """Groups that stand: several phrases, or a lone phrase with no other reading; of two within MERGE_KM (one village
    measured loosely from two towns) only the bigger stands."""
    keep = [g for g in groups if len(g) > 1 or len(groups) == 1]
    keep.sort(key=len, reverse=True)
    out: list[list[Hit]] = []
    for g in keep:
        lat, lon = statistics.median(h.lat for h in g), statistics.median(h.lon for h in g)
        if all(km(lat, lon, statistics.median(h.lat for h in o), statistics.median(h.lon for h in o)) > MERGE_KM
               for o in out):
            out.append(g)
    return out


def _nearest(front: Front, g: list[Hit], ids: list[int]) -> float:
    """Km from a group's median point to the nearest of the given readings (1e9 when none)."""
    lat, lon = statistics.median(h.lat for h in g), statistics.median(h.lon for h in g)
    return min((km(lat, lon, front.gz.lat[i], front.gz.lon[i]) for i in ids), default=1e9)


def rows(front: Front, hits: dict[str, list[Hit]]) -> list[list[str]]:
    """Table rows for agreed villages the gazetteer lacks (or holds only > FAR_KM away)."""
    out = []
    for name, hs in sorted(hits.items()):
        ids = front.ids(name)
        if any(front.gz.pops[i] >= CITY for i in ids):
            continue  # a city's namesake would take the city's mentions in the reports that name both
        # A phrase the gazetteer already explains (Borivske by Sievierodonetsk) conflicts with no other reading.
        for g in agreed([g for g in clusters(hs) if _nearest(front, g, ids) > FAR_KM]):
            lat, lon = statistics.median(h.lat for h in g), statistics.median(h.lon for h in g)
            near = _nearest(front, g, ids)
            spread = max(km(lat, lon, h.lat, h.lon) for h in g)
            reading = "none" if near == 1e9 else f"nearest reading {near:.0f} km"
            spelt = front.spelling_of(name, lat, lon)
            if spelt is not None:  # the known village, misspelt: its point, not the rougher projection
                i, off = spelt
                lat, lon = front.gz.lat[i], front.gz.lon[i]
                reading += f"; a spelling of {front.gz.names[i]}, {off:.0f} km from the projection, placed there"
            obl = collections.Counter(h.oblast for h in g if h.oblast).most_common(1)
            admin = f"; {obl[0][0]} Oblast (phrase)" if obl else ""
            note = (f"ISW offset phrases: {len(g)}, spread {spread:.1f} km; {reading}; "
                    f"e.g. {g[0].words} [{g[0].report}]{admin}")
            # "Posad Pokrovske" is also written "Posad-Pokrovske".
            names = f"{name}|{name.replace(' ', '-')}" if " " in name else name
            out.append([names, f"{lat:.3f}", f"{lon:.3f}", "UA", "P", "PPL", "500", "", note, obl[0][0] if obl else ""])
    return out


def main() -> None:
    """Scan, filter and write the table (or print it with --dry-run)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dry-run", action="store_true", help="print the rows instead of writing the table")
    args = ap.parse_args()
    front = Front()
    held = held_reports()
    hits, n = scan(front, held)
    table = rows(front, hits)
    head = [
        "# Generated by `PYTHONPATH=src python benchmarks/front_villages.py` on "
        f"{datetime.date.today().isoformat()}; do not edit by hand (add a word to DROP there instead).",
        f"# Reports: {n} ISW 2022 daily reports ({ISW}), skipping the {len(held)} that back held-aside gold records.",
        "# Rule: \"<Village>[, <Oblast> Oblast] (approximately N km <direction> of <Town>)\" projects the village from the",
        f"# biggest Ukrainian/Russian namesake of <Town>; a village is kept when its gazetteer readings all lie > {FAR_KM:.0f} km",
        f"# from the point and its projections agree (several within {AGREE_KM:.0f} km of their median, or one phrase and no",
        "# other phrase pointing elsewhere; a list \"X and Y (both N km ...)\" counts for each), unless a town of",
        f"# {CITY:,} or more bears the name. Hand review dropped the names in DROP (regions, misspelt towns, wrong",
        "# anchors); rivers, islands and the like never match. A note's \"<X> Oblast (phrase)\" is ISW's own oblast;",
        "# \"a spelling of Y\" means the row sits at the known village Y, not at the rougher projection.",
        "# Columns as curated.tsv: names, lat, lon, country, feature class, feature code, population, geonameid, note,",
        "# admin-1 (ISW's own oblast where a phrase names it; empty: the build takes the nearest town's).",
    ]
    lines = head + ["\t".join(r) for r in table]
    if args.dry_run:
        print("\n".join(lines))
    else:
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(table)} villages from {n} reports -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
