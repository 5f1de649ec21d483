"""Cross-source event merging: blocking, pair scores and constrained union-find clustering."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from eventwire.gazetteer.index import haversine_km
from eventwire.merge.basics import gc_paused
from eventwire.merge.blocking import BlockIndex
from eventwire.merge.canonical import build_cluster
from eventwire.merge.copies import copy_links, edited_copy_sources
from eventwire.merge.features import DISTINCT_SITES, Rec, on_side, to_rec
from eventwire.merge.mentions import attach_mentions
from eventwire.merge.similarity import (
    TWIN_EVENTS,
    damage_differs,
    distinct_sites,
    joined_stated,
    pair_score,
    regionwide,
    same_outlet_compatible,
    span,
    spans_apart,
    twins,
    victims_differ,
    weak_link,
)
from eventwire.merge.types import Cluster, MergeConfig, cluster_id
from eventwire.model import Article, Event

WEAK = -1.0  # edge score of a country-level candidate link (see `weak_link`)
WEAK_ABROAD = -2.0  # ... to a neighbouring country's report (a party's country, see `Rec.party_country`)
TWIN = 2.0  # edge score of one headline coded twice (see `similarity.twins`): above any pair score
DOMINANT = 3  # a country-level group with no toll joins the candidate it has this many times more links to
MEDIAN_FACTOR = 3  # two clusters' typical tolls fit within this factor (`_medians_fit`)
# A group's struck site, victim kind or hit thing is its own (and may veto a union) when this share of
# its reports names it; a lone report's always is. 0 restores round 25's veto by any one member.
FIRM_SHARE = 0.5
# 1: a report that calls its occurrence new links in score order (not last) to a same-day report giving the
# same toll and struck site: "21 killed in new strikes on tents west of Rafah" and "At least 21 killed in attacks
# on tent camp near Rafah" tell one new occurrence, which must not join the earlier days' cluster first
# (`new_twin`). 0: off.
NEW_TOLL = 1


def bare(r: Rec) -> bool:
    """A report that gives neither toll nor struck site: it links on type, place and day alone."""
    return r.fatal is None and not r.sites


def new_twin(a: Rec, b: Rec) -> bool:
    """One report calls its occurrence new, the other gives the same toll and struck site that day: one new occurrence."""
    # A same-day report repeating the new report's figure and site ("21 killed", tents) tells the new
    # strike, even when it does not say "new". The site is needed: a bare toll may be a follow-up's figure
    # that happens to match. Known limit: a follow-up of the earlier strike names its site too, so one whose
    # toll equals the new strike's by chance joins the new strike (review of merge round 5, B1).
    return bool(NEW_TOLL) and a.renewed != b.renewed and a.day is not None and a.day == b.day \
        and a.fatal is not None and a.fatal >= 2 and a.fatal == b.fatal and bool(a.sites & b.sites)


def _as_datetime(p: date | datetime | None) -> datetime | None:
    if p is None or isinstance(p, datetime):
        return p.replace(tzinfo=None) if p else None
    return datetime.combine(p, time.min)


@dataclass
class MergeUpdate:
    """What one `add` changed: clusters (re)built and cluster ids that no longer exist."""

    clusters: list[Cluster] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    pairs_scored: int = 0
    links: int = 0


class EventMerger:
    """Incremental merger: add events in any order and batches; clusters come out the same."""

    def __init__(self, config: MergeConfig | None = None, duplicates: Mapping[str, str] | None = None):
        self.cfg = config or MergeConfig()
        self.duplicates: dict[str, str] = dict(duplicates or {})  # copy article id -> original id
        self.events: list[Event] = []
        self.recs: list[Rec] = []
        self._index: dict[str, int] = {}
        self._edges: list[list[tuple[float, int]]] = []
        self._blocks = BlockIndex(self.cfg.max_days, self.cfg.max_km)
        self._cluster_of: list[str] = []
        self.clusters: dict[str, Cluster] = {}
        self._outlet: dict[str, str] = {}  # article id -> outlet
        self._published: dict[str, date | datetime | None] = {}  # article id -> publication
        self._article_events: dict[str, int] = {}  # article id -> events added from it
        self._by_article: dict[str, list[int]] = {}  # article id -> its events' indexes
        self._original_text: dict[str, str] = {}  # original (copied) article id -> its text

    def add_articles(self, articles: Iterable[Article]) -> None:
        """Learn outlets and publication times (used for source independence and supersession)."""
        roots = set(self.duplicates.values())
        for a in articles:
            if a.source:
                self._outlet[a.id] = a.source
            self._published[a.id] = a.published
            if a.id in roots:  # an original's text: does a copy's changed toll say something it does not?
                self._original_text[a.id] = a.text

    def source_key(self, ev: Event) -> str:
        """The independent source of a report: the outlet of the original it copies, if any."""
        for aid in ev.article_ids:
            root = self.duplicates.get(aid, aid)
            return self._outlet.get(root) or (ev.sources[0] if root == aid and ev.sources else root)
        return ev.sources[0] if ev.sources else ev.id

    def own_source(self, ev: Event) -> str:
        """The source of a report taken on its own, as if it copied nothing: its outlet."""
        for aid in ev.article_ids[:1]:
            return self._outlet.get(aid) or (ev.sources[0] if ev.sources else aid)
        return ev.sources[0] if ev.sources else ev.id

    def _published_of(self, ev: Event) -> date | datetime | None:
        return next((self._published[a] for a in ev.article_ids if self._published.get(a)), None)

    def add(self, events: Iterable[Event]) -> MergeUpdate:
        """Index new events (ids already seen are ignored), link them, rebuild affected clusters."""
        upd = MergeUpdate()
        new: list[int] = []
        touched: list[int] = []  # earlier events whose article gained an event in this batch
        # Count each article's events first: a roundup's items are dated differently (`days_disjoint`).
        events = [ev for ev in events if ev.id not in self._index]
        for ev in events:
            for aid in ev.article_ids[:1]:
                self._article_events[aid] = self._article_events.get(aid, 0) + 1
        for ev in events:
            if ev.id in self._index:
                continue
            for aid, outlet in zip(ev.article_ids, ev.sources, strict=False):
                self._outlet.setdefault(aid, outlet)
            i = len(self.events)
            n = max((self._article_events.get(a, 0) for a in ev.article_ids[:1]), default=1)
            rec = to_rec(i, ev, _as_datetime(self._published_of(ev)), n)
            self._index[ev.id] = i
            self.events.append(ev)
            self.recs.append(rec)
            self._edges.append([])
            self._cluster_of.append("")
            seen: set[int] = set()
            for other in self._blocks.candidates(rec):
                if other.idx in seen:
                    continue
                seen.add(other.idx)
                upd.pairs_scored += 1
                s = pair_score(rec, other, self.cfg)
                if s is not None and s >= self.cfg.threshold:
                    self._edges[i].append((s, other.idx))
                    self._edges[other.idx].append((s, i))
                    upd.links += 1
                elif s is None and weak_link(rec, other, self.cfg):
                    w = WEAK_ABROAD if rec.country and other.country and rec.country != other.country else WEAK
                    self._edges[i].append((w, other.idx))
                    self._edges[other.idx].append((w, i))
            for aid in ev.article_ids[:1]:
                for j in self._by_article.get(aid, ()):
                    touched.append(j)  # its article grew: a twin link may no longer hold (`_twin`)
                    if twins(rec, self.recs[j]):
                        self._edges[i].append((TWIN, j))
                        self._edges[j].append((TWIN, i))
                self._by_article.setdefault(aid, []).append(i)
            self._blocks.add(rec)
            new.append(i)
        done: set[int] = set()
        for i in new + touched:
            if i in done:
                continue
            comp = self._component(i)
            done.update(comp)
            old = {self._cluster_of[j] for j in comp if self._cluster_of[j]}
            for group in self._split(comp):
                prev = self.clusters.get(self._cluster_of[group[0]])
                # Compare members, not sizes: a split cluster's first group reuses the old id.
                if prev is not None and set(prev.member_ids) == {self.events[j].id for j in group}:
                    old.discard(prev.id)  # same members as before: nothing to rebuild
                    continue
                cl = self._build(group)
                for j in group:
                    self._cluster_of[j] = cl.id
                old.discard(cl.id)
                upd.clusters.append(cl)
            for cid in old:
                self.clusters.pop(cid, None)
                upd.removed.append(cid)
        return upd

    def _component(self, start: int) -> list[int]:
        stack, seen = [start], {start}
        while stack:
            i = stack.pop()
            for _, j in self._edges[i]:
                if j not in seen:
                    seen.add(j)
                    stack.append(j)
        return sorted(seen)

    def _split(self, comp: list[int]) -> list[list[int]]:
        """Union-find over the component's links, strongest first, under cannot-link constraints.

        Single linkage alone chains a city's daily strikes into one event spanning months; so a
        union is refused when the joined cluster would span more than `max_days`, place two
        precise reports more than twice `max_km` apart, hold two events of one article, or name
        two different struck sites (a distinctive one that one side's core names: `FIRM_SHARE`).
        Order: one headline's twin codings, links between informative reports (by score; a link of a
        report that calls its occurrence new after the rest, unless it is that report's same-day twin:
        `new_twin`), reports with neither toll nor site (`_attach_bare`), country-level reports last.
        """
        if len(comp) == 1:
            return [comp]
        recs = self.recs
        parent = {i: i for i in comp}
        arts = {i: set(recs[i].articles) for i in comp}
        # A report's own span counts ("January 15-16"), so a range cannot bridge distinct days.
        days = {i: (recs[i].day, recs[i].end_day if recs[i].day_level else recs[i].day) for i in comp}
        # The latest first day and the earliest last day its reports state (`similarity.joined_stated`; the bounds
        # may be inverted): reports stating days apart must not meet through one dated by its publication between them.
        stated = {i: recs[i].stated for i in comp}
        spots = {i: [(recs[i].lat, recs[i].lon)] if recs[i].precise else [] for i in comp}
        sites = {i: Counter(recs[i].sites) for i in comp}
        victims = {i: Counter(recs[i].victims) for i in comp}
        damage = {i: Counter(recs[i].damage) for i in comp}
        sided = {i: [i] if recs[i].side else [] for i in comp}  # reports naming a part of a region
        members = {i: [i] for i in comp}
        far = 2 * self.cfg.max_km

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def renewed_after(group: list[int], first: int | None) -> bool:
            return first is not None and any(recs[x].renewed and (d := recs[x].day) is not None and first < d
                                             for x in group[:32])

        def firm(named: Counter[str], g: int, of: Iterable[str] | None = None) -> bool:
            # One report of a large group that names a site (a consulate, as the cause of a reprisal)
            # does not make the group that site's strike: the group's core must name it.
            return any(named[k] >= FIRM_SHARE * len(members[g]) for k in (named if of is None else of))

        def outlet_fits(x: Rec, y: Rec, a: int, b: int) -> bool:
            # Two lines of one live blog whose damage was misread ("cancellation of school", "House
            # Intel Committee") must not split the attack both tell: hit things count when a core names them.
            return same_outlet_compatible(x, y, damage=False) and not (
                damage_differs(x, y) and (firm(damage[a], a, x.damage) or firm(damage[b], b, y.damage)))

        def compatible(a: int, b: int) -> bool:
            if arts[a] & arts[b]:
                return False  # the extractor split these as different events of one article
            # Two struck sites (a hospital, a tent camp) met through a report naming none; a core's
            # "house" does not make one member's "school" the group's own.
            if distinct_sites(set(sites[a]), set(sites[b])) and (
                    firm(sites[a], a, DISTINCT_SITES & sites[a].keys())
                    or firm(sites[b], b, DISTINCT_SITES & sites[b].keys())):
                return False
            if victims_differ(set(victims[a]), set(victims[b])) and (firm(victims[a], a) or firm(victims[b], b)):
                return False  # a cameraman's death and a scientist's, met through a report naming neither
            (lo1, hi1), (lo2, hi2) = days[a], days[b]
            if lo1 is not None and lo2 is not None and max(hi1, hi2) - min(lo1, lo2) > self.cfg.max_days:  # type: ignore[operator,type-var]
                return False
            if spans_apart(stated[a], stated[b]):
                return False
            # A report that calls its occurrence new joins no cluster that began on an earlier day.
            if renewed_after(members[a], lo2) or renewed_after(members[b], lo1):
                return False
            if not all(haversine_km(p[0], p[1], q[0], q[1]) <= far  # type: ignore[arg-type]
                       for p in spots[a][:16] for q in spots[b][:16]):
                return False
            # "Airstrike on northern Gaza" joins no cluster of a town in the south (Rafah).
            if not all(on_side(recs[x], *q) for g, h in ((a, b), (b, a)) for x in sided[g][:8]  # type: ignore[arg-type]
                       for q in spots[h][:16]):
                return False
            # One outlet's reports that cannot be one event must not meet through another outlet's.
            return all(outlet_fits(recs[x], recs[y], a, b) for x in members[a][:32] for y in members[b][:32]
                       if recs[x].outlet is not None and recs[x].outlet == recs[y].outlet)

        ids = {i: recs[i].id for i in comp}
        links = sorted(
            ((s, i, j) for i in comp for s, j in self._edges[i] if i < j and s >= 0),
            # A report that calls its occurrence new links last: it may not split the earlier story. Its
            # link to a same-day report with its toll and struck site is the exception (`new_twin`).
            key=lambda t: ((recs[t[1]].renewed or recs[t[2]].renewed) and not new_twin(recs[t[1]], recs[t[2]]),
                           -t[0], min(ids[t[1]], ids[t[2]]), max(ids[t[1]], ids[t[2]])),
        )

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ids[ri] > ids[rj]:
                ri, rj = rj, ri
            parent[rj] = ri
            arts[ri] |= arts.pop(rj)
            (lo1, hi1), (lo2, hi2) = days[ri], days.pop(rj)
            days[ri] = (lo1, hi1) if lo2 is None else (lo2, hi2) if lo1 is None else (min(lo1, lo2), max(hi1, hi2))  # type: ignore[type-var]
            stated[ri] = joined_stated(stated[ri], stated.pop(rj))
            spots[ri] += spots.pop(rj)
            sites[ri].update(sites.pop(rj))
            victims[ri].update(victims.pop(rj))
            damage[ri].update(damage.pop(rj))
            sided[ri] += sided.pop(rj)
            members[ri] += members.pop(rj)

        # Country-level reports link to each other last: each first joins the finer cluster its own
        # candidate links single out. Two same-day reports placed only at "Israel" (the attacker's
        # country) may be about two strikes abroad, and as one group they would join neither; and an
        # article's country-level twin ("outcry against Israel after many killed in Rafah", coded at
        # Rafah and at "Israel") would hold back every report it grouped with from its sibling's cluster.
        deferred: list[tuple[int, int]] = []
        loose: list[tuple[float, int, int]] = []
        for s, i, j in links:
            if s == TWIN:  # one headline coded twice: one event (links sort strongest first)
                if find(i) != find(j) and self._short(recs[i]):
                    union(i, j)
                continue
            if recs[i].coarse:  # only country-level reports link to each other (`pair_score`)
                deferred.append((i, j))
                continue
            if bare(recs[i]) or bare(recs[j]):
                loose.append((s, i, j))
                continue
            ri, rj = find(i), find(j)
            if ri != rj and compatible(ri, rj) and (not regionwide(recs[i], recs[j]) or self._medians_fit(
                    members[ri], members[rj])):
                union(i, j)
        if loose:
            self._attach_bare(loose, find, union, compatible, members)

        def coarse_only(r: int) -> bool:
            return all(recs[m].coarse or recs[m].unplaced for m in members[r])

        def attach() -> None:
            """Each group of country-level reports joins the one finer cluster it has candidate links to."""
            for r in sorted({find(i) for i in comp}, key=lambda x: ids[x]):
                if find(r) != r or not coarse_only(r):
                    continue
                targets = self._candidates(r, members, find, WEAK)
                if not targets:  # a party's country: its neighbours when the country itself offers none
                    targets = self._candidates(r, members, find, WEAK_ABROAD)
                # Its candidate link only compared it with one report: "two teens killed" somewhere in
                # the country must not join a blast that the cluster's reports say killed hundreds.
                if len(targets) == 1 and compatible(r, t := targets.pop()) and self._medians_fit(
                        members[r], members[t]):
                    union(r, t)

        attach()
        for i, j in deferred:
            ri, rj = find(i), find(j)
            # A link between two country-level reports never bridges two finer clusters.
            if ri == rj or not (coarse_only(ri) or coarse_only(rj)) or not compatible(ri, rj):
                continue
            if coarse_only(ri) and coarse_only(rj):
                union(i, j)
                continue
            g, t = (ri, rj) if coarse_only(ri) else (rj, ri)
            # (Round 9's check that the group has no more candidate links to another cluster was
            # dropped in round 11: no train window needed it any more.)
            if self._medians_fit(members[g], members[t]):
                union(i, j)
        attach()
        groups: dict[int, list[int]] = {}
        for i in comp:
            groups.setdefault(find(i), []).append(i)
        return sorted(groups.values(), key=lambda g: min(ids[i] for i in g))

    def _attach_bare(self, loose: list[tuple[float, int, int]], find: Callable[[int], int],
                     union: Callable[[int, int], None], compatible: Callable[[int, int], bool],
                     members: dict[int, list[int]]) -> None:
        """Reports with neither toll nor site group with each other, then join the cluster most of their links go to.

        "Biden faces growing pressure over Rafah attack" links to every Rafah report of the day: by
        single linkage it would join the first one it meets (the hospital that closed) and bridge the
        day's strikes. Such reports first form groups among themselves; each group joins the cluster
        of informative reports (a toll, a struck site) that its links go to most often, so a group
        never bridges two such clusters.
        """
        recs = self.recs
        for _, i, j in loose:
            if bare(recs[i]) and bare(recs[j]) and (ri := find(i)) != (rj := find(j)) and compatible(ri, rj):
                union(i, j)
        votes: dict[int, Counter[int]] = {}
        weight: dict[tuple[int, int], float] = {}
        for s, i, j in loose:
            for b, o in ((i, j), (j, i)):
                if bare(recs[b]) and not bare(recs[o]):
                    g, t = find(b), find(o)
                    votes.setdefault(g, Counter())[t] += 1
                    weight[(g, t)] = weight.get((g, t), 0.0) + s
        for g in sorted(votes, key=lambda x: recs[x].id):
            ranked = sorted(votes[g], key=lambda t: (-votes[g][t], -weight[(g, t)], recs[t].id))
            for t in ranked:
                rg, rt = find(g), find(t)
                if rg != rt and compatible(rg, rt):
                    union(rt, rg)
                    break

    def _short(self, r: Rec) -> bool:
        """Its article yields at most `TWIN_EVENTS` events, counted over every batch added so far."""
        return all(self._article_events.get(a, 0) <= TWIN_EVENTS for a in r.articles)

    def _candidates(self, r: int, members: dict[int, list[int]], find: Callable[[int], int], kind: float) -> set[int]:
        """The cluster a country-level group may join: its one candidate, or the one its toll or links single out."""
        group = members[r]
        counts = Counter(t for m in group for s, j in self._edges[m] if s == kind and (t := find(j)) != r)
        if len(counts) < 2:
            return set(counts)
        # A struck site named by the group picks the clusters that name it ("consulate attack" placed
        # at "Israel": the Damascus strike, not the day's bigger story in Gaza).
        named = {x for m in group for x in self.recs[m].sites}
        if named:
            same = [t for t in counts if any(named & self.recs[x].sites for x in members[t])]
            if same:
                counts = Counter({t: counts[t] for t in same})
                if len(counts) == 1:
                    return set(counts)
        # Several candidates: the toll may still single one out ("45 killed" fits the strike
        # reported with 35-45 dead, not the one with 4); a toll that fits none joins none.
        pool = [t for t in counts if self._medians_fit(group, members[t], known=True)]
        if len(pool) == 1 or any(self.recs[m].fatal is not None for m in group):
            return set(pool) if len(pool) == 1 else set()
        # No toll: the report names neither place nor toll, and the same day's story that it links
        # to far more often than to any other (most outlets covered it) is the one it is about.
        # Its links to reports of its own sub-type count first: "troops fired at people seeking food"
        # (an attack on civilians) is the shooting, not the same day's bombing told by fewer outlets.
        alike = Counter(t for m in group for s, j in self._edges[m] if s == kind and (t := find(j)) in counts
                        and self.recs[j].sub_type == self.recs[m].sub_type)
        top = max(counts.values())
        for votes in (alike, counts):
            ranked = sorted(votes, key=lambda t: (-votes[t], self.recs[t].id)) + [-1]
            # ... unless another cluster has far more of its links (DOMINANT times) in all.
            if len(ranked) > 1 and votes[ranked[0]] >= DOMINANT * votes[ranked[1]] \
                    and DOMINANT * counts[ranked[0]] >= top:
                return {ranked[0]}
        return set()

    def _medians_fit(self, one: list[int], other: list[int], known: bool = False) -> bool:
        """The typical tolls of two clusters fit: within `MEDIAN_FACTOR`, or either unknown (unless `known`)."""
        # A region-wide report ("strike in Gaza kills 4") links to a town's cluster on its own toll;
        # the clusters it would join must agree on the toll too, or it chains two strikes. A
        # cluster's toll is a range (the medians of its reports' lows and highs), so one told as
        # "dozens" (24..120) fits one told as "more than 100".
        spans: list[tuple[float, float]] = []
        for group in (one, other):
            known_in = [span(self.recs[m]) for m in group if self.recs[m].fatal is not None]
            if not known_in:
                return not known
            mid = (len(known_in) - 1) // 2
            spans.append((sorted(x for x, _ in known_in)[mid], sorted(y for _, y in known_in)[mid]))
        (a_lo, a_hi), (b_lo, b_hi) = spans
        if a_hi < b_lo:
            lo, hi = a_hi, b_lo
        elif b_hi < a_lo:
            lo, hi = b_hi, a_lo
        else:
            return True
        # A factor of three: a story's toll grows as it is retold (35, then 45), so two halves of one
        # story can sit further apart than two reports. Round 8's factor two helped one train window
        # only and cost recall on sub-samples of the others (benchmarks/merge_windows.py).
        return hi - lo <= 2 or MEDIAN_FACTOR * lo >= hi

    def _build(self, group: list[int]) -> Cluster:
        members = [self.events[i] for i in group]
        source_of = {e.id: self.source_key(e) for e in members}
        published_of = {e.id: self._published_of(e) for e in members}
        copies = copy_links(members, self.duplicates) if self.duplicates else {}
        if copies:  # a copy that states other tolls than its original is no mere reprint: its figures are its own
            source_of.update(edited_copy_sources(members, source_of, self.duplicates, self.own_source, published_of,
                                                 self._original_text))
        cl = build_cluster(members, source_of, published_of, self.cfg, copies)
        self.clusters[cl.id] = cl
        return cl

    def cluster_of(self, event_id: str) -> str:
        """Id of the cluster holding an event."""
        return self._cluster_of[self._index[event_id]]


def merge_events(
    events: Iterable[Event],
    articles: Iterable[Article] = (),
    duplicates: Mapping[str, str] | None = None,
    config: MergeConfig | None = None,
    mentions: bool = True,
) -> list[Cluster]:
    """One canonical cluster per real-world event, sorted by id (every report kept as a member).

    With `mentions`, an article with no violent event (or only ones few reports tell) that names one
    canonical event is listed in that cluster's `mentions` (see `merge.mentions`); members, sources and
    figures stay as they are. Without `duplicates` (no dedup run) no copy is read, for mentions either.
    """
    articles = list(articles)
    with gc_paused():
        m = EventMerger(config, duplicates)
        m.add_articles(articles)
        m.add(events)
        clusters = sorted(m.clusters.values(), key=lambda c: c.id)
        if mentions and articles:
            attach_mentions(clusters, m.events, articles, None if duplicates is None else m.duplicates)
    return clusters


__all__ = ["EventMerger", "MergeUpdate", "cluster_id", "merge_events"]
