"""The canonical record of a cluster: voted codings, most precise place, reconciled figures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

from eventwire.merge.flags import party_flags, place_date_flags, toll_flags
from eventwire.merge.reconcile import reconcile, source_figures
from eventwire.merge.types import Cluster, Figure, MergeConfig, cluster_id
from eventwire.model import Actor, Count, Event, Flag, Location, Weapon


def _vote(values: list[tuple[str, object]]) -> object:
    # One vote per independent source; ties go to the smallest repr so the choice is stable.
    votes = Counter()  # type: Counter[object]
    seen: set[tuple[str, object]] = set()
    for src, v in values:
        if v is not None and (src, v) not in seen:
            seen.add((src, v))
            votes[v] += 1
    if not votes:
        return None
    return min(votes, key=lambda v: (-votes[v], repr(v)))


def _count(fig_low: int | None, best: int | None, high: int | None, n: int, label: str,
           phrase: str | None = None) -> Count:
    if best is None and fig_low is None:
        return Count()
    if n == 1 and phrase:  # one source: its own words say more than a summary
        return Count(low=fig_low, best=best, high=high, text=phrase)
    span = f"{fig_low}" if fig_low == high or high is None else f"{fig_low}–{high}"
    return Count(low=fig_low, best=best, high=high, text=f"{span} {label} per {n} source(s)")


def _phrase(fig: Figure) -> str | None:
    latest = [f.text for f in fig.per_source if not f.superseded and f.text]
    return latest[-1] if latest else None


def _attacker_home(loc: Location, src: Sequence[tuple[str, Event]]) -> bool:
    """A country-level place that is the country of one of the reports' attackers."""
    return loc.precision >= 3 and loc.country_code is not None and any(
        a.role == "actor" and a.country_code == loc.country_code for _, e in src for a in e.actors)


def build_cluster(
    members: Sequence[Event],
    source_of: dict[str, str],
    published_of: dict[str, date | datetime | None],
    cfg: MergeConfig,
    copies: dict[str, str] | None = None,
) -> Cluster:
    """Merge member reports into one canonical event with reconciled figures and flags.

    copies: member article ids that are near-duplicate copies -> the original's article id (kept as links).
    """
    copies = copies or {}
    members = sorted(members, key=lambda e: e.id)
    ids = [e.id for e in members]
    cid = cluster_id(ids)
    src = [(source_of[e.id], e) for e in members]
    etype = _vote([(s, (e.event_type, e.sub_event_type)) for s, e in src if e.event_type])
    plov = _vote([(s, e.plover.event) for s, e in src if e.plover])
    plover = next((e.plover for e in members if e.plover and e.plover.event == plov), None)
    start = _vote([(s, e.date.start) for s, e in src])
    date_span = next((e.date for e in members if e.date.start == start), members[0].date)
    # The most precise place reported by most sources.
    placed = [(s, e.location) for s, e in src if e.location is not None]
    # "Iran's attack" coded at Iran: the attacker's own country, named only as the attacker, is no
    # place of the attack when another report names one ("... on Israel"; see `similarity.from_home`).
    placed = [(s, l_) for s, l_ in placed if not _attacker_home(l_, src)] or placed
    loc = None
    if placed:
        top = min(loc_.precision for _, loc_ in placed)
        key = _vote([(s, (l_.geonameid, l_.name)) for s, l_ in placed if l_.precision == top])
        loc = next(l_ for _, l_ in placed if l_.precision == top and (l_.geonameid, l_.name) == key)
    actors: dict[tuple[str, str], Actor] = {}
    weapons: dict[tuple[str, str | None], Weapon] = {}
    for e in members:
        for a in e.actors:
            actors.setdefault((a.name.casefold(), a.role), a)
        for w in e.weapons:
            k = (w.kind, w.model)
            old = weapons.get(k)
            if old is None:
                weapons[k] = w
            else:  # keep the largest tallies reported; per-source tallies stay on the members
                weapons[k] = Weapon(
                    kind=w.kind, model=w.model,
                    launched=max(filter(None, (old.launched, w.launched)), default=None),
                    intercepted=max(filter(None, (old.intercepted, w.intercepted)), default=None),
                )
    fat = reconcile(source_figures(members, "fatalities", source_of, published_of, copies))
    inj = reconcile(source_figures(members, "injured", source_of, published_of, copies))
    sources = sorted({s for s, _ in src})
    by_source: dict[str, float] = {}
    for s, e in src:
        by_source[s] = max(by_source.get(s, 0.0), e.confidence)
    conf = 1.0
    for c in by_source.values():  # independent sources: the chance that all of them are wrong
        conf *= 1.0 - c
    event = Event(
        id=cid,
        event_type=etype[0] if isinstance(etype, tuple) else None,
        sub_event_type=etype[1] if isinstance(etype, tuple) else None,
        plover=plover,
        date=date_span,
        location=loc,
        actors=list(actors.values()),
        fatalities=_count(fat.low, fat.best, fat.high, fat.sources, "killed", _phrase(fat)),
        injured=_count(inj.low, inj.best, inj.high, inj.sources, "injured", _phrase(inj)),
        weapons=list(weapons.values()),
        damage=sorted({d for e in members for d in e.damage}),
        claims=[c for e in members for c in e.claims],
        evidence=[v for e in members for v in e.evidence],
        article_ids=sorted({a for e in members for a in e.article_ids}),
        sources=sorted({o for e in members for o in e.sources}),
        confidence=round(min(0.99, 1.0 - conf), 4),
    )
    cflags = toll_flags("fatalities", fat, cfg) + toll_flags("injured", inj, cfg)
    cflags += place_date_flags(members, source_of, cfg, published_of) + party_flags(event, members, source_of)
    flags: dict[tuple[str, str], Flag] = {}
    for f in [f for e in members for f in e.flags] + [Flag(code=c.code, message=c.message) for c in cflags]:
        flags.setdefault((f.code, f.message), f)
    event.flags = list(flags.values())
    return Cluster(id=cid, event=event, member_ids=ids, sources=sources, fatalities=fat, injured=inj,
                   flags=cflags, copies=dict(sorted(copies.items())))
