"""Cross-outlet event-level merge gold: Gaza headlines of several outlets and UCDP GED source headlines.

    python benchmarks/merge_outlets.py --build-gold   # (re)write benchmarks/gold/merge/outlets.jsonl
    python benchmarks/merge_outlets.py                # extract, merge, score the train and fresh splits
    python benchmarks/merge_outlets.py --final        # ... and the held-aside split (measure once)
    python benchmarks/merge_outlets.py --via-store    # the product's path: `eventwire ingest` into a temporary
                                                      # SQLite store, `eventwire merge`, scored beside the default
                                                      # path on the same stored events (train and fresh splits)
Gold (pointers only: file, line or UCDP row id and headline index, sha1 of the text, outlet, date):
- gaza: headlines of six two-day windows, labelled by reading them (rules in merge_outlets_gold.py);
  the split holds two of the six windows aside, drawn by a seeded shuffle, so that each held
  window keeps its own negatives (other strikes of the same days and places). Session 4 added six more
  windows (the two-day spans with the most keyword headlines away from the first six), labelled per line in
  merge_outlets_gold2.py; a hash of the window name holds three of them aside. Session 10 added three
  more (chosen by merge_outlets_gold3.select_windows, labelled blind per line there) as the split
  "fresh": a dev judge scored on its own in the default run, neither train nor held. Session 11 added
  three more the same way (merge_outlets_gold4.py) as the split "fresh2", scored beside "fresh"; session 12 four
  more (merge_outlets_gold5.py) as "fresh3", with several same-day killings that name different victims; session 34
  three more (merge_outlets_gold6.py) as "fresh4", each around one large event told by many outlets.
- ucdp: every headline of a UCDP GED sample row is a report and the row is its event: UCDP's own
  clustering of source reports, written by others (rows whose ';'-joined headlines do not split
  into as many parts as their source dates are left out, as are one-headline rows); a seeded hash
  of the row id holds a third aside. Reports of other rows in the same country and days are its
  negatives.
Scoring: every report is one article (outlet, publication date); its lead violent event (earliest
evidence; any event when none is violent) stands for it. All reports of all corpora are merged in
one run; pairs are scored within each split. "all" counts a report without an event as a
singleton (extraction misses lower recall); "with_events" scores only reports that have one;
"with_violent_events" (a diagnostic) only reports whose lead event is violent. "missed_pairs_all_mentions"
splits the gold pairs the "all ... mentions" figures miss: a report with no event at all, one with no
violent event (neither linked as a mention: extraction), or two reports in different clusters.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eventwire.evaluate.common import data_dir  # noqa: E402
from eventwire.evaluate.ucdp import ucdp_held  # noqa: E402
from eventwire.merge import find_near_duplicates, merge_events  # noqa: E402
from eventwire.merge.score import bcubed, pairwise  # noqa: E402
from eventwire.merge.types import Cluster  # noqa: E402
from eventwire.model import Article, Event  # noqa: E402
from merge_outlets_gold import KW, OVERRIDES, RULES, WINDOWS  # noqa: E402
from merge_outlets_gold2 import HELD2, LABELS2, WINDOWS2  # noqa: E402
from merge_outlets_gold3 import LABELS3, WINDOWS3  # noqa: E402
from merge_outlets_gold4 import LABELS4, WINDOWS4  # noqa: E402
from merge_outlets_gold5 import LABELS5, WINDOWS5  # noqa: E402
from merge_outlets_gold6 import LABELS6, WINDOWS6  # noqa: E402

DATA = data_dir()  # ../shared/data, or $EVENTWIRE_DATA
GAZA = DATA / "news" / "gaza_news_headlines"
UCDP = DATA / "events" / "ucdp_ged_sample_1000" / "ucdpged_sample_2023release.csv"
GOLD = ROOT / "benchmarks" / "gold" / "merge" / "outlets.jsonl"
SEED = 20261125
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
CNN = "cnn-news-israel-hamas-war.txt"
# The splits a default run scores: train and the fresh blind judges (held only with --final).
FRESH_SPLITS = ("train", "fresh", "fresh2", "fresh3", "fresh4")


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def gaza_headlines() -> list[dict]:
    """Every dated headline of the Gaza files: file, line, day, outlet and text (publisher suffix cut)."""
    out = []
    for name in ("gaza-news.txt", "googlenews-bbc-gaza.txt", "wsj-news-middleeast.txt"):
        for n, line in enumerate((GAZA / name).open(encoding="utf-8"), 1):
            p = line.rstrip("\n").split("\t")
            if len(p) < 3 or not re.match(r"\d{4}-\d\d-\d\d$", p[0]):
                continue
            title = p[2].removesuffix(" - " + p[1])  # Google News appends the publisher
            out.append({"file": name, "line": n, "day": p[0], "outlet": p[1], "text": title})
    day = None
    for n, line in enumerate((GAZA / CNN).open(encoding="utf-8"), 1):
        if re.match(r"\d\d-\d\d-\d\d\t", line):
            day = datetime.strptime(line[:8], "%m-%d-%y").date().isoformat()
            continue
        m = re.match(r"\t(\d+)\. (.*)$", line.rstrip("\n"))
        if m and day and int(m.group(1)) >= 3:  # posts 0-2 are the blog's own navigation
            out.append({"file": CNN, "line": n, "day": day, "outlet": "CNN", "text": m.group(2)})
    return out


def _window_heads(heads: list[dict], first: str, ndays: int, seen: set[tuple[str, str]]) -> list[dict]:
    """The window's KW headlines not yet seen (by outlet and text), in a fixed order."""
    d0 = date.fromisoformat(first)
    days = {(d0 + timedelta(k)).isoformat() for k in range(ndays)}
    out = []
    for h in sorted(heads, key=lambda h: (h["day"], h["outlet"], h["line"])):
        if h["day"] not in days or not KW.search(h["text"]) or (h["outlet"], h["text"]) in seen:
            continue
        seen.add((h["outlet"], h["text"]))  # a headline syndicated twice by one outlet is one report
        out.append(h)
    return out


