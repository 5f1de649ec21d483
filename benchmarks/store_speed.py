"""Store speed: upsert N synthetic events into a fresh SQLite file, then time typical queries."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire.model import Actor, Count, DateSpan, Event, Evidence, Location, Plover
from eventwire.store import open_store
from eventwire.store.base import EventQuery

TYPES = [
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]
PLACES = [
    ("Kyiv", 703448, 50.4547, 30.5238, "UA"),
    ("Kharkiv", 706483, 49.9808, 36.2527, "UA"),
    ("Odesa", 698740, 46.4775, 30.7326, "UA"),
    ("Gaza", 281133, 31.5017, 34.4668, "PS"),
    ("Khartoum", 379252, 15.5518, 32.5324, "SD"),
    ("Aleppo", 170063, 36.2021, 37.1343, "SY"),
]
WORDS = "drones missiles shelling apartment school hospital market convoy village checkpoint bridge".split()


def synthetic(n: int, seed: int = 7) -> list[Event]:
    """N varied events over two years, six places and five sub-event types."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    out = []
    for i in range(n):
        et, st = TYPES[i % len(TYPES)]
        name, gid, lat, lon, cc = PLACES[rng.randrange(len(PLACES))]
        day = start + timedelta(days=rng.randrange(730))
        killed = rng.randrange(12)
        text = f"{' '.join(rng.sample(WORDS, 4))} near {name}, {killed} killed"
        art = f"art_{i // 3:08d}"
        out.append(
            Event(
                id=f"ev_{i:010d}",
                event_type=et,
                sub_event_type=st,
                plover=Plover(event="ASSAULT"),
                date=DateSpan(start=day, end=day, precision="day"),
                location=Location(name=name, geonameid=gid, lat=lat, lon=lon, country_code=cc),
                actors=[
                    Actor(name="Armed group", sector="REB"),
                    Actor(name="Civilians", sector="CVL", role="recipient"),
                ],
                fatalities=Count(low=killed, best=killed, text=f"{killed} killed"),
                evidence=[
                    Evidence(article_id=art, start=0, end=len(text), text=text, supports=["fatalities"])
                ],
                article_ids=[art],
                sources=["Synthetic Wire"],
            )
        )
    return out


def timed(label: str, fn, repeat: int = 5) -> object:  # type: ignore[no-untyped-def]
    """Run fn `repeat` times; print the median milliseconds."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    size = len(result) if isinstance(result, list) else result
    print(f"{label:<48} {times[len(times) // 2] * 1000:9.1f} ms   -> {size}")
    return result


def main() -> int:
    """Parse arguments and run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=100_000, help="number of events (default 100000)")
    ap.add_argument(
        "--db",
        help="SQLite file or postgresql:// URL of an empty database (default: a temporary SQLite file)",
    )
    args = ap.parse_args()
    events = synthetic(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        target = args.db if args.db and "://" in args.db else Path(args.db or Path(tmp) / "bench.db")
        with open_store(target) as store:
            t0 = time.perf_counter()
            store.upsert_events(events)
            first = time.perf_counter() - t0
            t0 = time.perf_counter()
            store.upsert_events(events)
            again = time.perf_counter() - t0
            print(
                f"upsert {args.n} new events                  {first:9.2f} s   ({args.n / first:,.0f} events/s)"
            )
            print(
                f"upsert {args.n} existing events (replace)   {again:9.2f} s   ({args.n / again:,.0f} events/s)"
            )
            if isinstance(target, Path):
                print(f"database size {target.stat().st_size / 1e6:.1f} MB")
            timed("count all", lambda: store.count_events(EventQuery()))
            timed("first page of 1000 (no filter)", lambda: store.query_events(EventQuery()))
            timed(
                "country=UA, 2025-03, limit 1000",
                lambda: store.query_events(
                    EventQuery(country="UA", since=date(2025, 3, 1), until=date(2025, 3, 31))
                ),
            )
            timed(
                "sub_event_type=Armed clash, count",
                lambda: store.count_events(EventQuery(sub_event_type="Armed clash")),
            )
            timed(
                "text='hospital convoy', limit 1000",
                lambda: store.query_events(EventQuery(text="hospital convoy")),
            )
            timed(
                "text='hospital convoy', count",
                lambda: store.count_events(EventQuery(text="hospital convoy")),
            )
            timed("article_id lookup", lambda: store.query_events(EventQuery(article_id="art_00001000")))
            timed("get_event by id", lambda: [store.get_event("ev_0000050000")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
