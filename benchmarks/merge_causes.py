"""Why pairs of the cross-outlet merge gold are missed or wrongly merged (seen splits only: train and the fresh judges).

    python benchmarks/merge_causes.py --cache /tmp/events.json [--list CAUSE] [--corpus gaza]
    python benchmarks/merge_causes.py --cache /tmp/events.json --no-event [--why] [--split fresh]   # reports with no
                                                       # violent event (each with the split's gold pairs it misses, "Np")
    python benchmarks/merge_causes.py --cache /tmp/events.json --with-mentions [--split fresh2]   # the "apart" misses
Every gold pair of reports that both have an event and that the merger keeps apart (a miss), and
every predicted pair that the gold keeps apart (a false pair), gets one cause: the first rule of
the pair score that refuses the direct link (with how the places or types differ), a score under
the threshold, blocking that never proposed the pair, a clustering constraint that refused the
union, or (for false pairs) a chain of links through other reports. Each cause is weighed by its pairs and by
the distinct gold events (for false pairs: gold event pairs) they belong to.
With --with-mentions, only the missed pairs that merge_outlets.py scores as "apart" with mentions are listed
(both reports in a cluster or linked as a mention, in different groups); a pair whose report is a mention
linked elsewhere gets that cause. --split picks a seen split (train or a fresh judge; never the held split).
With --no-event --why, each unlinked report also says whether its gold event offers the mentions pass a target at
all (a violent canonical event told by two or more reports, `merge.mentions._target`) and, if not, why not; the
reports and gold pairs of each such gap are summed at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eventwire.merge import find_near_duplicates, merge_events  # noqa: E402
from eventwire.merge.basics import VIOLENT  # noqa: E402
from eventwire.merge.cluster import EventMerger  # noqa: E402
from eventwire.merge.features import Rec  # noqa: E402
from eventwire.merge.mentions import TARGET_REPORTS, reports_told  # noqa: E402
from eventwire.merge.similarity import (  # noqa: E402
    abroad,
    date_score,
    family_type_score,
    grown,
    needs_shared_actor,
    opposing_attackers,
    other_side,
    pair_score,
    place_score,
    regionwide,
    renews,
    reversed_direction,
    same_outlet_compatible,
    same_story,
    sites_differ,
    tolls_compatible,
    victims_differ,
    weak_link,
)
from merge_outlets import FRESH_SPLITS, GOLD, _predict, extract_all, lead_event, load_articles  # noqa: E402


def _where(r: Rec) -> str:
    if r.lat is None and r.country is None:
        return "unplaced"
    if r.lat is None:
        return "actors' country"
    if r.precise:
        return "town"
    return "admin1" if r.admin1 else "country"


def place_cause(a: Rec, b: Rec) -> str:
    """How two places are incompatible."""
    if a.country != b.country:
        return f"place: countries differ ({_where(a)} {a.country} vs {_where(b)} {b.country})"
    if a.precise and b.precise:
        return "place: two towns > max_km apart, different admin1"
    kinds = sorted((_where(a), _where(b)))
    return f"place: {kinds[0]} vs {kinds[1]}, admin1 differ"


def coarse_cause(c: Rec, f: Rec, m: EventMerger) -> str:
    """Why a country-level report c did not join the cluster of the finer report f."""
    if c.country != f.country and not abroad(c, f):
        why = "a party's country, not a neighbour" if c.party_country else "not a party's country"
        return f"country-level: other country, {why} (country {c.country} vs {_where(f)} {f.country})"
    mine = [j for j in range(len(m.recs)) if m._cluster_of[j] == m._cluster_of[c.idx]]
    if len(mine) > 1:
        theirs = [j for j in range(len(m.recs)) if m._cluster_of[j] == m._cluster_of[f.idx]]
        if all(m.recs[j].coarse for j in mine) and any(m.recs[j].articles & m.recs[k].articles
                                                       for j in mine for k in theirs):
            return "country-level: its group holds another event of an article in the other's cluster"
        return "country-level: joined another cluster"
    targets = {m._cluster_of[j] for s, j in m._edges[c.idx] if s < 0}
    if len(targets) > 1:
        return "country-level: several candidate clusters"
    if m._cluster_of[f.idx] in targets:
        return "country-level: toll misfit or constraint"
    if c.day != f.day:
        return "country-level: no candidate, other day" if not targets else "country-level: other day, one other cluster"
    if weak_link(c, f, m.cfg):
        return "country-level: candidate link not taken"
    t = family_type_score(c, f, 0.5, m.cfg)
    return "country-level: type incompatible" if t is None or t < 0.7 else "country-level: other rule"


def direct_cause(a: Rec, b: Rec, m: EventMerger) -> str:
    """The first rule of `pair_score` that refuses a link between a and b, or the score's shortfall."""
    cfg = m.cfg
    if (a.event_type is None) != (b.event_type is None):
        return "extraction: one report coded political-only (a reaction), the other violent"
    if a.coarse != b.coarse:
        return coarse_cause(a if a.coarse else b, b if a.coarse else a, m)
    if a.articles & b.articles:
        return "same article"
    if a.outlet == b.outlet and a.outlet is not None and not same_outlet_compatible(a, b):
        return "same outlet inconsistent"
    if reversed_direction(a, b):
        return "reversed direction"
    if opposing_attackers(a, b):
        return "opposing attackers' countries"
    if renews(a, b):
        return "text says a new occurrence (an earlier day's report)"
    if sites_differ(a, b):
        return f"struck sites differ ({'/'.join(sorted(a.sites))} vs {'/'.join(sorted(b.sites))})"
    if victims_differ(a.victims, b.victims):
        return f"victims differ ({'/'.join(sorted(a.victims))} vs {'/'.join(sorted(b.victims))})"
    if needs_shared_actor(a, b) and not a.names & b.names:
        kind = "political-only" if a.event_type is None or b.event_type is None else "both unplaced"
        return f"needs shared actor ({kind})"
    p = place_score(a, b, cfg)
    if p is None:
        return place_cause(a, b)
    if other_side(a, b):
        return "place: a part of the region (north, south ...) and a town outside it"
    if regionwide(a, b) and not (tolls_compatible(a, b) or grown(a, b)):
        return "place: region holds the town, but tolls incompatible"
    if regionwide(a, b) and not same_story(a, b, cfg):
        return "place: region holds the town, but the reports share no story word, site, victim or toll"
    t = family_type_score(a, b, p, cfg)
    if t is None:
        return f"type incompatible ({a.event_type} vs {b.event_type})"
    if date_score(a, b, cfg) is None:
        return "date gap > max_days"
    s = pair_score(a, b, cfg)
    s = -1.0 if s is None else s
    if 0 <= s < cfg.threshold:
        return f"score below threshold (type {t:.1f}, place {p:.2f})"
    if s < 0:
        return "other hard rule"
    if not any(j == b.idx for _, j in m._edges[a.idx]):
        return "blocking never proposed"
    return "link refused by a clustering constraint"


