"""Event-location benchmark: Halterman's "Geolocating Political Events in Text" sentences, one verb each.

    PYTHONPATH=src python benchmarks/evloc.py [--corpus evloc,evloc-ra] [--split dev|test|all] [--limit N]

Also run by `benchmarks/geoparse.py --corpus evloc,evloc-ra`, which imports the loaders and the scorer from here.
- `evloc`: the gold items (source RELABEL, 494 sentences); spans from token offsets.
- `evloc-ra`: the research assistants' items (every other source), a larger and noisier check set. Texts that are
  also in RELABEL are left out. Spans come from token offsets, or from the span text where the offsets run past the
  token list (some `_RA` rows).
Split: a sentence is in `dev` when sha1(corpus:id) mod 10 < 3, else in `test` (the same rule as geoparse.py; an
RA id's "#verb" suffix is left out, so the verbs of one sentence share a split).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.common import data_dir

EVLOC = data_dir() / "events" / "halterman_event_location" \
    / "labeled_text.jsonl.zip"


@dataclass
class EventLocationItem:
    """A sentence, its event verb (trigger) and the gold location spans (none: the sentence names none)."""

    id: str
    text: str
    trigger: tuple[int, int]
    locations: list[tuple[int, int]]


def split_of(corpus: str, item_id: str) -> str:
    """'dev' for 30% of sentences (by hash), else 'test'; the verbs of one RA sentence share its split."""
    h = int(hashlib.sha1(f"{corpus}:{item_id.partition('#')[0]}".encode()).hexdigest(), 16)
    return "dev" if h % 10 < 3 else "test"


def _rows(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("labeled_text.jsonl"))


def load_event_location(path: Path = EVLOC) -> list[EventLocationItem]:
    """Halterman's event-location gold (source RELABEL), one verb per item; spans from token offsets."""
    items = []
    for r in _rows(path):
        if r.get("source") != "RELABEL":
            continue
        toks = r["tokens"]

        def span(sp: dict, toks: list = toks) -> tuple[int, int]:
            return toks[sp["token_start"]]["start"], toks[sp["token_end"]]["end"]

        spans = r.get("spans") or []
        verbs = [span(sp) for sp in spans if sp["label"] == "VERB"]
        if len(verbs) != 1:
            continue
        locs = [span(sp) for sp in spans if sp["label"] == "LOCATION"]
        items.append(EventLocationItem(r["_id"], r["text"], verbs[0], locs))
    return items


def _ra_span(sp: dict, toks: list, text: str) -> tuple[int, int] | None:
    """Token offsets when they agree with the span text, else the span text's first place in the sentence."""
    if sp["token_end"] < len(toks):
        a, b = toks[sp["token_start"]]["start"], toks[sp["token_end"]]["end"]
        if "text" not in sp or text[a:b] == sp["text"]:
            return a, b
    if sp.get("text") and sp["text"] in text:
        a = text.index(sp["text"])
        return a, a + len(sp["text"])
    return None


def load_event_location_ra(path: Path = EVLOC) -> list[EventLocationItem]:
    """The RA items (every source but RELABEL, RELABEL texts left out), one per verb; id is _id:text[:40]#verb."""
    rows = _rows(path)
    relabel = {r["text"].strip() for r in rows if r.get("source") == "RELABEL"}
    items = []
    seen: set[tuple] = set()
    for r in rows:
        text, toks = r["text"], r.get("tokens")
        if r.get("source") == "RELABEL" or text.strip() in relabel or not toks:
            continue
        spans = r.get("spans") or []
        verb_spans = [sp for sp in spans if sp["label"] == "VERB"]
        loc_spans = [sp for sp in spans if sp["label"] == "LOCATION"]
        verbs = [v for v in (_ra_span(sp, toks, text) for sp in verb_spans) if v]
        locs = [v for v in (_ra_span(sp, toks, text) for sp in loc_spans) if v]
        if len(verb_spans) != 1 or len(verbs) != 1 or len(locs) != len(loc_spans):
            continue
        item = EventLocationItem(f"{r.get('_id')}:{text[:40]}#{verbs[0][0]}", text, verbs[0], sorted(locs))
        key = (item.id, item.text, tuple(item.locations))
        if key not in seen:  # the same sentence, verb and places annotated twice counts once
            seen.add(key)
            items.append(item)
    return items


def score_event_location(items: Iterable[EventLocationItem]) -> dict[str, float]:
    """pick_event_location on parsed sentences: accuracy (right span, or rightly none) and P/R/F1 of spans."""
    from eventwire.geoparsing import default_geoparser
    from eventwire.geoparsing.event_location import pick_event_location

    gp = default_geoparser()
    n = right = tp = n_pred = n_gold = 0
    for it in items:
        n += 1
        places = gp.parse(it.text)
        pick = pick_event_location(it.text, places, it.trigger)
        n_gold += bool(it.locations)
        if pick is None:
            right += not it.locations
            continue
        n_pred += 1
        hit = any(pick.start < e and s < pick.end for s, e in it.locations)
        tp += hit
        right += hit
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return {"n": n, "accuracy": round(100 * right / n, 1) if n else 0.0, "precision": round(prec, 3),
            "recall": round(rec, 3), "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0}


LOADERS = {"evloc": load_event_location, "evloc-ra": load_event_location_ra}


def report(corpus: str, splits: str, limit: int = 0) -> list[dict]:
    """One result row per split of an event-location corpus."""
    items = LOADERS[corpus]()[: limit or None]
    rows = []
    for split in splits.split(","):
        sel = [it for it in items if split == "all" or split_of(corpus, it.id) == split]
        rows.append({"corpus": corpus, "split": split, "sentences": len(sel),
                     "event_location": score_event_location(sel)})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print one JSON line per corpus and split."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="evloc,evloc-ra")
    ap.add_argument("--split", default="test,all")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    for corpus in args.corpus.split(","):
        for row in report(corpus, args.split, args.limit):
            print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
