"""Census 'false:dup' events split by which event of the pair is the extra one (seen dev ISW gold only).

Usage: PYTHONPATH=src python benchmarks/isw_swaps.py [--details FILE]
The scorer pairs a gold act with the first system event of the best score, and its score ignores distance, so a town
named only as a direction ("assaults northwest of Slovyansk") often takes the gold village ("Mazanivka") while the
system's own Mazanivka event is counted false. A 'dup' event is a swap when it lies more than SWAP_KM nearer the gold
act than the event paired with that act: the extra event is then the paired one. Prints the dup events as swaps or
extras, counted by reports, with how the extra event tells its place; --details writes one line per dup event.
Reads what `isw_census.py` reads (dev records of every gold file but the held batches), nothing else.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import eventwire
from eventwire.evaluate.common import greedy_match, is_violent
from eventwire.evaluate.gold import _day, _strict
from eventwire.gazetteer.index import haversine_km
from eventwire.model import Event
from isw_census import FALSE_ORDER, _first, _kind, seen_isw

SWAP_KM = 2.0  # nearer by more than a village's own size
_DIRS = r"(?:north|south|east|west)(?:east|west)?(?:ern)?"
_SHAPES = (("compass", re.compile(rf"\b{_DIRS}\s+of\s+(?:the\s+)?$", re.I)),
           ("toward", re.compile(r"\b(?:toward|towards|directions?\s+of)\s+(?:the\s+)?$", re.I)),
           ("from", re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)))


def place_shape(sentence: str, place: str) -> str:
    """How a sentence tells its place: 'compass' ("west of X"), 'toward', 'from', 'plain', or 'absent'."""
    i = sentence.find(place) if place else -1
    if i < 0:
        return "absent"
    before = sentence[max(0, i - 45) : i]
    return next((name for name, rx in _SHAPES if rx.search(before)), "plain")


def nearer_by(gold: tuple[float, float], mine: tuple[float, float], paired: tuple[float, float]) -> float:
    """How many km nearer the gold point `mine` lies than `paired` (negative when farther)."""
    return haversine_km(*gold, *paired) - haversine_km(*gold, *mine)


def _point(e: Event) -> tuple[float, float] | None:
    loc = e.location
    return (loc.lat, loc.lon) if loc is not None and loc.lat is not None and loc.lon is not None else None


def _shape_of(e: Event) -> str:
    return place_shape(e.evidence[0].text if e.evidence else "", (e.location and e.location.text) or "")


def swaps(records: list[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Dup events per kind ('swap', 'extra', 'area'): events, reports and the extra event's place shapes."""
    out: dict[str, dict[str, Any]] = {}
    lines: list[str] = []
    for r in records:
        events = [e for e in eventwire.extract(r["text"], published=_day(r.get("published"))) if is_violent(e)]
        gold = r["events"]
        pair = dict(greedy_match(gold, events, _strict))
        paired = set(pair.values())
        for j, e in enumerate(events):
            if j in paired or _first([_kind(g, e, i in pair, "false") for i, g in enumerate(gold)], FALSE_ORDER,
                                     "nogold") != "dup":
                continue
            best: tuple[float, Event] | None = None
            for i, g in enumerate(gold):
                gl, mine, other = g.get("location") or {}, _point(e), _point(events[pair[i]]) if i in pair else None
                if i not in pair or _kind(g, e, True, "false") != "dup" or gl.get("lat") is None or mine is None \
                        or other is None:
                    continue
                gain = nearer_by((gl["lat"], gl["lon"]), mine, other)
                if best is None or gain > best[0]:
                    best = (gain, events[pair[i]])
            kind = "area" if best is None else "swap" if best[0] > SWAP_KM else "extra"
            extra = best[1] if best is not None and kind == "swap" else e
            c = out.setdefault(kind, {"events": 0, "reports": set(), "extra_shape": {}})
            c["events"] += 1
            c["reports"].add(r["id"])
            shape = _shape_of(extra)
            c["extra_shape"][shape] = c["extra_shape"].get(shape, 0) + 1
            ev = extra.evidence[0].text.replace("\n", " ")[:240] if extra.evidence else ""
            lines.append(f"{r['id']}\t{kind}\t{e.location and e.location.name}\textra: "
                         f"{extra.location and extra.location.name} ({shape})\t{ev}")
    return out, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--details", type=Path, help="write one tab-separated line per dup event")
    args = ap.parse_args()
    out, lines = swaps(seen_isw())
    print(json.dumps({k: {"events": v["events"], "reports": len(v["reports"]), "extra_shape": v["extra_shape"]}
                      for k, v in sorted(out.items())}, indent=1))
    if args.details:
        args.details.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