def analyse(cache: Path, corpus: str | None, windows: set[str] | None = None, split: str = "train",
            with_mentions: bool = False) -> tuple[dict[str, list], dict[str, list], dict[str, Rec]]:
    """Causes of misses and false pairs on a seen split (optionally some windows), with the pairs behind each."""
    if split not in FRESH_SPLITS:
        sys.exit(f"{split}: only the seen splits {FRESH_SPLITS} are analysed")
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    arts = load_articles(gold)
    per_doc = extract_all(arts, cache)
    m = EventMerger()
    m.add_articles(arts)
    m.add([e for evs in per_doc.values() for e in evs])
    train = {g["doc"]: g for g in gold if g["split"] == split and corpus in (None, g["corpus"])
             and (not windows or (g.get("window") or "ucdp") in windows)}
    rec: dict[str, Rec] = {}
    for doc in train:
        lead = lead_event(per_doc[doc])
        if lead is not None:
            rec[doc] = m.recs[m._index[lead.id]]
    pred_m: dict[str, str] = {}
    linked: dict[str, str] = {}
    apart: set[str] = set()
    if with_mentions:  # the groups merge_outlets scores "with mentions", on its own merge of the same events
        events = [e for evs in per_doc.values() for e in evs]
        p = _predict(per_doc, merge_events(events, articles=arts, duplicates=find_near_duplicates(arts)))
        pred_m, linked = p["pred_m"], p["mentions"]
        apart.update(d for d, k in p["kind"].items() if k == "apart")
    misses: dict[str, list] = defaultdict(list)
    false: dict[str, list] = defaultdict(list)
    for x, y in combinations(sorted(train if with_mentions else rec), 2):
        if windows and train[x].get("window") != train[y].get("window"):
            continue  # a window view counts pairs within a window
        same_gold = train[x]["gold"] == train[y]["gold"]
        if with_mentions:
            if same_gold and x in apart and y in apart and pred_m[x] != pred_m[y]:
                misses[mention_cause(x, y, linked) or direct_cause(rec[x], rec[y], m)].append((x, y))
            continue
        a, b = rec[x], rec[y]
        same_pred = m._cluster_of[a.idx] == m._cluster_of[b.idx]
        if same_gold and not same_pred:
            misses[direct_cause(a, b, m)].append((x, y))
        elif same_pred and not same_gold:
            direct = any(j == b.idx and s >= 0 for s, j in m._edges[a.idx])
            weak = any(j == b.idx and s < 0 for s, j in m._edges[a.idx])
            kind = "direct link" if direct else "country-level candidate link" if weak else "chain through others"
            same_day = "same day" if a.day == b.day else "other day"
            false[f"{kind}, {same_day}"].append((x, y))
    return misses, false, rec


