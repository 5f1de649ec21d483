"""Score eventwire on some event gold files alone: the fresh blind batches that judge a session's changes.

Usage: PYTHONPATH=src python benchmarks/fresh_gold.py [FILE ...]
       (names under benchmarks/gold/events; default: the session-11 batches gold_dev11.jsonl and gold_dev11b.jsonl;
       session 12's batch: `python benchmarks/fresh_gold.py gold_dev12.jsonl`)
Prints, as JSON, event F1 (P, R), fatalities exact and location <= 25 km for each file and for all of them, each also
split into ISW reports, Gaza headlines, Reuters-21578 wire stories and other articles. The shared scorer
(`score_records`) is the one `benchmarks/events.py gold` uses; the drawn items with no codable event are kept out of
the files (see the gold README), except in gold_dev14.jsonl, whose event-free wire stories judge false alarms.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from eventwire.evaluate.common import default_extractor
from eventwire.evaluate.gold import GOLD_DIR, load_gold_file, score_records

DEFAULT = ("gold_dev11.jsonl", "gold_dev11b.jsonl")
PARTS: dict[str, Callable[[str], bool]] = {
    "isw": lambda rid: rid.startswith("isw-"),
    "headlines": lambda rid: rid.startswith("gaza"),
    "reuters": lambda rid: rid.startswith("reuters-"),
    "articles": lambda rid: not rid.startswith(("isw-", "gaza", "reuters-")),
}


def figures(records: list[dict[str, Any]], run: Callable[..., Any]) -> dict[str, Any]:
    """Event P/R/F1, fatalities exact and location <= 25 km of the shared scorer, in short form."""
    r = score_records(records, run)
    e, f, loc = r["event"], r["fatalities_exact"], r["location_within_25km"]
    return {"records": r["documents"], "gold_events": r["gold_events"], "f1": e["f1"], "precision": e["precision"],
            "recall": e["recall"], "tp": e["tp"], "fp": e["fp"], "fn": e["fn"],
            "fatalities_exact": f"{f['hit']}/{f['total']}", "location_25km": f"{loc['hit']}/{loc['total']}"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", default=list(DEFAULT), help="gold file names under benchmarks/gold/events")
    args = ap.parse_args()
    extract = default_extractor()
    cache: dict[tuple[str, Any], Any] = {}

    def run(text: str, published: Any) -> Any:  # each text is extracted once, then scored in every part
        if (text, published) not in cache:
            cache[(text, published)] = extract(text, published)
        return cache[(text, published)]

    out: dict[str, Any] = {}
    sets = {name: load_gold_file(GOLD_DIR / name) for name in args.files}
    sets["all"] = [r for recs in list(sets.values()) for r in recs]
    for name, recs in sets.items():
        out[name] = {"all": figures(recs, run)}
        for part, test in PARTS.items():
            mine = [r for r in recs if test(r["id"])]
            if mine:
                out[name][part] = figures(mine, run)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
