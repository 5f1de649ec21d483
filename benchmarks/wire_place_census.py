"""Gold-free census of wire events placed at a capital, a country, a region or nowhere, on unlabelled dev text.

    python benchmarks/wire_place_census.py                    # counts by place kind and cause, with examples
    python benchmarks/wire_place_census.py --dump out.jsonl   # also write every violent event (for --diff)
    python benchmarks/wire_place_census.py --diff a.jsonl b.jsonl   # events that appear, vanish or move

The pools (held gold files are skipped; only the leading `id` of each dev gold line is matched, to leave labelled texts out): by default
Reuters-21578 stories with a conflict word whose record id `reuters-<NEWID>` is in the dev split and no gold file;
`--bbc N` a seeded sample of N such dev BBC stories; `--muc` the MUC-3/4 dev messages (never tst1/tst2); `--wikinews`
the WikinewsSum cited sources in the dev split and no gold file; `--agnews` the AG News test rows of the World class
with a conflict word (headline, a blank line, then the description: modern "CITY (Reuters) - " / "(AP)" leads; no gold
file labels AG News); `--pages` the fundus expected-parse pages (title and paragraphs, as gold builds them) and the
Scrapinghub benchmark's article bodies with a conflict word, in the dev split and no gold file. `--datelines` also counts the leads by dateline style and whether `wire_dateline` reads them. Each violent event placed at a capital (PPLC), a
country (PCL*), a region (ADM1, sea, area) or no point is classed by how its evidence sentence tells that place (a
mechanical guess, to be read): the dateline town standing in, a demonym, a speaker or outlet, the act's own place
("in/at/near X"), a place lent by an earlier sentence; and whether the sentence or the story names another town of
that country after the dateline.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS, bbc, labelled_ids, require  # noqa: E402

CONFLICT = re.compile(r"\b(?:attack|strike|bomb|missile|kill|shell|clash|troops|rebel|guerrilla|raid|gunmen|"
                      r"fighting|battle|shot|explo|rocket|jets?\b|warplane|ambush)", re.I)
_REUTERS = re.compile(r'<REUTERS [^>]*NEWID="(\d+)">(.*?)</REUTERS>', re.S)
_DATE = re.compile(r"<DATE>\s*(\d+-[A-Z]+-\d{4})")


def reuters_pool() -> Iterator[tuple[str, str, Any]]:
    """(id, text, published) of unlabelled dev Reuters stories with a conflict word, built as gold builds them."""
    from eventwire.evaluate.gold import _reuters_stories, split_of

    seen = labelled_ids()
    for f in sorted(require(NEWS / "reuters21578").glob("reut2-*.sgm")):
        raw = f.read_text("latin-1")
        days = {int(m.group(1)): _DATE.search(m.group(2)) for m in _REUTERS.finditer(raw)}
        for newid, text in _reuters_stories(f).items():
            rid = f"reuters-{newid}"
            if split_of(rid) != "dev" or rid in seen or len(text) < 200 or not CONFLICT.search(text):
                continue
            d = days.get(newid)
            yield rid, text, datetime.strptime(d.group(1), "%d-%b-%Y").date() if d else None


def bbc_pool(n: int) -> list[tuple[str, str, Any]]:
    """A seeded sample of n dev BBC stories (all sections)."""
    from eventwire.evaluate.gold import split_of

    seen = labelled_ids()
    items = []
    for i, t, _ in bbc():
        rid = f"bbc-{i.replace('/', '-').removesuffix('.txt')}"
        if split_of(rid) == "dev" and rid not in seen:
            items.append((rid, t, None))
    random.Random("wplace183:bbc").shuffle(items)
    return items[:n]


def muc_dev_pool() -> list[tuple[str, str, Any]]:
    """The MUC-3/4 dev messages (wire copy with datelines; only the dev split, never tst1/tst2)."""
    from eventwire.evaluate.muc_data import load_muc

    return [(m.id, m.text, m.published) for m in load_muc("dev")[0]]


def wikinews_pool() -> list[tuple[str, str, Any]]:
    """The English cited sources of the WikinewsSum sample (modern wire and news copy) in the dev split and no gold."""
    from eventwire.evaluate.gold import split_of

    seen = labelled_ids()
    out = []
    lines = require(NEWS / "wikinewssum_en_sample" / "cleaned_endataset.jsonl").read_text("utf-8").splitlines()
    for row, line in enumerate(lines):
        for n, src in enumerate(json.loads(line)["sources"]):
            rid, text = f"wikinews-{row:03d}-{n}", str(src.get("maintext") or "")
            if src.get("language") == "en" and text.strip() and split_of(rid) == "dev" and rid not in seen:
                out.append((rid, text, None))
    return out


def agnews_pool() -> list[tuple[str, str, Any]]:
    """AG News test rows of the World class with a conflict word: (agnews-<row>, headline + blank line + lead, None)."""
    from eventwire.evaluate.gold import split_of

    seen = labelled_ids()
    out = []
    with require(NEWS / "ag_news_test" / "test.csv").open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh)):
            rid = f"agnews-{n}"
            if row and row[0] == "1" and split_of(rid) == "dev" and rid not in seen and CONFLICT.search(row[2]):
                out.append((rid, row[1].replace("\\", " ") + "\n\n" + row[2].replace("\\", " "), None))
    return out


def pages_pool() -> list[tuple[str, str, Any]]:
    """Fundus expected-parse pages and Scrapinghub article bodies with a conflict word, dev split, no gold."""
    from eventwire.evaluate.gold import source_text, split_of

    seen = labelled_ids()
    out = []
    for f in sorted(require(NEWS / "fundus_testdata").glob("*/*.json")):
        for key in json.loads(f.read_text("utf-8")):
            src = {"kind": "fundus", "path": f"news/fundus_testdata/{f.parent.name}/{f.name}", "key": key}
            rid = f"fundus-{f.stem.lower()}-{key.lower().replace('_', '-')}"
            text = source_text(src)
            if split_of(rid) == "dev" and rid not in seen and CONFLICT.search(text):
                out.append((rid, text, None))
    truth = json.loads((require(NEWS / "scrapinghub_aeb") / "ground-truth.json").read_text("utf-8"))
    for key, rec in sorted(truth.items()):
        rid, text = f"aeb-{key[:16]}", str(rec.get("articleBody") or "")
        if split_of(rid) == "dev" and rid not in seen and CONFLICT.search(text):
            out.append((rid, text, None))
    return out


# Dateline styles of a lead (a census label, not a reader): dated ("LIMA, 9 JAN 90 --", "KYIV, June 6 (Reuters) -"),
# undated agency ("KYIV (Reuters) -", "GAZA CITY, Gaza Strip (AP) —"), city and country ("LIMA, Peru —"), agency only
# ("AP - "), none.
_STYLE_PLACE = r"[A-Z][\w'./-]*(?:,?[ ]+[A-Z][\w'.-]*){0,5}"
_STYLES = (("dated", re.compile(_STYLE_PLACE + r",\s+(?:\d{1,2}\s+[A-Za-z]{3}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b[^\n]{0,60}?"
                                r"\s(?:--|—|–|-)\s")),
           ("undated agency", re.compile(_STYLE_PLACE + r"\s*\([A-Z][A-Za-z .&/-]{1,30}\)\s*(?:--|—|–|-)\s")),
           ("city, country", re.compile(_STYLE_PLACE + r"\s(?:--|—|–|-)\s")),
           ("agency only", re.compile(r"(?:AP|AFP|Reuters|[A-Z]{2,6})\s(?:--|—|–|-)\s")))


def dateline_styles(pool: list[tuple[str, str, Any]]) -> None:
    """Print, per dateline style of the lead, how many leads and how many `wire_dateline` reads, with examples."""
    from eventwire.geoparsing.dateline import body_starts, wire_dateline

    n: Counter[tuple[str, bool]] = Counter()
    ex: dict[tuple[str, bool], list[str]] = {}
    for rid, text, _ in pool:
        style = "none"
        for s in body_starts(text):
            style = next((name for name, rx in _STYLES if rx.match(text, s)), "none")
            if style != "none":
                break
        k = (style, wire_dateline(text) is not None)
        n[k] += 1
        ex.setdefault(k, []).append(f"{rid}: " + " ".join(text[s : s + 60].split()))
    for k, c in sorted(n.items()):
        print(f"  {k[0]:15} read={k[1]!s:5} {c:4}   e.g. {' | '.join(ex[k][:2])}")


def kind_of_place(loc: Any) -> str:
    """capital, country, region, none or town."""
    if loc is None or loc.lat is None:
        return "none"
    fc = loc.feature_code or ""
    if fc == "PPLC":
        return "capital"
    if fc.startswith("PCL"):
        return "country"
    if fc.startswith("ADM1") or loc.precision >= 3 or fc in ("SEA", "GULF", "BAY", "STRT", "RGN", "OILF", "AREA"):
        return "region"
    return "town"


_AT = re.compile(r"\b(?:in|at|on|near|into|inside|over|off|outside|around|across)\s+(?:the\s+)?"
                 r"(?:(?:north|south|east|west)\w*\s+)?$", re.I)
_OUTLET = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:radio|television|tv|agency|newspaper|daily|communiques?|"
                     r"government|officials?|spokes(?:man|woman)|army|military|police)\b|^\s+(?:said|says|accused|"
                     r"announced|reported|claimed|denied)\b", re.I)


def cause(doc: Any, ev: Any) -> str:
    """How the evidence tells the event's place: a mechanical guess, to be read."""
    from eventwire.components.assemble_link import dateline_end

    loc = ev.location
    if loc is None or loc.lat is None:
        return "unplaced"
    if not ev.evidence:
        return "no evidence"
    e0 = ev.evidence[0]
    cut = dateline_end(doc)
    si = doc.sentence_of(e0.start)
    s0, s1 = (doc.sentences[si].start, doc.sentences[si].end) if si >= 0 else (e0.start, e0.end)
    same = [p for p in doc.places if p.text == loc.text and (p.geonameid == loc.geonameid or p.name == loc.name)]
    mine = [p for p in same if s0 <= p.start < s1]
    told = [p for p in doc.places if s0 <= p.start < s1 and p.start >= cut and p.role not in ("demonym", "metonym")
            and p.feature_class == "P" and p.geonameid != loc.geonameid]
    story = [p for p in doc.places if p.start >= cut and p.feature_class == "P" and p.role not in ("demonym", "metonym")
             and p.geonameid != loc.geonameid and p.country_code == loc.country_code]
    other = "; another town told in the sentence" if told else "; another town of that country in the story" \
        if story else ""
    if mine and all(p.start < cut for p in mine):
        return "dateline town stands in" + other
    if not mine:
        return ("from an earlier sentence" if any(p.start < s0 for p in same) else "not in the sentence") + other
    p = next(q for q in mine if q.start >= cut)
    if p.role == "demonym":
        return "demonym (a people's or owner's country)" + other
    if _OUTLET.match(doc.text, p.end) is not None:
        return "speaker or outlet" + other
    if _AT.search(doc.text, max(0, p.start - 30), p.start) is not None:
        return "the act's place (in/at/near X)"
    return "named otherwise (subject, owner, actor)" + other