def mention_cause(x: str, y: str, linked: dict[str, str]) -> str | None:
    """The cause of a missed pair when a report of it is a mention (its group is the event it names), else None."""
    if x in linked and y in linked:
        return "mention: both reports mention, different events"
    if x in linked or y in linked:
        return "mention: linked to another event than the other report's"
    return None


def weigh(table: dict[str, list[tuple[str, str]]], gold_of: dict[str, str]) -> list[tuple[str, int, int]]:
    """Each cause with its pairs and the distinct gold events (or gold event pairs) they join, most pairs first."""
    rows = [(cause, len(pairs), len({frozenset((gold_of[x], gold_of[y])) for x, y in pairs}))
            for cause, pairs in table.items()]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))


def why_not(clusters: list, events: list, arts: list) -> Callable[[str], str]:
    """For a report linked to no event: its best candidate events, the words it shares with each and their anchors."""
    import eventwire.merge.mentions as mm

    by_id = {e.id: e for e in events}
    targets = []
    for c in clusters:
        members = [by_id[m] for m in c.member_ids if m in by_id]
        days = [d for e in members if (d := mm._day(e.date.start)) is not None]
        if (t := mm._target(c, days, members, mm.words)) is not None:
            targets.append(t)
    lead = {a.id: mm.words(a.text[:mm.LEAD_CHARS]) - mm.GENERIC for a in arts}
    day_of = {a.id: mm._day(a.published) for a in arts}

    def explain(doc: str) -> str:
        day = day_of[doc]
        pool = [t for t in targets if day is not None and t.lo - mm.BEFORE_DAYS <= day <= t.hi + mm.AFTER_DAYS]
        hits = sorted(((len(t.words & lead[doc]), t.cluster.id[-6:], sorted(t.words & lead[doc]),
                        sorted(t.anchors & lead[doc])) for t in pool if t.words & lead[doc]), reverse=True)
        return "; ".join(f"{cid} shares {ws} anchors {an}" for _, cid, ws, an in hits[:2]) or "shares no word with an event of its days"
    return explain


def target_gap(leads: list[tuple[str | None, str | None]], targets: dict[str, int]) -> str:
    """Why a gold event offers its unlinked reports a mention target or not, from its reports' (lead type, cluster)."""
    # The mentions pass links only to a violent canonical event told by TARGET_REPORTS or more reports (`mentions._target`;
    # it also needs a dated member); `targets` maps each cluster to `mentions.reports_told`, 0 when it is not violent.
    coded = [(t, c) for t, c in leads if c is not None]
    if any(targets.get(c, 0) >= TARGET_REPORTS for _, c in coded):
        return "target: a mention rule refused"
    if not any(t is not None for t, _ in coded):
        return "no target: no report of it has a coded act" + (" (political only)" if coded else "")
    if not any(t in VIOLENT and targets.get(c, 0) for t, c in coded):
        return "no target: no violent canonical event"
    return "no target: its violent event is told by one report"


