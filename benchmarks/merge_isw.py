"""ISW event-level merge gold: sample candidate groups for labelling, then score merging on them.

    python benchmarks/merge_isw.py --candidates --seed 7 --n 60   # print new groups to label
    python benchmarks/merge_isw.py                                # score the train split
    python benchmarks/merge_isw.py --final                        # ... and the held-aside split
A candidate group is the extracted violent events at one precisely located town in reports
whose dates fall in a three-day window (tiled from the first report), from >= 2 reports. Each
event is labelled by reading its evidence sentences: two events are one when they describe the
same occurrence on the same day. A third of the groups is held aside by a seeded hash of the
group id, fixed before any tuning; held figures print only with --final.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.evaluate.common import data_dir  # noqa: E402
from eventwire.merge import merge_events  # noqa: E402
from eventwire.merge.score import bcubed, pairwise  # noqa: E402
from eventwire.model import Article, Event  # noqa: E402

ISW_TXT = data_dir() / "news" / "isw_2022" / "txt"
GOLD = ROOT / "benchmarks" / "gold" / "merge" / "isw_events.jsonl"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
HELD_SEED = "isw-merge-2025"


def held_aside(group: str) -> bool:
    """A third of the groups, chosen by a seeded hash of the group id (fixed before tuning)."""
    return int(hashlib.sha1(f"{HELD_SEED}:{group}".encode()).hexdigest(), 16) % 3 == 0


def file_date(name: str) -> date:
    """The report date in an ISW file name such as June_11_2022.txt."""
    return datetime.strptime(Path(name).stem, "%B_%d_%Y").date()


def extract(files: list[str]) -> tuple[list[Event], dict[str, str], dict[str, str]]:
    """Events of the named ISW reports, the file of each article, and each article's text."""
    import eventwire
    from eventwire.readers import ReadOptions, read_source

    if not ISW_TXT.exists():
        sys.exit(f"missing data: {ISW_TXT} (see ../shared/data/README.md)")
    events: list[Event] = []
    file_of: dict[str, str] = {}
    texts: dict[str, str] = {}
    for name in files:
        for art in read_source(str(ISW_TXT / name), ReadOptions(source="ISW")):
            if isinstance(art, Article):
                file_of[art.id] = name
                texts[art.id] = art.text
                events += eventwire.extract(art)
    return events, file_of, texts


def candidate_groups(events: list[Event], file_of: dict[str, str]) -> list[list[Event]]:
    """Violent events per precise town, tiled into three-day windows of report dates, >= 2 reports."""
    by_place: dict[int, list[tuple[date, Event]]] = defaultdict(list)
    for e in events:
        loc = e.location
        if e.event_type in VIOLENT and loc is not None and loc.geonameid and loc.precision <= 2 and e.evidence:
            by_place[loc.geonameid].append((file_date(file_of[e.article_ids[0]]), e))
    groups = []
    for gid in sorted(by_place):
        items = sorted(by_place[gid], key=lambda t: (t[0], t[1].id))
        i = 0
        while i < len(items):
            d0 = items[i][0]
            j = i
            while j < len(items) and (items[j][0] - d0).days <= 2:
                j += 1
            window = [e for _, e in items[i:j]]
            if len({e.article_ids[0] for e in window}) >= 2:
                groups.append(window)
            i = j
    return groups


def _sentences(e: Event) -> str:
    seen = []
    for v in sorted(e.evidence, key=lambda v: v.start):
        if v.text not in seen:
            seen.append(v.text)
    return " | ".join(" ".join(s.split()) for s in seen)


def print_candidates(n: int, seed: int) -> None:
    """Draw `n` new candidate groups (none overlapping the gold) and print them for labelling."""
    old = [json.loads(line) for line in GOLD.open(encoding="utf-8")] if GOLD.exists() else []
    taken = {(g["geonameid"], g["date"]) for g in old}
    events, file_of, _ = extract(sorted(p.name for p in ISW_TXT.glob("*.txt")))
    groups = [g for g in candidate_groups(events, file_of)
              if not any((e.location.geonameid, str(e.date.start)) in taken for e in g)]  # type: ignore[union-attr]
    random.Random(seed).shuffle(groups)
    print(f"# {len(groups)} candidate groups; drawing {n} (seed {seed})", file=sys.stderr)
    for k, g in enumerate(groups[:n]):
        for e in sorted(g, key=lambda e: (file_of[e.article_ids[0]], e.id)):
            row = {"event_id": e.id, "file": file_of[e.article_ids[0]], "geonameid": e.location.geonameid,  # type: ignore[union-attr]
                   "place": e.location.name, "event_type": e.event_type,  # type: ignore[union-attr]
                   "sub_event_type": e.sub_event_type, "date": str(e.date.start), "date_end": str(e.date.end),
                   "evidence_start": min(v.start for v in e.evidence), "group": f"H{k:02d}"}
            print(json.dumps(row))
            print("#   " + _sentences(e)[:700])