def label_gaza(review: bool = False) -> list[dict]:
    """Gold lines of the Gaza windows (labels from the rules and overrides; None lines left out)."""
    heads = gaza_headlines()
    order = list(WINDOWS)
    random.Random(SEED).shuffle(order)
    held = set(order[:2])
    gold: list[dict] = []
    seen: set[tuple[str, str]] = set()
    # The first six windows (rules and overrides), then the second six (issue #5: one label per line),
    # appended after them so that the first set's lines stay as they were; the fresh windows come last.
    windows = [(w, f, n, "held" if w in held else "train", None) for w, (f, n) in WINDOWS.items()]
    windows += [(w, f, n, "held" if w in HELD2 else "train", LABELS2) for w, (f, n) in WINDOWS2.items()]
    windows += [(w, f, n, "fresh", LABELS3) for w, (f, n) in WINDOWS3.items()]
    windows += [(w, f, n, "fresh2", LABELS4) for w, (f, n) in WINDOWS4.items()]
    windows += [(w, f, n, "fresh3", LABELS5) for w, (f, n) in WINDOWS5.items()]
    windows += [(w, f, n, "fresh4", LABELS6) for w, (f, n) in WINDOWS6.items()]
    for win, first, ndays, split, labels in windows:
        for h in _window_heads(heads, first, ndays, seen):
            key = f"{h['file']}:{h['line']}"
            if labels is not None:
                lab = labels[key]  # every KW line of these windows is labelled: a miss means the data changed
            else:
                lab = next((lab for pat, lab in RULES[win] if re.search(pat, h["text"], re.I)), None)
                lab = OVERRIDES.get(key, lab) if key in OVERRIDES else lab
            if review:
                print(f"{lab or '-':22} {key:34} {h['outlet'][:16]:16} {h['text'][:110]}", file=sys.stderr)
            if lab is None:
                continue
            gold.append({"doc": f"gz:{key}", "corpus": "gaza", "file": h["file"], "line": h["line"],
                         "published": h["day"], "outlet": h["outlet"], "sha1": _sha(h["text"]),
                         "gold": f"{win}.{lab}", "window": win, "split": split})
    return gold


def ucdp_rows() -> list[dict]:
    """UCDP sample rows with their headlines, outlets and dates split into aligned lists."""
    out = []
    for r in csv.DictReader(UCDP.open(encoding="utf-8")):
        heads, dates, offices = (r["source_headline"].split(";"), r["source_date"].split(";"),
                                 r["source_office"].split(";"))
        if r["source_headline"].strip() and len(heads) == len(dates) == len(offices):
            out.append({"id": r["id"], "heads": heads, "dates": dates, "offices": offices})
    return out


