"""Gold-free recall census of ISW ground combat: settlements a sentence names as a place of fighting, with no clash coded.

Usage: PYTHONPATH=src python benchmarks/clash_census.py [--from 2022-08-01] [--to 2022-12-31] [--examples N] [--out F]
Reads only unlabelled dev ISW reports: the report id (`isw-YYYY-MM-DD`, and the file-name form `isw-Month_DD_YYYY`)
must hash to the dev split and appear in no gold file (only the `id` field of gold files is read). In every sentence
that tells ground combat (repelled assaults, ground attacks, counteroffensives, counterattacks, fighting, attempted
advances, captures), each populated place the geoparser resolves in Ukraine or Russia is a place of combat unless it
is a bearing's anchor ("northwest of X") or a source ("from X"); each name counts once per report. This is an upper
bound: analysis sentences ("the liberation of Kherson", "the capture of Kyiv in February") count too, so read the
misses (--out, --examples). Places are paired one to one with the report's Armed clashes dated from two days before
the report to its day, as the scorer pairs: first a clash within 2 km, then one within 25 km. Each unpaired place
gets the first mechanical cause that fits: unresolved (no point), taken (a clash within 25 km is paired to another
place: one event for two places), type (only another violent type within 25 km: a fold or a type choice), dropped
(the sentence yields a clash elsewhere: a list member dropped, or the act placed at another name), claim (no clash
from the sentence, which has a claim/report frame), direction (no clash, a direction/axis phrase), verb (no clash and
neither frame: an unknown verb or noun, or a guard). Counts are places and different reports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import eventwire
from eventwire.components.sentences import split_sentences
from eventwire.evaluate.common import corpus_path, is_violent
from eventwire.evaluate.gold import split_of
from eventwire.gazetteer.index import haversine_km
from eventwire.model import Event, PlaceMention

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import labelled_ids  # noqa: E402

KM = 25.0
COMBAT = re.compile(
    r"\b(?:repel(?:led|s)?|repuls(?:ed|es?)|(?:ground|offensive|assault)\s+(?:attacks?|operations?|actions?)|"
    r"counteroffensives?|counter-offensives?|counterattack(?:s|ed)?|counter-attack(?:s|ed)?|"
    r"(?:fighting|battles?|clashes|combat|firefights?|positional\s+battles)\s+(?:near|in|around|for|on)|"
    r"attempt(?:ed|s)?\s+to\s+advance|advanc(?:ed|es|ing)|assault(?:ed|s)?|"
    r"liberat(?:ed|ion)|captur(?:ed|e)|seiz(?:ed|ure)|recaptur(?:ed|e)|gained\s+ground|made\s+(?:marginal\s+|limited\s+)?gains)\b",
    re.I)
CLAIM = re.compile(r"\b(?:claim(?:s|ed)?|reported(?:ly)?|stated|said|sources|milbloggers?|General\s+Staff)\b", re.I)
DIRECTION = re.compile(r"\b(?:directions?|axis|toward|towards)\b", re.I)
ANCHOR = re.compile(r"(?:\b(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+|\bfrom\s+)(?:the\s+)?$", re.I)
CAUSES = ("unresolved", "taken", "type", "dropped", "claim", "direction", "verb")


def unlabelled(start: date, end: date) -> list[tuple[str, Path, date]]:
    """(id, file, day) of the dev ISW reports no gold file labels, in [start, end]."""
    known = labelled_ids()
    out = []
    for f in sorted(corpus_path("news", "isw_2022", "txt").glob("*.txt")):
        try:
            day = date.fromisoformat(_iso(f.stem))
        except ValueError:
            continue
        rid = f"isw-{day.isoformat()}"
        if not start <= day <= end or rid in known or f"isw-{f.stem}" in known:
            continue
        if split_of(rid) == "dev" and split_of(f"isw-{f.stem}") == "dev":
            out.append((rid, f, day))
    return sorted(out, key=lambda x: x[2])


def _iso(stem: str) -> str:
    """'2022-11-15' for 'November_15_2022' ('' for another name)."""
    try:
        return datetime.strptime(stem, "%B_%d_%Y").date().isoformat()
    except ValueError:
        return ""


def _near(e: Event, p: PlaceMention) -> bool:
    """Whether the event lies within KM of the mention."""
    loc = e.location
    return bool(loc and loc.lat is not None and loc.lon is not None and p.lat is not None and p.lon is not None
                and haversine_km(loc.lat, loc.lon, p.lat, p.lon) <= KM)


def _dated(e: Event, day: date) -> bool:
    """Whether the event is undated or dated from two days before the report day to the day."""
    d = e.date.start
    return d is None or day - timedelta(days=2) <= d <= day


def combat_places(text: str, mentions: list[PlaceMention], act: re.Pattern[str] = COMBAT
                  ) -> list[tuple[int, int, PlaceMention | str]]:
    """(sentence start, end, place or bare name) for each place a sentence that tells the act (combat) names."""
    out: list[tuple[int, int, PlaceMention | str]] = []
    for s in split_sentences(text):
        body = text[s.start:s.end]
        if not act.search(body) or len(body) > 1200:
            continue
        for p in mentions:
            if not s.start <= p.start < s.end or ANCHOR.search(text[max(s.start, p.start - 40):p.start]):
                continue
            if p.lat is None or p.lon is None:
                out.append((s.start, s.end, p.text))
            elif p.country_code in ("UA", "RU") and p.feature_class == "P":
                out.append((s.start, s.end, p))
    return out


def _clash(e: Event) -> bool:
    """Whether the event is a battle."""
    return e.event_type == "Battles" or e.sub_event_type == "Armed clash"


def pair(places: list[tuple[int, int, PlaceMention | str]], events: list[Event], day: date,
         kind: Callable[[Event], bool] = _clash) -> set[int]:
    """Indexes of the places an event of the kind (a clash) is paired to, one each: first one at the place itself
    (2 km), then any within 25 km (as the scorer pairs gold to system events one to one)."""
    free = [e for e in events if kind(e) and _dated(e, day) and e.location and e.location.lat is not None]
    done: set[int] = set()
    for limit in (2.0, KM):
        for i, (_, _, p) in enumerate(places):
            if i in done or isinstance(p, str) or p.lat is None or p.lon is None:
                continue
            for e in free:
                loc = e.location
                assert loc is not None and loc.lat is not None and loc.lon is not None
                if haversine_km(loc.lat, loc.lon, p.lat, p.lon) <= limit:
                    done.add(i)
                    free.remove(e)
                    break
    return done


def cause(text: str, s0: int, s1: int, p: PlaceMention | str, events: list[Event], day: date,
          kind: Callable[[Event], bool] = _clash) -> str:
    """The first mechanical cause that fits an unpaired place of the act (combat; `kind` says which events code it)."""
    if isinstance(p, str):
        return "unresolved"
    near = [e for e in events if _near(e, p) and _dated(e, day)]
    if any(kind(e) for e in near):
        return "taken"
    if near:
        return "type"
    told = [e for e in events if any(v.start < s1 and v.end > s0 for v in e.evidence) and kind(e)]
    if told:
        return "dropped"
    body = text[s0:s1]
    if CLAIM.search(body):
        return "claim"
    return "direction" if DIRECTION.search(body) else "verb"


def census(reports: list[tuple[str, Path, date]], act: re.Pattern[str] = COMBAT, kind: Callable[[Event], bool] = _clash
           ) -> tuple[dict[str, object], list[str]]:
    """Counts (places, found, misses by cause with their reports) and one line per miss (report, cause, place,
    sentence) for the places that sentences telling the act name, paired with the events of the kind."""
    places = found = 0
    events_by: dict[str, int] = defaultdict(int)
    reports_by: dict[str, set[str]] = defaultdict(set)
    lines: list[str] = []
    for rid, f, day in reports:
        text = f.read_text("utf-8", errors="replace")
        events = [e for e in eventwire.extract(text, published=day) if is_violent(e)]
        mentions = eventwire.geoparse(text, published=day)
        seen: set[str] = set()
        found_here: list[tuple[int, int, PlaceMention | str]] = []
        for s0, s1, p in combat_places(text, mentions, act):
            name = p if isinstance(p, str) else (p.name or p.text)
            if name not in seen:
                seen.add(name)
                found_here.append((s0, s1, p))
        paired = pair(found_here, events, day, kind)
        for i, (s0, s1, p) in enumerate(found_here):
            places += 1
            if i in paired:
                found += 1
                continue
            name = p if isinstance(p, str) else (p.name or p.text)
            c = cause(text, s0, s1, p, events, day, kind)
            events_by[c] += 1
            reports_by[c].add(rid)
            lines.append(f"{rid}\t{c}\t{name}\t{' '.join(text[s0:s1].split())[:400]}")
    return {"reports": len(reports), "places": places, "found": found,
            "recall": round(found / places, 3) if places else None,
            "misses": {c: {"events": events_by[c], "reports": len(reports_by[c])} for c in CAUSES}}, lines


def report(counts: dict[str, object], lines: list[str], out: Path | None, examples: int) -> None:
    """Print the counts as JSON, write the misses to `out`, and print `examples` misses per cause."""
    print(json.dumps(counts, indent=1))
    if out:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for c in CAUSES:
        for x in [x for x in lines if x.split("\t")[1] == c][:examples]:
            print(x, file=sys.stdout)


def cli(doc: str, start: str, end: str) -> argparse.Namespace:
    """A census tool's arguments: --from/--to (dates, defaulting to `start`/`end`), --examples and --out."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--from", dest="start", default=start)
    ap.add_argument("--to", dest="end", default=end)
    ap.add_argument("--examples", type=int, default=0, help="print this many misses per cause (unlabelled text)")
    ap.add_argument("--out", type=Path, help="write one line per miss (report, cause, place, sentence)")
    return ap.parse_args()


def main() -> None:
    args = cli(__doc__, "2022-08-01", "2022-12-31")
    counts, lines = census(unlabelled(date.fromisoformat(args.start), date.fromisoformat(args.end)))
    report(counts, lines, args.out, args.examples)


if __name__ == "__main__":
    main()