def run(pool: list[tuple[str, str, Any]]) -> list[dict[str, Any]]:
    """Violent events of each story, with place kind and cause."""
    from eventwire.api import _as_article, load_pipeline
    from eventwire.errors import ComponentError
    from eventwire.evaluate.common import is_violent

    pipe = load_pipeline(None)
    rows = []
    for rid, text, day in pool:
        try:
            doc = pipe(_as_article(text, day))
        except ComponentError:
            continue
        for e in (e for e in doc.events if is_violent(e)):
            sent = " ".join(e.evidence[0].text.split()) if e.evidence else ""
            loc = e.location
            rows.append({"id": rid, "type": e.sub_event_type, "day": str(e.date.start) if e.date else "",
                         "place": loc.name if loc else None, "said": loc.text if loc else None,
                         "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
                         "kind": kind_of_place(loc), "cause": cause(doc, e), "evidence": sent[:240]})
    return rows


def key(r: dict[str, Any]) -> tuple[str, str, str]:
    return r["id"], r["type"] or "", r["evidence"][:80]


def diff(a_path: str, b_path: str) -> None:
    """Print events that appear, vanish or move (> 25 km, or placed / unplaced) between two dumps."""
    from eventwire.evaluate.common import haversine_km

    a = [json.loads(x) for x in Path(a_path).read_text().splitlines()]
    b = [json.loads(x) for x in Path(b_path).read_text().splitlines()]
    ka, kb = Counter(map(key, a)), Counter(map(key, b))
    byk_a = {key(r): r for r in a}
    byk_b = {key(r): r for r in b}
    moved = []
    for k in set(ka) & set(kb):
        ra, rb = byk_a[k], byk_b[k]
        if (ra["lat"] is None) != (rb["lat"] is None) or (
                ra["lat"] is not None and haversine_km(ra["lat"], ra["lon"], rb["lat"], rb["lon"]) > 25):
            moved.append((ra, rb))
    gone = [byk_a[k] for k in ka - kb]
    new = [byk_b[k] for k in kb - ka]
    print(f"appear {len(new)}  vanish {len(gone)}  move {len(moved)}  "
          f"(stories: {len({r['id'] for r in new} | {r['id'] for r in gone} | {ra['id'] for ra, _ in moved})})")
    for tag, rows in (("+", new), ("-", gone)):
        for r in rows:
            print(f"{tag} {r['id']}\t{r['type']}\t{r['place']}\t{r['evidence'][:160]}")
    for ra, rb in moved:
        print(f"~ {ra['id']}\t{ra['type']}\t{ra['place']} -> {rb['place']}\t{ra['evidence'][:160]}")