def label_ucdp() -> list[dict]:
    """Gold lines of UCDP rows with two or more headlines: one event per row."""
    gold = []
    for r in ucdp_rows():
        if len(r["heads"]) < 2:
            continue
        for k, (h, d, o) in enumerate(zip(r["heads"], r["dates"], r["offices"], strict=True)):
            if not h.strip() or not re.match(r"\d{4}-\d\d-\d\d$", d.strip()):
                continue
            gold.append({"doc": f"ucdp:{r['id']}:{k}", "corpus": "ucdp", "row": r["id"], "index": k,
                         "published": d.strip(), "outlet": o.strip(), "sha1": _sha(h.strip()),
                         "gold": f"ucdp{r['id']}", "split": "held" if ucdp_held(r["id"]) else "train"})
    return gold


def build_gold(review: bool) -> None:
    """Write the gold file (pointers, sha1, labels, split)."""
    gold = label_gaza(review) + label_ucdp()
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    with GOLD.open("w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for corpus in ("gaza", "ucdp"):
        part = [g for g in gold if g["corpus"] == corpus]
        for split in FRESH_SPLITS + ("held",):
            s = [g for g in part if g["split"] == split]
            if not s:
                continue
            print(f"{corpus} {split}: {len(s)} reports, {len({g['gold'] for g in s})} events")
    print(f"-> {GOLD}")


def load_articles(gold: list[dict]) -> list[Article]:
    """The gold's reports as articles, read from the shared data and checked against the sha1."""
    if not GAZA.exists() or not UCDP.exists():
        sys.exit(f"missing data under {DATA} (see ../shared/data/README.md)")
    gz = {f"{h['file']}:{h['line']}": h["text"] for h in gaza_headlines()}
    uc = {r["id"]: r for r in ucdp_rows()}
    arts = []
    for g in gold:
        text = gz[f"{g['file']}:{g['line']}"] if g["corpus"] == "gaza" else uc[g["row"]]["heads"][g["index"]].strip()
        if _sha(text) != g["sha1"]:
            sys.exit(f"{g['doc']}: text differs from the gold's sha1 (data changed?)")
        arts.append(Article(id=g["doc"], text=_headline(text), source=g["outlet"],
                            published=date.fromisoformat(g["published"])))
    return arts


# A UCDP source cell may carry the database's field lines after the headline ("\nCR \tDalsan Radio",
# "\n\nAU \t\nTariq Naqash": credit, author). They are no text of the report; the gold's sha1 is
# checked on the raw cell, so the labels stay as they are.
_FIELD_LINE = re.compile(r"\n\s*[A-Z]{2} ?\t")


def _headline(text: str) -> str:
    """The report's text without trailing database field lines."""
    return _FIELD_LINE.split(text, maxsplit=1)[0].strip()


def lead_event(events: list[Event]) -> Event | None:
    """The report's main violent event: the first in the text (any event when none is violent)."""
    pool = [e for e in events if e.event_type in VIOLENT] or events
    if not pool:
        return None
    return min(pool, key=lambda e: (min((v.start for v in e.evidence), default=10**9), -e.confidence, e.id))


def extract_all(arts: list[Article], cache: Path | None) -> dict[str, list[Event]]:
    """Events per article; an optional cache file keeps them between merger iterations."""
    import eventwire

    if cache is not None and cache.exists():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return {k: [Event.model_validate(e) for e in v] for k, v in raw.items()}
    per_doc: dict[str, list[Event]] = {}
    for a in arts:
        try:
            per_doc[a.id] = eventwire.extract(a)
        except eventwire.errors.EventwireError as exc:  # one bad report never stops the run
            print(f"{a.id}: {exc}", file=sys.stderr)
            per_doc[a.id] = []
    if cache is not None:
        cache.write_text(json.dumps({k: [e.model_dump(mode="json") for e in v] for k, v in per_doc.items()}))
    return per_doc


def missed_by_cause(pred: dict[str, str], gold: dict[str, str], kind: dict[str, str]) -> dict[str, int]:
    """Gold pairs put apart, counted by the worse-off report's kind (see `score`)."""
    # "no_event": nothing extracted; "no_violent_event": no violent event and no mention link; "apart":
    # both reports in clusters (or linked as mentions), the merger's own misses.
    rank = {"no_event": 0, "no_violent_event": 1, "apart": 2}
    out = dict.fromkeys(rank, 0)
    by_gold: dict[str, list[str]] = {}
    for doc, lab in gold.items():
        by_gold.setdefault(lab, []).append(doc)
    for docs in by_gold.values():
        for i, x in enumerate(docs):
            for y in docs[i + 1:]:
                if pred[x] != pred[y]:
                    out[min(kind[x], kind[y], key=rank.__getitem__)] += 1
    return out


def _r(d: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in d.items()}


def via_store(arts: list[Article], dedup: bool) -> tuple[dict[str, list[Event]], list[Cluster], dict[str, object]]:
    """Ingest the reports into a new SQLite store as `eventwire ingest` does, then merge it as `eventwire merge`."""
    import tempfile

    from eventwire.merge.store import iter_events, merge_store
    from eventwire.run import run_into_store
    from eventwire.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "ew.db") as store:
        t0 = time.perf_counter()
        run_into_store(arts, store)
        t_extract = time.perf_counter() - t0
        per_doc: dict[str, list[Event]] = {a.id: [] for a in arts}
        for e in iter_events(store):
            for aid in e.article_ids:
                per_doc[aid].append(e)
        # Ingest keeps an article row whether or not it yields an event (run.run_into_store).
        stored = sum(store.has_article(a.id) for a in arts)
        stats = merge_store(store, dedup=dedup)
        clusters = store.load_clusters()
    info: dict[str, object] = {"stored_articles": stored, "stored_without_events": sum(
        1 for a in arts if not per_doc[a.id]), "extract_seconds": round(t_extract, 1), "merge": stats.as_dict()}
    return per_doc, clusters, info


