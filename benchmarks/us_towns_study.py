"""Which mentions the zipcodes US towns (ids from ustowns.US_TOWN_BASE) win on the LGL and GWN dev splits.

    PYTHONPATH=src python benchmarks/us_towns_study.py [--corpus lgl,gwn] [--world] [--show]

Counts, per corpus: end-to-end mentions read as a US town (on a gold span within / beyond 161 km, or on no gold
span: a false place), and gold-mention readings as a US town (within / beyond 161 km). `--show` prints each case.
`--world`: US-town places read in unlabelled world news (1,000 BBC and 1,000 AG News stories, 100 ISW reports,
all dev-hash by record id). Dev split only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS, bbc, isw  # noqa: E402
from eventwire.evaluate.gold import split_of as record_split  # noqa: E402
from eventwire.gazetteer.ustowns import US_TOWN_BASE  # noqa: E402
from eventwire.geoparsing import default_geoparser  # noqa: E402
from geoparse import _km, load_gwn, load_lgl, split_of  # noqa: E402


def _new(m: object) -> bool:
    gid = getattr(m, "geonameid", None)
    return gid is None and getattr(m, "name", None) is not None and _is_town(m)


def _is_town(m: object) -> bool:
    from eventwire.gazetteer import load_gazetteer

    gz = load_gazetteer()
    ids = gz.candidates(getattr(m, "text", ""))
    lat, lon = getattr(m, "lat", None), getattr(m, "lon", None)
    return any(int(gz.gid[i]) >= US_TOWN_BASE and abs(gz.lat[i] - (lat or 0)) < 1e-6
               and abs(gz.lon[i] - (lon or 0)) < 1e-6 for i in ids)


def world_news() -> dict[str, list[tuple[str, str]]]:
    """Dev-hash unlabelled stories by corpus: (record id, text); held-aside ids are never read."""
    import csv

    out: dict[str, list[tuple[str, str]]] = {"bbc": [], "ag": [], "isw": []}
    for i, t, _ in bbc():
        if len(out["bbc"]) < 1000 and record_split("bbc-" + i.replace("/", "-").removesuffix(".txt")) == "dev":
            out["bbc"].append((i, t))
    with (NEWS / "ag_news_test" / "test.csv").open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh)):
            if len(out["ag"]) < 1000 and row and record_split(f"ag:{n}") == "dev":
                out["ag"].append((f"ag:{n}", row[1].replace("\\", " ") + ".\n" + row[2].replace("\\", " ")))
    for _, t, day in isw():
        if len(out["isw"]) < 100 and day is not None and record_split(f"isw-{day.isoformat()}") == "dev":
            out["isw"].append((f"isw-{day.isoformat()}", t))
    return out


def world(gp: object, show: bool) -> None:
    """Places read from US-town rows in world news (each is a false place unless the story is American)."""
    for corpus, docs in world_news().items():
        n = 0
        for i, t in docs:
            for m in gp.parse(t):  # type: ignore[attr-defined]
                if _new(m):
                    n += 1
                    if show:
                        print(corpus, "world", i, repr(m.text), m.admin1, "|",
                              t[max(0, m.start - 70): m.end + 50].replace("\n", " "))
        print({"corpus": corpus, "stories": len(docs), "us_town_places": n})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="lgl,gwn")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--world", action="store_true", help="count US-town places in unlabelled world news instead")
    args = ap.parse_args()
    gp = default_geoparser()
    if args.world:
        world(gp, args.show)
        return 0
    loaders = {"lgl": load_lgl, "gwn": load_gwn}
    for corpus in args.corpus.split(","):
        docs = [d for d in loaders[corpus]() if split_of(corpus, d.id) == "dev"]
        e2e = {"near": 0, "far": 0, "no gold span": 0}
        given = {"near": 0, "far": 0}
        for d in docs:
            gold = {(t.start, t.end): t for t in d.toponyms}
            for m in gp.parse(d.text):
                if not _new(m):
                    continue
                t = gold.get((m.start, m.end))
                kind = "no gold span" if t is None else ("near" if _km(t.lat, t.lon, m.lat, m.lon) <= 161 else "far")
                e2e[kind] += 1
                if args.show:
                    print(corpus, "e2e", kind, d.id, repr(m.text), m.admin1, "|",
                          d.text[max(0, m.start - 70): m.end + 50].replace("\n", " "))
            spans = list(gold)
            for (s, e), p in zip(spans, gp.resolve_given(d.text, spans), strict=True):
                if p is None or not _new(p):
                    continue
                t = gold[(s, e)]
                kind = "near" if _km(t.lat, t.lon, p.lat, p.lon) <= 161 else "far"
                given[kind] += 1
                if args.show:
                    print(corpus, "given", kind, d.id, repr(t.text), p.admin1, "|",
                          d.text[max(0, s - 70): e + 50].replace("\n", " "))
        print({"corpus": corpus, "articles": len(docs), "end_to_end": e2e, "given": given})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
