"""Violent events per 100 non-conflict stories (BBC business/sport/tech/entertainment, Reuters-21578, AG News 2-4).

    python benchmarks/false_alarms.py              # 100 stories per corpus, seeded (the tracked figure)
    python benchmarks/false_alarms.py --per 2000   # a wider sample
    python benchmarks/false_alarms.py --show       # also list each violent event with its evidence
No gold is needed: it counts. Most of these stories tell no violence, so the figure is an upper bound on the
false-alarm rate; a real shooting or mine attack in a business story is counted too (read them with --show).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS, bbc, require, reuters  # noqa: E402

SEED = "r26-false-alarms"
AG_CLASSES = {"2": "sport", "3": "business", "4": "scitech"}  # AG "1" is World news: left out on purpose


def ag_news() -> Iterator[tuple[str, str]]:
    """(id, headline + description) for AG News test rows of the Sports, Business and Sci/Tech classes."""
    with require(NEWS / "ag_news_test" / "test.csv").open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh)):
            if row and row[0] in AG_CLASSES:
                yield f"ag:{n}", row[1].replace("\\", " ") + ".\n" + row[2].replace("\\", " ")


def sample(per: int) -> dict[str, list[tuple[str, str]]]:
    """A fixed seeded sample of `per` stories from each corpus."""
    pools = {
        "bbc": [(f"bbc:{i}", t) for i, t, _ in bbc() if not i.startswith("politics/")],
        "reuters": [(f"reu:{i}", t) for i, t, _ in reuters() if len(t) > 200],
        "ag": list(ag_news()),
    }
    out = {}
    for name, pool in pools.items():
        random.Random(f"{SEED}:{name}").shuffle(pool)
        out[name] = pool[:per]
    return out


def main(argv: list[str] | None = None) -> int:
    """Print violent events per 100 stories, per corpus and in all."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per", type=int, default=100, help="stories per corpus")
    ap.add_argument("--show", action="store_true", help="list every violent event")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args(argv)
    from eventwire.api import extract
    from eventwire.errors import ComponentError
    from eventwire.evaluate.common import is_violent

    rows: dict[str, dict[str, float]] = {}
    types: Counter[str] = Counter()
    total_docs = total_events = 0
    for name, docs in sample(args.per).items():
        events = docs_with = skipped = 0
        for doc_id, text in docs:
            try:
                found = [e for e in extract(text) if is_violent(e)]
            except ComponentError:  # e.g. a story the language stage rejects: it yields no event, as in a feed
                skipped += 1
                continue
            events += len(found)
            docs_with += bool(found)
            for e in found:
                types[e.sub_event_type or e.event_type or "?"] += 1
                if args.show:
                    ev = " ".join(e.evidence[0].text.split())[:200] if e.evidence else ""
                    print(f"{doc_id}\t{e.sub_event_type}\t{e.location.name if e.location else ''}\t{ev}")
        rows[name] = {"stories": len(docs), "events": events, "per_100": round(100 * events / max(len(docs), 1), 2),
                      "stories_with_event": docs_with, "rejected": skipped}
        total_docs += len(docs)
        total_events += events
    rows["all"] = {"stories": total_docs, "events": total_events,
                   "per_100": round(100 * total_events / max(total_docs, 1), 2),
                   "stories_with_event": sum(int(r["stories_with_event"]) for r in rows.values()),
                   "rejected": sum(int(r["rejected"]) for r in rows.values())}
    if args.json:
        print(json.dumps({"corpora": rows, "sub_event_types": dict(types.most_common())}))
        return 0
    print(f"{'corpus':<10}{'stories':>8}{'events':>8}{'per 100':>9}{'stories w/ event':>18}")
    for name, r in rows.items():
        print(f"{name:<10}{r['stories']:>8}{r['events']:>8}{r['per_100']:>9.2f}{r['stories_with_event']:>18}")
    for t, n in types.most_common():
        print(f"  {t}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
