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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from eventwire.evaluate.common import data_dir  # noqa: E402
from eventwire.gazetteer import load_gazetteer  # noqa: E402
from eventwire.gazetteer.normalize import name_key  # noqa: E402
from eventwire.geoparsing.nearby import _bearing  # noqa: E402

DATA = data_dir()  # ../shared/data, or $EVENTWIRE_DATA
ISW = "news/isw_2022/txt"
OUT = ROOT / "src" / "eventwire" / "data" / "gazetteer" / "curated_front.tsv"
FAR_KM = 100.0  # a village whose every reading lies farther than this from the phrase's point is missing
AGREE_KM = 10.0  # projections of one village agree when they lie this close to their median
CITY = 100_000  # a village named like a city this big is left out: one sense per report would merge the two
SPELL_KM, SPELL_RATIO = 16.0, 0.85  # "Klyshchiivka" 2 km from the known Klishchiivka is that village, misspelt
MERGE_KM = 30.0  # two agreed groups of a name closer than this are one village, not two namesakes
ANCHOR_POP, ANCHOR_RATIO = 1000, 0.85  # "14km southwest of Bakhumt": a misspelt anchor is the town of the close name
# A name that this many Ukrainian villages bear (Oleksandrivka, Mykolaivka) is common: cities500 holds only some of
# them, so a phrase pointing over NAMESAKE_KM from each held one names another (92% of the phrases with a reading
# within 100 km lie within 25 km of it). Same count as the events layer's rule for common names (assemble_namesake).
COMMON = 8
NAMESAKE_KM = 25.0
# Several phrases that agree on a point over NAMESAKE_KM from each of a shared name's readings (two or more Ukrainian
# villages bear it: Vodiane, Vesele, Berestove) name another namesake too. A name only one village bears keeps FAR_KM:
# its phrases can all be loose (Velyka Novosilka "55 km southwest of Donetsk City", 38 km off; Starobilsk).
SHARED = 2

_WORD = r"[A-Z][a-z’'-]+"
_NAME = rf"({_WORD}(?: {_WORD})?)"
_DIR = r"((?:north|south|east|west)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?)"
_HEDGE = r"(?:approximately |about |roughly |just |only |over |nearly |around |less than |some |within )?"
# "15 km due east of Siversk", "5 km directly east of Siversk": the adverb only stresses the direction.
_KM = r"(\d{1,3}(?:\.\d)?)\s*(?:-\s*(\d{1,3})\s*)?(?:km|kilometers|kilometres)\s+(?:due\s+|directly\s+)?"
WITHIN_KM = 10.0  # "within N km" bounds the distance only: kept when N is this small
# "Pidhorodne (5 km northeast of Bakhmut)", "Dibrova, Luhansk Oblast (5km southwest of Kreminna)",
# "Vodiane, approximately 7km southwest of Avdiivka", "Zalyman (20-25km southeast of Balakliia)".
PHRASE = re.compile(
    _NAME + rf"(?:,? (?:in )?(?:(?:north|south|east|west)[a-z]* )?({_WORD}) Oblast)?\s*(?:\(|,\s*)" + _HEDGE + _KM
    + _DIR + r"\s+of\s+(the\s+)?" + _NAME)
# "Kuzemivka and Stelmakhivka (both within 6km west of Svatove)", "Novoselivske, Stelmakhivka, and Kuzemivka, all
# about 10km west of Svatove".
_LISTED = rf"{_WORD}(?: {_WORD})?"
LIST = re.compile(rf"((?:{_LISTED}, )*{_LISTED},? and {_LISTED})\s*(?:\(|,\s*)(?:both|all) " + _HEDGE + _KM
                  + _DIR + r"\s+of\s+(the\s+)?" + _NAME)
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_NUM = r"\d{1,3}(?:\.\d)?"
_OF = _DIR + r"\s+of\s+(the\s+)?" + _NAME
# Round 25 shapes. "Ozarianivka and Kurdiumivka (12 and 9km south of Bakhmut, respectively)", "Raihorodka and
# Makiivka, 12km and 7km west of Kreminna, respectively": one distance per village.
RESPECTIVELY = re.compile(rf"((?:{_LISTED}, )*{_LISTED},? and {_LISTED})\s*(?:\(|,\s*|\s*—\s*|\s+)" + _HEDGE
                          + rf"((?:{_NUM}\s*(?:km)?(?:,\s*(?:and\s+)?|,?\s+and\s+))+{_NUM})\s*(?:km|kilometers|kilometres)\s+"
                          + _OF + r"\)?,?\s+respectively")
