"""Geoparsing benchmark: LGL, GeoWebNews and WikToR, gold mentions given and end to end.

    PYTHONPATH=src python benchmarks/geoparse.py [--corpus lgl,gwn,wiktor,evloc,evloc-ra] [--split dev|test|all] [--limit N]
        [--lower] [--errors FILE]

`--lower` lower-cases every gold text (offsets kept) to measure recognition and resolution without case cues.
`--errors FILE` writes every gold-mention error (> 161 km) as a JSON line: corpus, split, article, span, context,
gold point (GeoNames id, feature code and country when the id is in the gazetteer) and the predicted record.

Gold mentions given (`given_mode: guesses`): a span no gazetteer record is named by is scored at its guess (the unit
around it or the article's focus, role "guess"); `acc161_guesses_null` is the figure with those as nulls, as the CLI
and the Python API return them by default.

Split: an article is in `dev` when sha1(corpus:article id) mod 10 < 3 (30%), else in `test` (held out).
Rules were developed looking only at dev errors; report test and all. The scorer functions
(`score_given`, `score_end_to_end`) are shared with the CI quality gate (tests/geoparse/test_quality_gate.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import statistics
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.gazetteer import Gazetteer
    from eventwire.model import PlaceMention

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventwire.evaluate.common import corpus_path, data_dir  # noqa: E402

# the event-location corpora live in evloc.py; re-exported for the callers that load them from here
from evloc import LOADERS as EVLOC_LOADERS  # noqa: E402
from evloc import EventLocationItem, load_event_location, score_event_location  # noqa: E402,F401
from evloc import report as evloc_report  # noqa: E402

SHARED = data_dir() / "geo"  # ../shared/data/geo, or under $EVENTWIRE_DATA
SAMPLE = Path(__file__).resolve().parent / "gold" / "geo_sample" / "sample.jsonl"
MAX_KM = 20039.0  # half the Earth's circumference: the error of a missing answer


@dataclass
class GoldToponym:
    """A gold toponym: span, coordinates and (maybe) a GeoNames id."""

    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None = None


@dataclass
class GoldDoc:
    """A gold article."""

    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def split_of(corpus: str, doc_id: str) -> str:
    """'dev' for 30% of articles (by hash), else 'test'."""
    h = int(hashlib.sha1(f"{corpus}:{doc_id}".encode()).hexdigest(), 16)
    return "dev" if h % 10 < 3 else "test"


def _f(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def load_lgl(path: Path = SHARED / "lgl" / "lgl.xml") -> list[GoldDoc]:
    """LGL articles with their toponyms that carry coordinates."""
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        d = GoldDoc(art.get("docid", ""), _f(art.find("text")))
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None or not _f(g.find("lat")):
                continue
            gid = g.get("geonameid")
            d.toponyms.append(GoldToponym(int(_f(t.find("start"))), int(_f(t.find("end"))), _f(t.find("phrase")),
                                          float(_f(g.find("lat"))), float(_f(g.find("lon"))),
                                          int(gid) if gid and gid.isdigit() else None))
        docs.append(d)
    return docs


def load_gwn(path: Path = SHARED / "geowebnews" / "GWN.xml") -> list[GoldDoc]:
    """GeoWebNews articles with their toponyms that carry coordinates."""
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        d = GoldDoc(art.get("file", ""), art.findtext("text") or "")
        for t in art.iter("toponym"):
            if not _f(t.find("latitude")):
                continue
            gid = _f(t.find("geonamesID"))
            d.toponyms.append(GoldToponym(int(_f(t.find("start"))), int(_f(t.find("end"))),
                                          _f(t.find("extractedName")), float(_f(t.find("latitude"))),
                                          float(_f(t.find("longitude"))), int(gid) if gid.isdigit() else None))
        docs.append(d)
    return docs


def load_wiktor(root: Path = SHARED / "wiktor") -> list[GoldDoc]:
    """WikToR articles (EUPEG format) with gold toponyms."""
    gold = (root / "WikToR_gold.txt").read_text(encoding="utf-8").splitlines()
    texts: dict[str, str] = {}
    with tarfile.open(root / "eupeg_corpora_WikToR.tar.gz") as tar:
        for m in tar.getmembers():
            if m.isfile():
                fh = tar.extractfile(m)
                if fh is not None:
                    texts[Path(m.name).name] = fh.read().decode("utf-8", errors="replace")
    docs = []
    for n, line in enumerate(gold):
        d = GoldDoc(str(n), texts.get(str(n), ""))
        for item in line.split("||"):
            parts = item.split(",,")
            if len(parts) == 6:
                d.toponyms.append(GoldToponym(int(parts[4]), int(parts[5]), parts[1], float(parts[2]), float(parts[3])))
        docs.append(d)
    return docs


_US_NAMES: re.Pattern[str] | None = None
_AU_NZ = re.compile(r"\b(?:Australia|New Zealand)\b")


def wiktor_lon_fixed(docs: list[GoldDoc]) -> tuple[list[GoldDoc], int]:
    """WikToR with evidently sign-flipped gold longitudes corrected, and how many were flipped.

    An article whose opening names the United States or a US state cannot have its title place in
    Central Asia (lat 24–50, lon +66..+125, the mirror image of the contiguous US); 1,300 of the 25,242
    gold points are so (e.g. a Texas town given as "30°10′54″N 96°35′46″W" with gold lon +96.6); likewise
    latitudes of places in articles naming Australia or New Zealand that lie north of the equator (mirror of
    Australia: lat +10..+48, lon +112..+179; a Melbourne suburb, Dallas, with gold lat +37.7).
    Reported beside the strict figure, never instead of it.
    """
    global _US_NAMES
    if _US_NAMES is None:
        # corpus_path: a missing table is "benchmark data not found", as for every corpus, not a FileNotFoundError
        states = [r.split("\t")[1] for r in corpus_path("geo", "geonames_small", "admin1CodesASCII.txt").read_text(
            encoding="utf-8").splitlines() if r.startswith("US.")]
        _US_NAMES = re.compile(r"\b(?:United States|U\.S\.|" + "|".join(map(re.escape, states)) + r")\b")
    out, n = [], 0
    for d in docs:
        us = bool(_US_NAMES.search(d.text[:400]))
        south = bool(_AU_NZ.search(d.text[:400]))
        tops = []
        for t in d.toponyms:
            flip = us and 24 <= t.lat <= 50 and 66 <= t.lon <= 125
            # The same error on latitudes: Dallas, a Melbourne suburb in Victoria, at +37.7.
            flip_lat = south and 10 <= t.lat <= 48 and 112 <= t.lon <= 179
            n += flip or flip_lat
            tops.append(GoldToponym(t.start, t.end, t.text, -t.lat if flip_lat else t.lat, -t.lon if flip else t.lon,
                                    t.geonameid))
        out.append(GoldDoc(d.id, d.text, tops))
    return out, n


def load_sample(path: Path = SAMPLE) -> list[GoldDoc]:
    """The license-clean CI sample (sentences written for eventwire, with known places)."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            d = GoldDoc(r["id"], r["text"])
            for t in r["toponyms"]:
                s = r["text"].index(t["text"], t.get("from", 0))
                d.toponyms.append(GoldToponym(s, s + len(t["text"]), t["text"], t["lat"], t["lon"], t.get("geonameid")))
            docs.append(d)
    return docs


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from eventwire.gazetteer import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def distance_metrics(errors: list[float]) -> dict[str, float]:
    """acc@161 km (%), mean and median error (km) and AUC of log errors (lower is better)."""
    if not errors:
        return {"n": 0}
    return {
        "n": len(errors),
        "acc161": round(100 * sum(e <= 161 for e in errors) / len(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "median_km": round(statistics.median(errors), 1),
        "auc": round(statistics.fmean(math.log(1 + e) / math.log(1 + MAX_KM) for e in errors), 3),
    }


Resolver = Callable[[str, list[tuple[int, int]]], list]


def geoparser_resolver(guesses: bool = True) -> Resolver:
    """Gold spans → eventwire's resolve_given; by default a span no record is named by gets its guess (role "guess").

    Every gold span is a place, so the gold-mentions-given figures (the "given" rows, `given_mode`) score the guess,
    as the published systems do; the CLI and the Python API give None there unless asked for guesses.
    """
    from eventwire.geoparsing import default_geoparser

    gp = default_geoparser()
    return lambda text, spans: gp.resolve_given(text, spans, guesses=guesses)


def population_resolver() -> Resolver:
    """Baseline: the most populous gazetteer entry with the span's name, no context."""
    from eventwire.gazetteer import load_gazetteer

    gz = load_gazetteer()

    def run(text: str, spans: list[tuple[int, int]]) -> list:
        out = []
        for s, e in spans:
            ids = gz.candidates(text[s:e]) or gz.candidates(text[s:e].removeprefix("the "))
            out.append(gz.record(max(ids, key=lambda i: int(gz.pop[i]))) if ids else None)
        return out

    return run


def score_given(docs: Iterable[GoldDoc], resolver: Resolver, dump: list[dict] | None = None) -> dict[str, float]:
    """Resolution with gold spans given: exact id %, country %, distance metrics.

    `dump`, when given, receives one row per mention resolved more than 161 km from its gold point.
    """
    from eventwire.gazetteer import load_gazetteer

    gz = load_gazetteer()
    errors: list[float] = []
    id_hits = id_n = cc_hits = cc_n = guesses = guess_near = 0
    for d in docs:
        if not d.toponyms:
            continue
        preds = resolver(d.text, [(t.start, t.end) for t in d.toponyms])
        for t, p in zip(d.toponyms, preds, strict=True):
            ok = p is not None and p.lat is not None
            errors.append(_km(t.lat, t.lon, p.lat, p.lon) if ok else MAX_KM)
            if ok and getattr(p, "role", None) == "guess":  # (the population baseline gives records)
                guesses += 1
                guess_near += errors[-1] <= 161
            if dump is not None and errors[-1] > 161:
                dump.append(error_row(gz, d, t, p if ok else None, errors[-1]))
            if t.geonameid:
                id_n += 1
                id_hits += bool(ok and p.geonameid == t.geonameid)
                gi = gz.by_gid.get(t.geonameid)
                if gi is not None:
                    cc_n += 1
                    cc_hits += bool(ok and p.country_code == gz.cc[gi])
    m = distance_metrics(errors)
    m["exact_id"] = round(100 * id_hits / id_n, 1) if id_n else float("nan")
    m["country"] = round(100 * cc_hits / cc_n, 1) if cc_n else float("nan")
    if guesses:  # what the figures owe to guesses: acc@161 with them as nulls (the CLI's and API's default)
        m["guesses"], m["guesses_within_161"] = guesses, guess_near
        m["acc161_guesses_null"] = round(100 * (sum(e <= 161 for e in errors) - guess_near) / len(errors), 1)
    return m


def error_row(gz: Gazetteer, d: GoldDoc, t: GoldToponym, p: PlaceMention | None, km: float) -> dict:
    """One resolution error for `--errors`: the span, its context, the gold and the predicted reading."""
    gi = gz.by_gid.get(t.geonameid) if t.geonameid else None
    gold = [round(t.lat, 3), round(t.lon, 3), t.geonameid, gz.fcode[gi] if gi is not None else None,
            gz.cc[gi] if gi is not None else None]
    pred = None if p is None or p.lat is None or p.lon is None else [
        p.name, p.geonameid, p.feature_code, p.country_code, round(p.lat, 3), round(p.lon, 3)]
    return {"doc": d.id, "text": t.text, "km": round(km), "gold": gold, "pred": pred,
            "context": d.text[max(0, t.start - 90): t.end + 90].replace("\n", " ")}


# LGL and GeoWebNews annotate demonyms ("Russian", "Minnesotans") as toponyms with coordinates, so
# predicted demonyms count there; the eventwire sample annotates place names only.
DEMONYMS_ANNOTATED = {"lgl": True, "gwn": True, "sample": False}


def score_end_to_end(docs: Iterable[GoldDoc], demonyms: bool = False) -> dict[str, float]:
    """Recognition P/R/F1 (exact spans; demonyms only where the gold has them) and resolution of matched spans."""
    from eventwire.geoparsing import default_geoparser

    gp = default_geoparser()
    tp = fp = fn = 0
    errors: list[float] = []
    n_docs = 0
    t0 = time.perf_counter()
    for d in docs:
        n_docs += 1
        pred = {(m.start, m.end): m for m in gp.parse(d.text) if demonyms or m.role != "demonym"}
        gold = {(t.start, t.end): t for t in d.toponyms}
        for span, t in gold.items():
            p = pred.get(span)
            if p is None:
                fn += 1
                continue
            tp += 1
            errors.append(_km(t.lat, t.lon, p.lat, p.lon) if p.lat is not None else MAX_KM)
        fp += sum(1 for s in pred if s not in gold)
    secs = time.perf_counter() - t0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    m = distance_metrics(errors)
    m.update({"precision": round(prec, 3), "recall": round(rec, 3),
              "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
              "articles_per_s": round(n_docs / secs, 1) if secs else 0.0})
    return m


def lower_docs(docs: Iterable[GoldDoc]) -> list[GoldDoc]:
    """The same articles lower-cased, every offset kept (a letter whose lower case is longer stays as it is)."""
    table = {}
    out = []
    for d in docs:
        for ch in set(d.text):
            if ch not in table:
                low = ch.lower()
                table[ch] = low if len(low) == 1 else ch
        text = d.text.translate(str.maketrans(table)) if d.text else d.text
        out.append(GoldDoc(d.id, text, [GoldToponym(t.start, t.end, text[t.start:t.end], t.lat, t.lon, t.geonameid)
                                        for t in d.toponyms]))
    return out


LOADERS = {"lgl": load_lgl, "gwn": load_gwn, "wiktor": load_wiktor, "sample": load_sample}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one JSON line per corpus, split and mode."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="lgl,gwn,wiktor,evloc")
    ap.add_argument("--split", default="test,all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-e2e", action="store_true")
    ap.add_argument("--lower", action="store_true", help="lower-case the gold texts (no case cues)")
    ap.add_argument("--errors", default="", help="write gold-mention errors (> 161 km) as JSON lines to this file")
    args = ap.parse_args(argv)
    dump: list[dict] | None = [] if args.errors else None
    for corpus in args.corpus.split(","):
        if corpus in EVLOC_LOADERS:  # evloc, evloc-ra: benchmarks/evloc.py
            for erow in evloc_report(corpus, args.split, args.limit):
                print(json.dumps(erow), flush=True)
            continue
        path = SHARED / {"lgl": "lgl", "gwn": "geowebnews", "wiktor": "wiktor", "sample": ""}[corpus]
        if not path.exists():
            sys.exit(f"missing data: {path} (see ../shared/data/README.md)")
        docs = LOADERS[corpus]()
        if args.limit:
            docs = docs[: args.limit]
        if args.lower:
            docs = lower_docs(docs)
        for split in args.split.split(","):
            sel = [d for d in docs if split == "all" or split_of(corpus, d.id) == split]
            row = {"corpus": corpus + ("-lower" if args.lower else ""), "split": split, "articles": len(sel),
                   "given_mode": "guesses", "given": score_given(sel, geoparser_resolver(), dump)}
            if dump is not None:
                for r in dump:
                    r.setdefault("corpus", corpus)
                    r.setdefault("split", split)
            if corpus == "gwn":  # the geocoding gold Gritta et al. distribute (gwn_full.txt): GeoNames ids only
                strict = [GoldDoc(d.id, d.text, [t for t in d.toponyms if t.geonameid]) for d in sel]
                row["given_geonames_only"] = score_given(strict, geoparser_resolver())
            if corpus == "wiktor":
                fixed, n_fixed = wiktor_lon_fixed(sel)
                row["given_lon_fixed"] = score_given(fixed, geoparser_resolver())
                row["given_lon_fixed"]["gold_flipped"] = n_fixed
            if not args.no_baseline:
                row["population_baseline"] = score_given(sel, population_resolver())
            if not args.no_e2e and corpus != "wiktor":  # WikToR annotates one name per article: no precision
                row["end_to_end"] = score_end_to_end(sel, DEMONYMS_ANNOTATED.get(corpus, False))
            print(json.dumps(row), flush=True)
    if dump is not None:
        Path(args.errors).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dump), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