def _predict(per_doc: dict[str, list[Event]], clusters: list[Cluster]) -> dict[str, dict[str, str]]:
    """Each report's predicted event: its lead event's cluster, and with mentions; and what kind of report it is."""
    mentions = {a: c.id for c in clusters for a in c.mentions}
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    pred: dict[str, str] = {}
    violent: set[str] = set()
    for doc, evs in per_doc.items():
        lead = lead_event(evs)
        pred[doc] = cluster_of[lead.id] if lead else f"none:{doc}"
        if lead is not None and lead.event_type in VIOLENT:
            violent.add(doc)
    # A report with no violent event that names one canonical event (a reaction, a follow-up) is a
    # mentioning source of it: scored as a report of that event in the "mentions" figures only.
    pred_m = {doc: mentions.get(doc, p) for doc, p in pred.items()}
    # Only what the product stores counts: two event-less copies of a story no cluster tells are linked
    # nowhere (the store keeps clusters, their members and mentions), so each stays a report of its own.
    kind = {doc: "apart" if doc in violent or doc in mentions else "no_violent_event" if per_doc[doc] else "no_event"
            for doc in pred}
    return {"pred": pred, "pred_m": pred_m, "kind": kind, "mentions": mentions, "violent": dict.fromkeys(violent, "")}


def _score_splits(p: dict[str, dict[str, str]], gold: list[dict], splits: tuple[str, ...]) -> dict[str, object]:
    """The figures of each corpus and split for one run's predictions."""
    pred, pred_m, kind, mentions, violent = p["pred"], p["pred_m"], p["kind"], p["mentions"], p["violent"]
    out: dict[str, object] = {}
    for corpus in ("gaza", "ucdp", "both"):
        for split in splits:
            g = {d["doc"]: d["gold"] for d in gold if d["split"] == split and corpus in (d["corpus"], "both")}
            if not g:
                continue  # no UCDP row is in a fresh split
            covered = {k: v for k, v in g.items() if not pred[k].startswith("none:")}
            # Diagnostic: the gold labels violent occurrences; a report coded only as a reaction
            # (an accusation, a request) has no violent event to merge, an extraction miss.
            viol = {k: v for k, v in g.items() if k in violent}
            out[f"{corpus}_{split}"] = {
                "reports": len(g), "with_events": len(covered), "events": len(set(g.values())),
                "pairwise_all": _r(pairwise(pred, g)), "bcubed_all": _r(bcubed(pred, g)),
                "pairwise_with_events": _r(pairwise(pred, covered)), "bcubed_with_events": _r(bcubed(pred, covered)),
                "with_violent_events": len(viol), "pairwise_with_violent_events": _r(pairwise(pred, viol)),
                "bcubed_with_violent_events": _r(bcubed(pred, viol)),
                "mentions": sum(1 for k in g if k in mentions),
                "pairwise_all_mentions": _r(pairwise(pred_m, g)), "bcubed_all_mentions": _r(bcubed(pred_m, g)),
                "missed_pairs_all_mentions": missed_by_cause(pred_m, g, kind),
            }
    return out