def match_gold(gold: list[dict], events: list[Event], file_of: dict[str, str]) -> dict[str, Event]:
    """The extracted event of each gold row (keyed by the row's event_id), found without the article id.

    An event id hashes its article id (which hashes the title the reader guessed), type, sub-type,
    place and day; so a row is found by its file and those four, else by place, type and evidence offset.
    """
    by_content: dict[tuple[object, ...], list[Event]] = defaultdict(list)
    by_key = {}
    for e in events:
        gid = e.location.geonameid if e.location is not None else None
        by_content[(file_of[e.article_ids[0]], e.event_type, e.sub_event_type, gid, str(e.date.start))].append(e)
        if e.location is not None and e.evidence:
            by_key[(gid, e.event_type, min(v.start for v in e.evidence))] = e
    hits: dict[str, Event] = {}
    for g in gold:
        same = by_content.get((g["file"], g["event_type"], g["sub_event_type"], g["geonameid"], g["date"]), [])
        # Ids are content hashes: if the extractor changed, fall back to place, type and evidence offset.
        hit = same[0] if len(same) == 1 else by_key.get((g["geonameid"], g["event_type"], g["evidence_start"]))
        if hit is not None:
            hits[g["event_id"]] = hit
    return hits


def score(final: bool = False) -> dict[str, object]:
    """Merge every event of the reports in the gold (distractors included) and score the gold events."""
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    events, file_of, _ = extract(sorted({g["file"] for g in gold}))
    clusters = merge_events(events)
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    pred = {gid: cluster_of[e.id] for gid, e in match_gold(gold, events, file_of).items()}
    out: dict[str, object] = {"gold_events": len(gold), "matched": len(pred), "events_merged": len(events),
                              "clusters": len(clusters)}
    for split in ("train", "held") if final else ("train",):
        gl = {g["event_id"]: g["gold"] for g in gold if g["split"] == split}
        out[split] = {"events": len(gl), "groups": len({g["group"] for g in gold if g["split"] == split}),
                      "pairwise": {k: round(v, 4) for k, v in pairwise(pred, gl).items()},
                      "bcubed": {k: round(v, 4) for k, v in bcubed(pred, gl).items()}}
    return out


WIKINEWS = data_dir() / "news" / "wikinewssum_en_sample" / "cleaned_endataset.jsonl"
CROSS = ROOT / "benchmarks" / "gold" / "merge" / "crossoutlet_events.jsonl"


def crossoutlet_score() -> dict[str, object]:
    """Event-level gold across outlets: a Wikinews story and the wire stories it cites (all held aside).

    Gold lines point at an event by document, a cue phrase of its evidence sentence and, where one
    sentence holds two events, the sub-type; the labels say which reports are one occurrence.
    """
    import eventwire

    rows = [json.loads(line) for line in WIKINEWS.open(encoding="utf-8")]
    gold = [json.loads(line) for line in CROSS.open(encoding="utf-8")]
    arts: dict[str, Article] = {}
    for g in gold:
        r = rows[g["row"]]
        src = None if g["source"] is None else r["sources"][g["source"]]
        text = r["text"] if src is None else src["maintext"]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != g["sha1"]:
            sys.exit(f"{g['doc']}: text differs from the gold's sha1 (data changed?)")
        outlet = "wikinews" if src is None else (src.get("url") or "").split("/")[2]
        # The story's date category (4 December 2004); the cited wire stories ran the same day.
        arts[g["doc"]] = Article(id=g["doc"], text=text, source=outlet, published=date(2004, 12, 4))
    events = [e for a in arts.values() for e in eventwire.extract(a)]
    clusters = merge_events(events, articles=list(arts.values()))
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    pred: dict[str, str] = {}
    for k, g in enumerate(gold):
        for e in events:
            if e.article_ids[0] == g["doc"] and e.event_type and any(g["cue"] in v.text for v in e.evidence) and (
                    g["sub_event_type"] is None or g["sub_event_type"] == e.sub_event_type):
                pred[str(k)] = cluster_of[e.id]
                break
    gl = {str(k): g["gold"] for k, g in enumerate(gold)}
    return {"events": len(gl), "matched": len(pred),
            "pairwise": {k: round(v, 4) for k, v in pairwise(pred, gl).items()},
            "bcubed": {k: round(v, 4) for k, v in bcubed(pred, gl).items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", action="store_true", help="print new candidate groups to label")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20251126)
    ap.add_argument("--final", action="store_true", help="also print the held-aside split")
    args = ap.parse_args()
    if args.candidates:
        print_candidates(args.n, args.seed)
        return
    out = score(args.final)
    if args.final:
        out["crossoutlet_held"] = crossoutlet_score()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
