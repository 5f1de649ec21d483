"""Census of the false and missed ISW events on seen gold, each put in a mechanical class, counted by reports.

Usage: PYTHONPATH=src python benchmarks/isw_census.py [--details FILE]
Reads every gold file except the held batches (`gold_held*.jsonl`) and keeps only ISW records whose split and id hash
are both dev, so no held-out text or label is read. Pairs with the scorer's greedy matching (`evaluate.gold._strict`);
each unpaired gold event (miss) and system event (false) gets the first class that fits:
  miss  taken: a system event of its type, day and place exists but is paired with another gold event (gold counts
        two events where the system has one); type: only another type at its place and day; day: its type and place,
        another day; place: an unpaired system event of its type and day elsewhere; none: nothing of these.
  false dup: a paired gold event of its type, day and place (a second event of one gold act); type / day / place as
        above, from the system side; nogold: no gold event shares two of type, day and place with it.
Prints, per class, the events and the number of different reports that show it (a class in one report is likely
idiosyncratic); --details writes one line per event with the gold note or the system's evidence.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import eventwire
from eventwire.evaluate.common import greedy_match, is_violent
from eventwire.evaluate.gold import _day, _strict, date_ok, load_gold_file, location_ok, split_of
from eventwire.model import Event

GOLD = Path(__file__).resolve().parent / "gold" / "events"
MISS_ORDER = ("taken", "type", "day", "place")
FALSE_ORDER = ("dup", "type", "day", "place")


def seen_isw() -> list[dict[str, Any]]:
    """Dev ISW records of every gold file but the held batches, with their text (held records' text is never read)."""
    return [r for f in sorted(GOLD.glob("*.jsonl")) if not f.name.startswith("gold_held")
            for r in load_gold_file(f, "dev") if r["id"].startswith("isw-") and split_of(r["id"]) == "dev"]


def _kind(g: dict[str, Any], e: Event, paired: bool, side: str) -> str | None:
    ty, dt, lo = g["event_type"] == e.event_type, date_ok(g, e), location_ok(g, e)
    if ty and dt and lo:
        return ("taken" if paired else None) if side == "miss" else "dup"
    if ty and lo:
        return "day"
    if dt and lo:
        return "type"
    return "place" if ty and dt and not paired else None


def _first(kinds: list[str | None], order: tuple[str, ...], default: str) -> str:
    found = [k for k in kinds if k in order]
    return min(found, key=order.index) if found else default


def census(records: list[dict[str, Any]], run: Callable[..., list[Event]]) -> tuple[dict[str, set[str]], list[str]]:
    """Reports per class ('miss:taken', 'false:dup', ...) and one detail line per unpaired event."""
    reports: dict[str, set[str]] = {}
    lines: list[str] = []
    for r in records:
        events = [e for e in run(r["text"], published=_day(r.get("published"))) if is_violent(e)]
        gold = r["events"]
        pairs = greedy_match(gold, events, _strict)
        pg, ps = {a for a, _ in pairs}, {b for _, b in pairs}
        for i, g in enumerate(gold):
            if i in pg:
                continue
            c = "miss:" + _first([_kind(g, e, j in ps, "miss") for j, e in enumerate(events)], MISS_ORDER, "none")
            reports.setdefault(c, set()).add(r["id"])
            loc = (g.get("location") or {}).get("name")
            lines.append(f"{r['id']}\t{c}\t{g['event_type']}\t{g.get('date')}\t{loc}\t{(g.get('note') or '')[:300]}")
        for j, e in enumerate(events):
            if j in ps:
                continue
            c = "false:" + _first([_kind(g, e, i in pg, "false") for i, g in enumerate(gold)], FALSE_ORDER, "nogold")
            reports.setdefault(c, set()).add(r["id"])
            ev = e.evidence[0].text.replace("\n", " ")[:300] if e.evidence else ""
            lines.append(f"{r['id']}\t{c}\t{e.event_type}\t{e.date.start}\t{e.location and e.location.name}\t{ev}")
    return reports, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--details", type=Path, help="write one tab-separated line per unpaired event")
    args = ap.parse_args()
    records = seen_isw()
    reports, lines = census(records, eventwire.extract)
    events = {c: sum(1 for x in lines if x.split("\t")[1] == c) for c in reports}
    print(json.dumps({"records": len(records), "classes": {c: {"events": events[c], "reports": len(reports[c])}
                                                           for c in sorted(reports)}}, indent=1))
    if args.details:
        args.details.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