def main(argv: list[str] | None = None) -> int:
    """Print counts by place kind and cause, by events and by stories, and examples."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=int, default=0, help="add N seeded dev BBC stories instead of Reuters")
    ap.add_argument("--muc", action="store_true", help="the MUC dev messages instead of Reuters")
    ap.add_argument("--wikinews", action="store_true", help="the WikinewsSum sources instead of Reuters")
    ap.add_argument("--agnews", action="store_true", help="the AG News World rows with a conflict word instead")
    ap.add_argument("--pages", action="store_true", help="the fundus and Scrapinghub pages with a conflict word instead")
    ap.add_argument("--datelines", action="store_true", help="also count the leads by dateline style and reader")
    ap.add_argument("--dump", help="write every violent event as JSON lines")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args(argv)
    if args.diff:
        diff(*args.diff)
        return 0
    pool = (bbc_pool(args.bbc) if args.bbc else muc_dev_pool() if args.muc else wikinews_pool() if args.wikinews
            else agnews_pool() if args.agnews else pages_pool() if args.pages else list(reuters_pool()))
    if args.datelines:
        dateline_styles(pool)
    rows = run(pool)
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(pool)} stories, {len(rows)} violent events in {len({r['id'] for r in rows})} stories")
    kinds = Counter(r["kind"] for r in rows)
    print("by place kind:", dict(kinds))
    wide = [r for r in rows if r["kind"] != "town"]
    by_cause = Counter((r["kind"], r["cause"]) for r in wide)
    stories = {c: len({r["id"] for r in wide if (r["kind"], r["cause"]) == c}) for c in by_cause}
    for c, n in by_cause.most_common():
        print(f"  {c[0]:8} {c[1]:34} events {n:3}  stories {stories[c]:3}")
        for r in [r for r in wide if (r["kind"], r["cause"]) == c][: args.examples]:
            print(f"      {r['id']} {r['type']} @ {r['place']} ({r['said']}): {r['evidence'][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
