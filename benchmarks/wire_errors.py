"""Per-record false and missed violent events of dev gold records, for an error census (one line each).

Usage: PYTHONPATH=src python benchmarks/wire_errors.py gold_dev34.jsonl gold_dev18.jsonl [--kind reuters]
Only dev-split records are loaded (`load_gold_file(path, "dev")` never reads another split's text), and the
`gold_held*` files are refused. Pairs as the shared scorer does (`evaluate.gold._strict`, greedy); a missed gold
event that the relaxed pairing (type and day only) would give to an unpaired system event shows that event's place
and its distance, so a wrong place is told apart from a missed act. Prints nothing for a record scored without error.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import default_extractor, greedy_match, haversine_km, is_violent
from eventwire.evaluate.gold import GOLD_DIR, _day, _relaxed, _strict, kind_of, load_gold_file


def _where(ev: Any) -> str:
    loc = ev.location
    return f"{loc.name} [{loc.feature_code or ''}]" if loc is not None else "None []"


def record_errors(record: dict[str, Any], events: Sequence[Any]) -> list[str]:
    """One line per missed gold event (MISS) and per unpaired system event (FALSE) of one record."""
    gold = record["events"]
    pairs = greedy_match(gold, list(events), _strict)
    paired_g, paired_s = {g for g, _ in pairs}, {s for _, s in pairs}
    near = dict(greedy_match(gold, list(events), _relaxed))
    out = []
    for gi, g in enumerate(gold):
        if gi in paired_g:
            continue
        gl = g.get("location") or {}
        line = f"MISS {g['sub_event_type']} {g['date']} @ {gl.get('name')}"
        si = near.get(gi)
        if si is not None and si not in paired_s:
            s = events[si].location
            d = (round(haversine_km(gl["lat"], gl["lon"], s.lat, s.lon)) if gl.get("lat") is not None
                 and s is not None and s.lat is not None and s.lon is not None else None)
            line += f"  ~ system {_where(events[si])} d={d}"
        out.append(line)
    for si, ev in enumerate(events):
        if si in paired_s:
            continue
        said = " ".join(ev.evidence[0].text.split())[:200] if ev.evidence else ""
        out.append(f"FALSE {ev.sub_event_type} {ev.date.start} @ {_where(ev)} :: {said}")
    return out


def census(names: Sequence[str], kind: str | None, run: Callable[..., Any]) -> list[str]:
    """The error lines of every dev record of the named gold files (of one kind, when given), a header per record."""
    out = []
    for name in names:
        if Path(name).name.startswith("gold_held"):  # "./gold_held30.jsonl", a full path: refused before any open
            raise SystemExit(f"{name}: held-out gold is scored only by the lead")
        for r in load_gold_file(GOLD_DIR / name, "dev"):
            if kind is not None and kind_of(r) != kind:
                continue
            evs = [e for e in run(r["text"], _day(r.get("published"))) if is_violent(e)]
            lines = record_errors(r, evs)
            if lines:
                out.append(f"=== {name} {r['id']} gold {len(r['events'])} system {len(evs)}")
                out.extend("  " + x for x in lines)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", help="gold file names under benchmarks/gold/events")
    ap.add_argument("--kind", default=None, help="only records of this kind (reuters, isw, headlines, ...)")
    args = ap.parse_args()
    print("\n".join(census(args.files, args.kind, default_extractor())))


if __name__ == "__main__":
    main()