# "Dvorichna, a village in eastern Kharkiv Oblast some 14km north of Kupyansk", "Mykilske—a settlement
# 15km northwest of Slovyansk", "Odradivka and Vesela Dolyna—villages about 8 km southeast of Bakhmut".
APPOSITIVE = re.compile(rf"((?:{_LISTED}, )*{_LISTED}(?:,? and {_LISTED})?)(?:,\s*|\s*—\s*)(an? (?:small )?"
                        rf"(?:settlement|village|town)|(?:both |all )?(?:villages|settlements|towns))"
                        rf"(?: in (?:[a-z]+ )?({_WORD}) Oblast)?,?\s+" + _HEDGE + _KM + _OF)
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
    "Volodymyr Zelensky": "a person (\"President Volodymyr Zelensky, about 130 km west of Zaporizhiya\": his home town)",
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
        # Villages this run placed, by name (one row only): anchors for phrases measured from them (a second pass).
        self.chain: dict[str, tuple[float, float]] = {}

    def ids(self, name: str) -> list[int]:
        """Ukrainian and Russian readings of a name, minus the generated rows."""
        g = self.gz
        return [i for i in g.candidates(name) if g.cc[i] in ("UA", "RU")
                and (g.names[i], round(g.lat[i], 3), round(g.lon[i], 3)) not in self.own]

    def bearers(self, name: str) -> int:
        """How many Ukrainian settlements of the gazetteer bear the name as their main name. (A record that bears it
        as another spelling earns less from context than a row of that main name: a row named "Vodyane" took 46
        of 65 ISW mentions of the Vodiane beside Avdiivka.)"""
        key = name_key(name)
        return sum(self.gz.fclass[i] == "P" and self.gz.cc[i] == "UA" and self.gz.main_key(i) == key
                   for i in self.ids(name))

    def village(self, name: str) -> bool:
        """True when a Ukrainian settlement of the gazetteer (or of this table) bears the name."""
        return any(self.gz.fclass[i] == "P" and self.gz.cc[i] == "UA" for i in self.gz.candidates(name))

    def common(self, name: str) -> bool:
        """True when at least COMMON Ukrainian settlements of the gazetteer bear the name."""
        return self.bearers(name) >= COMMON

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

    def misspelt(self, name: str) -> str | None:
        """The Ukrainian town (ANCHOR_POP or more) whose name is the one close spelling of this unknown one ("Kupyansk-"
        begins another town's name, Kupyansk-Vuzlovyi: none)."""
        if not hasattr(self, "_towns"):
            g = self.gz
            self._towns = sorted({g.names[i] for i in range(len(g.names))
                                  if g.fclass[i] == "P" and g.cc[i] == "UA" and g.pops[i] >= ANCHOR_POP})
        scored = sorted(((difflib.SequenceMatcher(None, name.lower(), t.lower()).ratio(), t) for t in self._towns
                         if abs(len(t) - len(name)) <= 2), reverse=True)
        if name.endswith("-") or not scored or scored[0][0] < ANCHOR_RATIO or len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.02:
            return None  # no close name, or two (no sure reading)
        return scored[0][1]

    def anchor(self, name: str) -> tuple[float, float, str] | None:
        """The town an offset is measured from: the biggest namesake, when it is a sure town."""
        name = name.removesuffix(" City")
        ids = [i for i in self.ids(name) if self.gz.fclass[i] == "P"]
        if not ids:
            # "Myroliubivka (5km south of Posad Pokrovske)": a village of this table, when the gazetteer has no other
            chained = self.chain.get(name)
            if chained is not None:
                return (*chained, "")
            spelt = self.misspelt(name)
            return None if spelt is None else self.anchor(spelt)
        own = [i for i in ids if self.gz.main_key(i)[:4] == name.lower()[:4]]
        ids = sorted(own or ids, key=lambda i: -self.gz.pops[i])
        i = ids[0]
        if self.gz.pops[i] < 5000 and len(ids) > 1:
            return None  # a small namesake among several: too unsure to measure from
        if len(ids) > 1 and self.gz.pops[ids[1]] >= max(5000, self.gz.pops[i] // 5):
            return None  # two real towns of the name (Zolochiv in Lviv and Kharkiv Oblasts): no sure anchor
        a1 = self.gz.record(i).admin1 or ""
        return self.gz.lat[i], self.gz.lon[i], self.gz.admin1_name(a1) or ""


Offset = tuple[str, str | None, str, str | None, str]  # distance (from, to), direction, "the ", anchor


def _no_place(word: str) -> bool:
    """No word is known as a place (the default for `_found`)."""
    return False


def _found(text: str, known: Callable[[str], bool] = _no_place) -> list[tuple[list[str], str | None, Offset, str]]:
    """Every offset phrase of a report: the villages, ISW's oblast, the offset and the matched words (`known` tells
    a place name from the first part of a double name)."""
    out: list[tuple[list[str], str | None, Offset, str]] = []

    def names(m: re.Match[str]) -> list[str]:
        # "Rai-Oleksandrivka and Loskutivka, both 10 km ...", "Oleksandro-Shultyne (17km ...)": a name cut from a
        # longer one is none (the villages after it are). "Ishchenka-Bezvodne (8km ...)" pairs two villages.
        before = text[max(0, m.start() - 40) : m.start()]
        pair = re.search(r"([A-Z][a-z’']+)-$", before)
        cut = bool(before) and (before[-1] in "-‐–’'" or before[-1].isalnum()) and not (pair and known(pair[1]))
        return _SPLIT.split(m.group(1))[1 if cut else 0:]

    out += [(names(m), m.group(2), m.groups()[-5:], m.group(0)) for m in PHRASE.finditer(text)]
    out += [(names(m), None, m.groups()[-5:], m.group(0)) for m in LIST.finditer(text)]
    for m in RESPECTIVELY.finditer(text):
        listed, dists = _SPLIT.split(m.group(1)), re.findall(_NUM, m.group(2))
        if len(listed) == len(dists):
            kept = names(m)
            out += [([n], None, (d, None, *m.groups()[-3:]), m.group(0))
                    for n, d in zip(listed, dists, strict=True) if n in kept]
    for m in APPOSITIVE.finditer(text):
        # "Bilohorivka, a settlement 20 km ...": one village, the last name before it.
        out.append((names(m)[-1:] if m.group(2).startswith("a") else names(m), m.group(3), m.groups()[-5:],
                    m.group(0)))
    return [f for f in out if f[0]]


def scan(front: Front, held: set[str]) -> tuple[dict[str, list[Hit]], int]:
    """Every offset phrase in the non-held reports, by village name."""
    hits: dict[str, list[Hit]] = collections.defaultdict(list)
    n = 0
    for p in sorted((DATA / ISW).glob("*.txt")):
        if p.name in held:
            continue
        n += 1
        text = p.read_text(encoding="utf-8").replace("\u2002", " ").replace("\u00a0", " ")
        for names, oblast, (d1, d2, dr, the, anc), whole in _found(text, front.village):
            dist = (float(d1) + float(d2)) / 2 if d2 else float(d1)
            bearing = _bearing(dr)
            if the or _NOT_TOWN.search(anc) or bearing is None or ("within" in whole and dist > WITHIN_KM):
                continue
            a = front.anchor(anc)
            if a is None:
                continue
            lat, lon = project(a[0], a[1], dist, bearing)
            # The fact only (distance, direction, town), not the report's words.
            fact = ("one of a list, " if len(names) > 1 else "") + f"{dist:g} km {dr} of {anc}"
            if not front.ids(anc.removesuffix(" City")):
                spelt = front.misspelt(anc.removesuffix(" City"))
                fact += " (a village of this table)" if anc.removesuffix(" City") in front.chain else f" (read {spelt})"
            for name in (_LEAD.sub("", x) for x in names):
                if not (_NOT_VILLAGE.search(name) or name == anc or name in DROP or name.endswith("-")):
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


def agreed(groups: list[list[Hit]], lone: bool | None = None) -> list[list[Hit]]:
    """Groups that stand: several phrases, or a lone phrase when `lone` says so (None: when no other phrase points
    elsewhere); of two within MERGE_KM (one village measured loosely from two towns) only the bigger stands, and two
    as big are pooled (neither is surer: "40 km east of Mykolaiv City" twice against "20 km northwest of Kherson City"
    and "7 km due southwest of Ternovi Pody")."""
    keep = [g for g in groups if len(g) > 1 or (len(groups) == 1 if lone is None else lone)]
    keep.sort(key=len, reverse=True)
    out: list[list[Hit]] = []
    for g in keep:
        lat, lon = statistics.median(h.lat for h in g), statistics.median(h.lon for h in g)
        close = [o for o in out if km(lat, lon, statistics.median(h.lat for h in o),
                                      statistics.median(h.lon for h in o)) <= MERGE_KM]
        if not close:
            out.append(list(g))  # a copy: pooling must not grow the caller's group
        elif len(close) == 1 and len(close[0]) == len(g) > 1:
            close[0].extend(g)
    return out


def _nearest(front: Front, g: list[Hit], ids: list[int]) -> float:
    """Km from a group's median point to the nearest of the given readings (1e9 when none)."""
    lat, lon = statistics.median(h.lat for h in g), statistics.median(h.lon for h in g)
    return min((km(lat, lon, front.gz.lat[i], front.gz.lon[i]) for i in ids), default=1e9)


def _far_km(g: list[Hit], common: bool, shared: bool) -> float:
    """How far a group may lie from every reading of its name before it names a village the gazetteer lacks."""
    return NAMESAKE_KM if common or shared and len(g) > 1 else FAR_KM


def rows(front: Front, hits: dict[str, list[Hit]]) -> list[list[str]]:
    """Table rows for agreed villages the gazetteer lacks (or holds only > FAR_KM away)."""
    out = []
    for name, hs in sorted(hits.items()):
        ids = front.ids(name)
        if any(front.gz.pops[i] >= CITY for i in ids):
            continue  # a city's namesake would take the city's mentions in the reports that name both
        common, shared = front.common(name), front.bearers(name) >= SHARED
        # A phrase the gazetteer already explains (Borivske by Sievierodonetsk) conflicts with no other reading. A
        # lone phrase stands when no other points over FAR_KM from every reading; of a common name, whatever the
        # others say (they are namesakes).
        groups = clusters(hs)
        lone = common or sum(_nearest(front, g, ids) > FAR_KM for g in groups) == 1
        for g in agreed([g for g in groups if _nearest(front, g, ids) > _far_km(g, common, shared)], lone):
            lat, lon = statistics.median(h.lat for h in g), statistics.median(h.lon for h in g)
            near = _nearest(front, g, ids)
            spread = max(km(lat, lon, h.lat, h.lon) for h in g)
            reading = "none" if near == 1e9 else f"nearest reading {near:.0f} km"
            if _far_km(g, common, shared) == NAMESAKE_KM and near < FAR_KM:
                reading += (f" ({'a common name' if common else 'a shared name, several phrases'}: readings over "
                            f"{NAMESAKE_KM:.0f} km off are other villages)")
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


def check(front: Front, hits: dict[str, list[Hit]]) -> None:
    """Hide the record of each village the gazetteer holds (a reading within NAMESAKE_KM of its phrases) and print
    how far the phrases alone place it: the error the table's rows carry."""
    errs: dict[str, list[float]] = collections.defaultdict(list)
    for name, hs in hits.items():
        n = front.bearers(name)
        kind = "common name" if n >= COMMON else "shared name" if n >= SHARED else "one bearer"
        for g in clusters(hs):
            d = _nearest(front, g, front.ids(name))
            if d <= NAMESAKE_KM:
                errs[f"{kind}, {'one phrase' if len(g) == 1 else 'several'}"].append(d)
                errs[f"all, {'one phrase' if len(g) == 1 else 'several'}"].append(d)
    for k, ds in sorted(errs.items()):
        print(f"{k}: {len(ds)} villages, median {statistics.median(ds):.1f} km, within 10 km "
              f"{sum(d <= 10 for d in ds) / len(ds):.0%}")


def main() -> None:
    """Scan, filter and write the table (or print it with --dry-run)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dry-run", action="store_true", help="print the rows instead of writing the table")
    ap.add_argument("--check", action="store_true", help="print the error of the rule on villages the gazetteer holds")
    args = ap.parse_args()
    front = Front()
    held = held_reports()
    hits, n = scan(front, held)
    if args.check:
        check(front, hits)
        return
    table = rows(front, hits)
    names = collections.Counter(r[0].split("|")[0] for r in table)
    front.chain = {r[0].split("|")[0]: (float(r[1]), float(r[2])) for r in table if names[r[0].split("|")[0]] == 1}
    hits, n = scan(front, held)  # again, now measuring from the villages just placed too
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
        f"# Namesakes: a name {COMMON} or more Ukrainian villages bear as main name (\"a common name\") needs a reading only",
        f"# over {NAMESAKE_KM:.0f} km off, and one phrase stands beside other namesakes; a name {SHARED} or more bear (\"a shared",
        "# name\") needs that with several agreeing phrases. Also read: \"A and B (15 and 18km SE of X, respectively)\",",
        "# \"X, a settlement ... N km DIR of Y\", a town ISW misspells (\"read Y\"), and a village of this table as the",
        "# town (\"a village of this table\", a second pass). A name cut from a hyphenated one (\"Rai-Oleksandrivka\") is none",
        "# unless the first part is a village too (\"Ishchenka-Bezvodne\": two villages).",
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
