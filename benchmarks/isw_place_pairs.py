"""Pair each "place" miss of `isw_census.py --details` with the false "place" events of its report, type and day.

Usage: PYTHONPATH=src python benchmarks/isw_place_pairs.py DETAILS
DETAILS is the file `isw_census.py --details` wrote (seen dev ISW only). A pair is "same sentence" when the false
event's evidence names the missed gold place (the act placed at another town of its sentence), else "other act"
(a different act of that type and day elsewhere in the report). Prints every miss with its partners and the counts
by kind, events and different reports.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path


def _stem(name: str) -> str:
    """The first five letters of a place name's first word: enough to find "Hulyaipole" for "Huliaipole"."""
    return name.split(" (")[0].split()[0][:5].lower() if name.strip() else ""


def pairs(lines: list[list[str]]) -> dict[str, list[tuple[list[str], list[list[str]]]]]:
    """Misses of class place by kind ("same sentence", "other act", "no partner") with their false partners."""
    false = [r for r in lines if len(r) > 4 and r[1] == "false:place"]
    out: dict[str, list[tuple[list[str], list[list[str]]]]] = defaultdict(list)
    for m in (r for r in lines if len(r) > 4 and r[1] == "miss:place"):
        mates = [f for f in false if f[0] == m[0] and f[2] == m[2] and f[3] == m[3]]
        stem = _stem(m[4])
        same = [f for f in mates if stem and len(f) > 5 and stem in f[5].lower()]
        kind = "same sentence" if same else "other act" if mates else "no partner"
        out[kind].append((m, same or mates))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("details", type=Path)
    args = ap.parse_args()
    lines = [ln.split("\t") for ln in args.details.read_text(encoding="utf-8").splitlines() if ln.strip()]
    found = pairs(lines)
    for kind, rows in found.items():
        print(f"== {kind}")
        for m, mates in rows:
            print(f"M {m[0]} {m[2][:12]} {m[3]} {m[4]} | {m[5][:100] if len(m) > 5 else ''}")
            for f in mates:
                print(f"   F {f[4]} | {f[5][:200] if len(f) > 5 else ''}")
    print(json.dumps({k: {"events": len(v), "reports": len({m[0] for m, _ in v})} for k, v in found.items()},
                     indent=1))


if __name__ == "__main__":
    main()
