"""UCDP GED scorer: the real source headlines of 1,000 GED events against their deaths and places.

Each event's headlines (';'-joined in the sample) are extracted one by one with the event's first
day as the publication date. Only events with a headline that states a death toll (a number and a
death word) are scored for deaths: a hit when any event extracted from those headlines has a
fatality figure within UCDP's [low, high]. Places: a hit when any extracted location lies within
50 km of the GED point (events coded to a town or a spot within 25 km, where_prec 1-2).
"""

from __future__ import annotations

import csv
import hashlib
import re
from datetime import date
from typing import Any

from eventwire.evaluate.common import (
    Extractor,
    Ratio,
    corpus_path,
    default_extractor,
    fatalities_of,
    haversine_km,
)
from eventwire.model import Event

_NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"dozens?|scores?|hundreds?|thousands?)\b", re.I)
_DEATH = re.compile(r"kill|dead|death|\bdie[sd]?\b|slain|massacre|lives", re.I)
PLACE_KM = 50.0
# The merge benchmark's seeded split of GED rows (benchmarks/merge_outlets.py): a third of the rows is held aside.
SPLIT_SEED = 20261125


def ucdp_held(row_id: str) -> bool:
    """Whether a GED row id hashes to the held-aside third (the merge benchmark's split, shared by rule work)."""
    return int(hashlib.sha1(f"ucdp-merge-{SPLIT_SEED}:{row_id}".encode()).hexdigest(), 16) % 3 == 0


def states_toll(headline: str) -> bool:
    """A headline with a number and a death word ('Suicide bomber kills seven in Baghdad')."""
    return bool(_NUMBER.search(headline) and _DEATH.search(headline))


def load_ucdp() -> list[dict[str, Any]]:
    """GED rows that have at least one source headline, with their headlines split."""
    path = corpus_path("events", "ucdp_ged_sample_1000", "ucdpged_sample_2023release.csv")
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            heads = [h.strip() for h in (r.get("source_headline") or "").split(";") if h.strip()]
            if heads:
                r["headlines"] = heads
                rows.append(r)
    return rows


def _int(v: str) -> int | None:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def score_ucdp(extractor: Extractor | None = None, limit: int | None = None,
               split: str | None = None) -> dict[str, Any]:
    """Deaths-in-range and place-within-50-km rates over the GED sample's headlines (split: train, heldout or all)."""
    if split not in (None, "train", "heldout"):
        raise ValueError(f"unknown UCDP split {split!r}; one of train, heldout, all")
    run = extractor or default_extractor()
    rows = [r for r in load_ucdp() if split is None or ucdp_held(r["id"]) == (split == "heldout")][: limit or None]
    deaths, places, any_event = Ratio(), Ratio(), Ratio()
    errors: dict[str, int] = {}
    for r in rows:
        day = date.fromisoformat(r["date_start"]) if r.get("date_start") else None
        toll_events: list[Event] = []
        all_events: list[Event] = []
        for h in r["headlines"]:
            try:
                evs = run(h, day)
            except Exception as exc:  # noqa: BLE001 - a failing headline is counted, never stops the run
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                evs = []
            all_events.extend(evs)
            if states_toll(h):
                toll_events.extend(evs)
        any_event.add(bool(all_events))
        if any(states_toll(h) for h in r["headlines"]):
            lo, hi = _int(r["low"]), _int(r["high"])
            figures = [f for f in (fatalities_of(e) for e in toll_events) if f is not None]
            deaths.add(lo is not None and hi is not None and any(lo <= f <= hi for f in figures))
        prec, lat, lon = _int(r.get("where_prec", "")), r.get("latitude"), r.get("longitude")
        if prec is not None and prec <= 2 and lat and lon:
            pts = [e.location for e in all_events if e.location and e.location.lat is not None]
            places.add(any(haversine_km(float(lat), float(lon), p.lat, p.lon) <= PLACE_KM  # type: ignore[arg-type]
                           for p in pts))
    return {"corpus": "ucdp", "split": split or "all", "events": len(rows), "with_any_event": any_event.as_dict(),
            "deaths_in_range": deaths.as_dict(), "place_within_50km": places.as_dict(),
            "failed_documents": errors}
