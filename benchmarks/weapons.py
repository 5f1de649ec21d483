"""Weapons tallies (launched/intercepted per kind and model): written test sentences and ISW 2022 vs Air Force gold.

Usage: PYTHONPATH=src python benchmarks/weapons.py [written|isw|all] [--show]   (default: written)

- written: 20 tally sentences written for eventwire in the common phrasings of air-force reports (no
  article text); every tally stated must be extracted exactly (kind, model, launched, intercepted).
- isw: ISW daily reports (../shared/data/news/isw_2022, Sep-Dec 2022) against the Ukrainian Air Force
  tallies in ../shared/data/news/ukraine_missile_attacks_piterfm (launched/destroyed per attack and model).
  Agreement: an extracted tally whose value equals a gold figure of the same kind and role (launched or
  destroyed) for an attack that night or the night before. Recall: gold figures ≥ 5 that the report states
  (the number is written in a sentence that names that weapon kind) and that we extract with the right role.
  Reports whose gold split is heldout (either id form) are skipped: the lead runs those.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import NEWS, isw, require  # noqa: E402
from eventwire.components.numbers import find_numbers  # noqa: E402
from eventwire.components.sentences import split_sentences  # noqa: E402
from eventwire.components.weapons import WeaponFinder  # noqa: E402
from eventwire.evaluate.gold import split_of  # noqa: E402
from eventwire.model import Article  # noqa: E402
from eventwire.pipeline import WorkDoc  # noqa: E402

Tally = tuple[str, str | None, int | None, int | None]

# Written for eventwire (not copied from any report): expected tallies per sentence.
WRITTEN: list[tuple[str, list[Tally]]] = [
    ("Russia launched 479 drones and 20 missiles overnight; air defences downed 277 drones and 19 missiles.",
     [("drone", None, 479, 277), ("missile", None, 20, 19)]),
    ("The air force said it shot down 31 of 35 Shahed drones launched by Russia.", [("drone", "Shahed", 35, 31)]),
    ("Of the 40 missiles fired at the capital, 32 were intercepted.", [("missile", None, 40, 32)]),
    ("Air defence units destroyed 52 attack drones and 3 cruise missiles over the south.",
     [("drone", None, None, 52), ("missile", None, None, 3)]),
    ("Russian forces fired 8 Kh-101 cruise missiles and two Iskander-M ballistic missiles at Kyiv.",
     [("missile", "Kh-101", 8, None), ("missile", "Iskander-M", 2, None)]),
    ("The military said 45 Shahed-136 drones were launched from Primorsko-Akhtarsk and 41 of them were shot down.",
     [("drone", "Shahed-136", 45, 41)]),
    ("In total, the enemy used 70 air attack assets: 60 Shahed-type drones and 10 missiles.",
     [("drone", "Shahed", 60, None), ("missile", None, 10, None)]),
    ("Ukrainian air defences intercepted 18 of 21 missiles overnight.", [("missile", None, 21, 18)]),
    ("Russia attacked Ukraine with 100 drones overnight, of which 70 were shot down.", [("drone", None, 100, 70)]),
    ("A total of 23 Kalibr missiles were fired from the Black Sea; 20 were destroyed.",
     [("missile", "Kalibr", 23, 20)]),
    ("Air defense forces neutralized 56 drones over nine regions.", [("drone", None, None, 56)]),
    ("The enemy launched 6 Kinzhal hypersonic missiles, all of which were shot down.",
     [("missile", "Kinzhal", 6, 6)]),
    ("Overnight, Russia launched 90 Shaheds at Ukraine.", [("drone", "Shahed", 90, None)]),
    ("The military reported shooting down 15 Kh-59 guided missiles.", [("missile", "Kh-59", None, 15)]),
    ("Russian troops fired 4 S-300 missiles at Kharkiv.", [("missile", "S-300", 4, None)]),
    ("Air defences destroyed 25 of the 30 Shahed drones in the attack.", [("drone", "Shahed", 30, 25)]),
    ("Russia launched a combined strike with 40 missiles and 50 drones; Ukrainian forces shot down 35 missiles "
     "and 45 drones.", [("missile", None, 40, 35), ("drone", None, 50, 45)]),
    ("The air force said 12 Lancet drones were downed near the front.", [("drone", "Lancet", None, 12)]),
    ("Russian forces launched 3 Iskander ballistic missiles and 26 Shahed drones; 24 drones were destroyed.",
     [("missile", "Iskander", 3, None), ("drone", "Shahed", 26, 24)]),
    ("Ukrainian air defenses shot down 60 of 65 cruise missiles fired from Tu-95 bombers.",
     [("missile", None, 65, 60)]),
]

MISSILE = re.compile(r"^(?:X-|Kh-|Kalibr|Iskander|C-[34]00|P-800|KN-23|3M22|Unknown Missile|KAB)", re.I)
DRONE = re.compile(r"Shahed|UAV|Orlan|ZALA|Supercam|Lancet|Merlin|Orion|Forpost|Mohajer|Kub", re.I)
KIND_WORDS = {"drone": r"drones?|Shaheds?|UAVs?|Shahed-13[16]", "missile": r"missiles?"}


def tallies(text: str, finder: WeaponFinder) -> list[Tally]:
    """(kind, model, launched, intercepted) of every weapon mention that states a count."""
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.numbers = find_numbers(text, 0, len(text))
    return [(w.kind, w.model, w.launched, w.intercepted) for w in finder.find(doc)
            if w.launched is not None or w.intercepted is not None]


def written(show: bool = False) -> dict[str, Any]:
    """Exact-match accuracy on the written tally sentences (per sentence and per tally)."""
    finder = WeaponFinder()
    ok = tp = n_gold = n_got = 0
    for text, gold in WRITTEN:
        got = tallies(text, finder)
        ok += got == gold
        tp += sum(1 for g in gold if g in got)
        n_gold += len(gold)
        n_got += len(got)
        if show and got != gold:
            print(f"  MISS {text}\n       gold {gold}\n       got  {got}")
    return {"sentences": len(WRITTEN), "sentence_exact": round(ok / len(WRITTEN), 3),
            "tally_precision": round(tp / max(1, n_got), 3), "tally_recall": round(tp / max(1, n_gold), 3)}


def _kind(model: str) -> str | None:
    if DRONE.search(model):
        return "drone"
    if MISSILE.search(model):
        return "missile"
    return None


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def gold_nights() -> dict[date, list[dict[str, Any]]]:
    """Air Force attacks by day (an attack counts for the days it starts and ends)."""
    path = require(NEWS / "ukraine_missile_attacks_piterfm" / "missile_attacks_daily.csv")
    out: dict[date, list[dict[str, Any]]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind = _kind(row["model"])
            if kind is None or not row["launched"]:
                continue
            rec = {"kind": kind, "model": row["model"], "launched": int(float(row["launched"])),
                   "destroyed": int(float(row["destroyed"])) if row["destroyed"] else None}
            days = {_day(row["time_start"]), _day(row["time_end"] or row["time_start"])}
            for d in days:
                out[d].append(rec)
    return out


def _figures(attacks: list[dict[str, Any]]) -> dict[tuple[str, str], set[int]]:
    """Gold values per (kind, role): each attack's figures and the night's totals per kind."""
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for a in attacks:
        for role, key in (("launched", "launched"), ("intercepted", "destroyed")):
            if a[key] is not None:
                out[(a["kind"], role)].add(a[key])
                totals[(a["kind"], role)] += a[key]
    for k, v in totals.items():
        out[k].add(v)
    return out


def isw_vs_gold(show: bool = False) -> dict[str, Any]:
    """Agreement of ISW tallies with the Air Force figures for the same nights, and recall of stated ones."""
    nights = gold_nights()
    finder = WeaponFinder()
    first = min(nights)
    reports = agree = extracted = stated = found = 0
    for name, text, published in isw():
        if published is None or published < first or held(name, published):
            continue
        attacks = nights.get(published, []) + nights.get(published - timedelta(days=1), [])
        if not attacks:
            continue
        reports += 1
        figures = _figures(attacks)
        got = tallies(text, finder)
        for kind, _model, launched, intercepted in got:
            for role, value in (("launched", launched), ("intercepted", intercepted)):
                if value is None or kind not in ("drone", "missile"):
                    continue
                extracted += 1
                hit = value in figures.get((kind, role), set())
                agree += hit
                if show and not hit:
                    print(f"  {name}: {kind} {role}={value} not in gold {sorted(figures.get((kind, role), []))}")
        got_set = {(k, role, v) for k, _m, la, it in got for role, v in (("launched", la), ("intercepted", it))}
        for (kind, role), values in figures.items():
            for v in values:
                if v < 5 or not _stated(text, kind, v):
                    continue
                stated += 1
                # "shot down all 13 drones": where the night's launched and destroyed agree, either role counts.
                other = "intercepted" if role == "launched" else "launched"
                hit = (kind, role, v) in got_set or (v in figures.get((kind, other), set())
                                                     and (kind, other, v) in got_set)
                found += hit
                if show and not hit:
                    print(f"  {name}: missed {kind} {role}={v}")
    return {"reports": reports, "extracted_tallies": extracted, "agree_with_gold": agree,
            "agreement": round(agree / max(1, extracted), 3), "stated_gold": stated, "stated_found": found,
            "stated_recall": round(found / max(1, stated), 3)}


def held(name: str, published: date) -> bool:
    """Whether an ISW report is held out under either id form the gold uses (its file stem or its date)."""
    return "heldout" in (split_of(f"isw-{Path(name).stem}"), split_of(f"isw-{published.isoformat()}"))


def _stated(text: str, kind: str, value: int) -> bool:
    return re.search(rf"(?<![\d,.])\b{value}\b(?![\d,])[^.]{{0,60}}\b(?:{KIND_WORDS[kind]})\b", text) is not None


def main(argv: list[str]) -> None:
    """Run the chosen parts and print their figures."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("which", nargs="?", choices=("written", "isw", "all"), default="written")
    ap.add_argument("--show", action="store_true", help="print each sentence or figure that misses")
    args = ap.parse_args(argv)
    which, show = args.which, args.show
    if which in ("written", "all"):
        print("written", written(show))
    if which in ("isw", "all"):
        print("isw", isw_vs_gold(show))


if __name__ == "__main__":
    main(sys.argv[1:])