def score(final: bool, cache: Path | None, store: bool = False, dedup: bool = True) -> dict[str, object]:
    """Merge all reports in one run and score each corpus and split (with `store`: the product's path)."""
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    arts = load_articles(gold)
    splits = FRESH_SPLITS + ("held",) if final else FRESH_SPLITS
    if store:
        per_doc, clusters, info = via_store(arts, dedup)
        events = [e for evs in per_doc.values() for e in evs]
        # The benchmark's own path on the very events the store holds: every difference is the store's.
        dups = find_near_duplicates(arts) if dedup else {}
        direct = merge_events(events, articles=arts, duplicates=dups)
        held = {d["doc"] for d in gold if d["split"] == "held"}
        return {"reports": len(arts), "events": len(events), "via_store": info,
                "store_vs_default": _differences(clusters, direct, held),
                "store": _score_splits(_predict(per_doc, clusters), gold, splits),
                "default": _score_splits(_predict(per_doc, direct), gold, splits)}
    t0 = time.perf_counter()
    per_doc = extract_all(arts, cache)
    t_extract = time.perf_counter() - t0
    events = [e for evs in per_doc.values() for e in evs]
    t0 = time.perf_counter()
    # The copies the product's store finds (`eventwire merge`): a copy counts as its original's source.
    dups = find_near_duplicates(arts)
    clusters = merge_events(events, articles=arts, duplicates=dups)
    t_merge = time.perf_counter() - t0
    out: dict[str, object] = {"reports": len(arts), "events": len(events), "clusters": len(clusters),
                              "extract_seconds": round(t_extract, 1), "merge_seconds": round(t_merge, 2)}
    return out | _score_splits(_predict(per_doc, clusters), gold, splits)


def _differences(stored: list[Cluster], direct: list[Cluster], held: set[str]) -> dict[str, object]:
    """Events grouped otherwise, and reports linked otherwise as mentions, by the store's merge and `merge_events`."""
    # Cluster ids differ between the two (the store keeps stable ids): compare members, not labels.
    def groups(cs: list[Cluster]) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        members = {m: frozenset(c.member_ids) for c in cs for m in c.member_ids}
        return members, {a: frozenset(c.member_ids) for c in cs for a in c.mentions}

    (ms, ls), (md, ld) = groups(stored), groups(direct)
    events = sorted(e for e in ms.keys() | md.keys() if ms.get(e) != md.get(e))
    # Held-aside reports are merged with the rest but never listed (they are measured once, at the end).
    links = sorted(a for a in ls.keys() | ld.keys() if ls.get(a) != ld.get(a) and a not in held)
    return {"events_grouped_otherwise": len(events), "events": events[:20],
            "mentions_store": len(ls), "mentions_default": len(ld), "mentions_differ": len(links),
            "only_store": [a for a in links if a not in ld][:20], "only_default": [a for a in links if a not in ls][:20],
            "linked_otherwise": [a for a in links if a in ls and a in ld][:20]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-gold", action="store_true")
    ap.add_argument("--review", action="store_true", help="with --build-gold: print every headline's label")
    ap.add_argument("--final", action="store_true", help="also score the held-aside split")
    ap.add_argument("--cache", type=Path, default=None, help="events cache (JSON) for merger iterations")
    ap.add_argument("--via-store", action="store_true",
                    help="ingest into a temporary SQLite store and score `merge_store` (what `eventwire merge` runs); "
                         "lists the reports whose clusters differ from the default path on the same events")
    ap.add_argument("--no-dedup", action="store_true", help="with --via-store: merge as `eventwire merge --no-dedup`")
    args = ap.parse_args()
    if args.build_gold:
        build_gold(args.review)
        return
    if args.via_store and args.final:
        sys.exit("--via-store scores train and the fresh splits only")
    print(json.dumps(score(args.final, args.cache, args.via_store, not args.no_dedup), indent=1))


if __name__ == "__main__":
    main()