def no_event(cache: Path, corpus: str | None, why: bool = False, split: str = "train") -> None:
    """A seen split's reports with no violent event, each with the canonical event it mentions (if any) and whether it is right."""
    from eventwire.merge import merge_events

    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    arts = load_articles(gold)
    per_doc = extract_all(arts, cache)
    clusters = merge_events([e for evs in per_doc.values() for e in evs], articles=arts)
    cluster_of = {m: c.id for c in clusters for m in c.member_ids}
    mentioned = {a: c.id for c in clusters for a in c.mentions}
    label = {g["doc"]: g["gold"] for g in gold}
    # The gold event most of a cluster's reporting sources belong to.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, evs in per_doc.items():
        lead = lead_event(evs)
        if lead is not None and lead.event_type is not None:
            votes[cluster_of[lead.id]][label[doc]] += 1
    texts = {a.id: a.text for a in arts}
    explain = why_not(clusters, [e for evs in per_doc.values() for e in evs], arts) if why else None
    # Each train report's predicted group with mentions (as merge_outlets scores it), to count the gold pairs it misses.
    group = {}
    for doc, evs in per_doc.items():
        lead = lead_event(evs)
        group[doc] = mentioned.get(doc) or (cluster_of[lead.id] if lead is not None else f"none:{doc}")
    mates: dict[str, list[str]] = defaultdict(list)
    for g in gold:
        if g["split"] == split:
            mates[g["gold"]].append(g["doc"])
    tally: Counter[str] = Counter()
    cost: Counter[str] = Counter()
    # Each cluster's reports when its canonical event is violent (0 otherwise), counted by the product: what
    # `target_gap` reads.
    told = {c.id: reports_told(c) for c in clusters}
    gaps: Counter[str] = Counter()
    gap_cost: Counter[str] = Counter()
    for g in gold:
        lead = lead_event(per_doc[g["doc"]])
        if g["split"] != split or corpus not in (None, g["corpus"]) or lead is not None and lead.event_type:
            continue
        cid = mentioned.get(g["doc"])
        verdict = "-" if cid is None else "right" if votes[cid].most_common(1)[0][0] == g["gold"] else "WRONG"
        missed = sum(1 for d in mates[g["gold"]] if d != g["doc"] and group[d] != group[g["doc"]])
        tally[verdict] += 1
        cost[verdict] += missed
        print(f"  {verdict:5} {g['gold'][:24]:24} {'political' if lead else 'no event':9} {missed:3}p | "
              f"{texts[g['doc']][:100]}")
        if explain is not None and cid is None:
            leads = [(lv.event_type, cluster_of[lv.id]) if (lv := lead_event(per_doc[d])) else (None, None)
                     for d in mates[g["gold"]]]
            gap = target_gap(leads, told)
            gaps[gap] += 1
            gap_cost[gap] += missed
            print(f"        {gap}; {explain(g['doc'])}")
    print(f"## mentions: {tally['right']} right, {tally['WRONG']} wrong, {tally['-']} not linked")
    # A pair of two listed reports counts for both.
    print(f"## gold pairs these reports miss: {cost['right']} right-linked, {cost['WRONG']} wrong-linked, "
          f"{cost['-']} not linked")
    for gap, n in gaps.most_common():
        print(f"## not linked, {gap}: {n} reports, {gap_cost[gap]}p")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="events cache written by merge_outlets.py --cache")
    ap.add_argument("--corpus", choices=("gaza", "ucdp"), default=None)
    ap.add_argument("--list", default=None, help="print the pairs whose cause starts with this")
    ap.add_argument("--no-event", action="store_true", help="list reports with no violent event and their mentions")
    ap.add_argument("--why", action="store_true", help="with --no-event: the candidate events of each unlinked report")
    ap.add_argument("--window", action="append", default=None, help="only this train window (repeatable; 'ucdp')")
    ap.add_argument("--split", choices=FRESH_SPLITS, default="train", help="a seen split (never the held one)")
    ap.add_argument("--with-mentions", action="store_true",
                    help='only the misses merge_outlets.py scores as "apart" with mentions')
    args = ap.parse_args()
    if args.no_event:
        no_event(args.cache, args.corpus, args.why, args.split)
        return
    misses, false, rec = analyse(args.cache, args.corpus, set(args.window or ()), args.split, args.with_mentions)
    gold_of = {g["doc"]: g["gold"] for g in map(json.loads, GOLD.open(encoding="utf-8"))}
    tables = (("missed gold pairs", misses),) + ((("false pairs", false),) if not args.with_mentions else ())
    for title, table in tables:
        print(f"## {title}: {sum(len(v) for v in table.values())}  (pairs, gold events, cause)")
        for cause, n, events in weigh(table, gold_of):
            print(f"{n:6d} {events:4d}  {cause}")
    if args.list:
        texts = {a.id: a.text for a in load_articles([json.loads(line) for line in GOLD.open(encoding="utf-8")])}
        for cause, pairs in {**misses, **{"FALSE " + k: v for k, v in false.items()}}.items():
            if cause.startswith(args.list):
                for x, y in pairs[:40]:
                    for d in (x, y):
                        if d not in rec:  # a mention with no event of its own
                            print(f"  {d:34} (no event) | {texts[d][:90]}")
                            continue
                        r = rec[d]
                        print(f"  {d:34} {r.outlet or '-':12.12} {r.day} {r.sub_type} | {r.country} {r.admin1} "
                              f"prec={r.precise} fatal={r.fatal} sites={sorted(r.sites)} att={sorted(r.attacker_cc)} | {texts[d][:90]}")
                    print()


if __name__ == "__main__":
    main()
