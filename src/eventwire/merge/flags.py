"""Contradiction and consistency flags on a merged event, each with the reports behind it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from itertools import combinations

from eventwire.gazetteer.index import haversine_km
from eventwire.merge.basics import VIOLENT
from eventwire.merge.features import stated_days
from eventwire.merge.reconcile import reprinted
from eventwire.merge.similarity import tolls_agree
from eventwire.merge.types import ClusterFlag, Figure, FlagEvidence, MergeConfig
from eventwire.model import Event

# State-run or party-run outlets, by the country (ISO-2) whose side they speak for.
PARTY_OUTLETS: dict[str, str] = {
    "tass": "RU", "ria novosti": "RU", "ria": "RU", "rt": "RU", "sputnik": "RU", "zvezda": "RU",
    "rossiyskaya gazeta": "RU", "ukrinform": "UA", "idf": "IL", "sana": "SY", "irna": "IR",
    "kcna": "KP", "wafa": "PS", "al-aqsa tv": "PS", "al-manar": "LB", "al-masirah": "YE", "suna": "SD",
}
NAMES: dict[str, str] = {
    "russia": "RU", "russian": "RU", "kremlin": "RU", "ukraine": "UA", "ukrainian": "UA",
    "israel": "IL", "israeli": "IL", "palestine": "PS", "palestinian": "PS", "hamas": "PS", "gaza": "PS",
    "syria": "SY", "syrian": "SY", "iran": "IR", "iranian": "IR", "iraq": "IQ", "iraqi": "IQ",
    "lebanon": "LB", "lebanese": "LB", "hezbollah": "LB", "yemen": "YE", "yemeni": "YE", "houthi": "YE",
    "sudan": "SD", "sudanese": "SD", "rsf": "SD", "united states": "US", "u.s.": "US", "american": "US",
    "pentagon": "US", "china": "CN", "chinese": "CN", "india": "IN", "indian": "IN",
    "pakistan": "PK", "pakistani": "PK", "azerbaijan": "AZ", "armenia": "AM", "ethiopia": "ET",
}
OFFICIAL = re.compile(
    r"\b(ministry|minister|armed forces|army|military|defen[cs]e|general staff|air force|navy|"
    r"government|presidential|president|spokes(?:man|woman|person)|kremlin|idf|pentagon|"
    r"health ministry|office)\b"
)


def party_country(source: str) -> str | None:
    """The conflict party a source speaks for (state outlet or official body), or None."""
    s = " ".join(source.casefold().replace("’", "'").split())
    if s in PARTY_OUTLETS:
        return PARTY_OUTLETS[s]
    if not OFFICIAL.search(s):
        return None
    for name, cc in NAMES.items():
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", s):
            return cc
    return None


def _ev(e: Event, source: str, value: str, text: str | None = None) -> FlagEvidence:
    return FlagEvidence(
        event_id=e.id, source=source, article_id=e.article_ids[0] if e.article_ids else None,
        value=value, text=text,
    )


def toll_flags(kind: str, fig: Figure, cfg: MergeConfig) -> list[ClusterFlag]:
    """Sources disagreeing on a toll, and a toll that falls between updates of one source."""
    out: list[ClusterFlag] = []
    label = "killed" if kind == "fatalities" else "injured"
    latest = [f for f in fig.per_source if not f.superseded and f.best is not None]
    if len(latest) > 1:
        lo = min(latest, key=lambda f: f.best or 0)
        hi = max(latest, key=lambda f: f.best or 0)
        if not tolls_agree(lo.best or 0, hi.best or 0, cfg):
            out.append(ClusterFlag(
                code=f"{kind}_disagreement",
                message=f"sources disagree on the number {label}: {lo.best} ({lo.source}) vs {hi.best} ({hi.source})",
                evidence=[FlagEvidence(event_id=f.event_id, source=f.source, article_id=f.article_id,
                                       value=str(f.best), text=f.text) for f in latest],
            ))
    prev = None
    for f in fig.per_source:  # sorted by source, then publication time
        if prev is not None and prev.source == f.source and prev.best is not None and f.best is not None \
                and f.best < prev.best and not reprinted(f):  # another outlet's copy lowers nothing
            out.append(ClusterFlag(
                code=f"{kind}_decreased",
                message=f"{f.source} lowered the number {label} from {prev.best} to {f.best} in a later report",
                evidence=[FlagEvidence(event_id=x.event_id, source=x.source, article_id=x.article_id,
                                       value=str(x.best), text=x.text) for x in (prev, f)],
            ))
        prev = f
    return out


def place_date_flags(members: Sequence[Event], source_of: dict[str, str], cfg: MergeConfig,
                     published_of: Mapping[str, date | datetime | None] | None = None) -> list[ClusterFlag]:
    """Sources placing the event far apart, in another admin1 or country, or on dates apart."""
    out: list[ClusterFlag] = []
    placed = [e for e in members if e.location is not None]
    worst: tuple[float, Event, Event] | None = None
    for a, b in combinations(placed, 2):
        la, lb = a.location, b.location
        assert la is not None and lb is not None
        if la.country_code and lb.country_code and la.country_code != lb.country_code:
            worst = (float("inf"), a, b)
            break
        if la.precision == 1 and lb.precision == 1 and None not in (la.lat, la.lon, lb.lat, lb.lon):
            d = haversine_km(la.lat, la.lon, lb.lat, lb.lon)  # type: ignore[arg-type]
            if d > cfg.place_tol_km and (worst is None or d > worst[0]):
                worst = (d, a, b)
    if worst is not None:
        d, a, b = worst
        how = "in different countries" if d == float("inf") else f"{d:.0f} km apart"
        out.append(ClusterFlag(
            code="place_disagreement",
            message=f"sources place the event {how}: {a.location.name} vs {b.location.name}",  # type: ignore[union-attr]
            evidence=[_ev(e, source_of[e.id], e.location.name, e.location.text)  # type: ignore[union-attr]
                      for e in (a, b)],
        ))
    dated = sorted((e for e in members if e.date.start is not None), key=lambda e: (e.date.start, e.id))
    if dated and (dated[-1].date.start - dated[0].date.start).days > cfg.date_tol_days:  # type: ignore[operator]
        a, b = dated[0], dated[-1]
        out.append(ClusterFlag(
            code="date_disagreement",
            message=f"sources date the event from {a.date.start} to {b.date.start}",
            evidence=[_ev(e, source_of[e.id], str(e.date.start), e.date.text) for e in (a, b)],
        ))
    elif (pair := stated_days_differ(members, source_of, cfg, published_of)) is not None:
        a, b = pair
        out.append(ClusterFlag(
            code="date_disagreement",
            message=f"sources state different days: {a.date.start} ({source_of[a.id]}) vs {b.date.start} "
                    f"({source_of[b.id]})",
            evidence=[_ev(e, source_of[e.id], str(e.date.start), e.date.text) for e in (a, b)],
        ))
    return out


def stated_days_differ(members: Sequence[Event], source_of: dict[str, str], cfg: MergeConfig,
                       published_of: Mapping[str, date | datetime | None] | None = None) -> tuple[Event, Event] | None:
    """Two sources naming calendar days that do not overlap for one toll: one event dated apart (or None)."""
    # A day taken from the publication may lie a day off the event's (`date_tol_days`), but two outlets
    # stating "on October 12" and "on October 13" for one strike that killed 7 disagree (a time zone, or
    # one of them is wrong): the merge keeps them together (`similarity.STATED_GAP`), the flag tells it.
    # The toll says it is one event: two tollless reports of clashes at a town on consecutive stated
    # days are as often the two days' fighting, and a flag would call that a disagreement. Every pair is
    # looked at, so whether the flag fires does not hang on which member sorts first.
    pub = published_of or {}
    spans = {e.id: sp for e in members if e.fatalities.best and (sp := stated_days(e, pub.get(e.id))) is not None}
    stated = sorted((e for e in members if e.id in spans), key=lambda e: (spans[e.id], e.id))
    apart = [(spans[b.id][0] - spans[a.id][1], a, b) for a, b in combinations(stated, 2)
             if source_of[a.id] != source_of[b.id] and spans[a.id][1] < spans[b.id][0]
             and tolls_agree(a.fatalities.best or 0, b.fatalities.best or 0, cfg)]
    if not apart:
        return None
    _, a, b = max(apart, key=lambda t: t[0])  # the widest gap, the earliest such pair on a tie
    return a, b


def party_flags(event: Event, members: Sequence[Event], source_of: dict[str, str]) -> list[ClusterFlag]:
    """Claims whose only sources are parties to the conflict, and an actor attacking itself."""
    out: list[ClusterFlag] = []
    sides = {a.country_code.upper() for a in event.actors if a.country_code and a.role in ("actor", "recipient")}
    by_source: dict[str, Event] = {}
    for e in members:
        by_source.setdefault(source_of[e.id], e)
    outlets = {s: (e.sources[0] if e.sources else s) for s, e in by_source.items()}
    parties = {s: party_country(o) for s, o in outlets.items()}
    if sides and all(c is not None and c in sides for c in parties.values()):
        out.append(ClusterFlag(
            code="single_party_source",
            message="every source is a party to the conflict: " + ", ".join(sorted(set(outlets.values()))),
            evidence=[_ev(by_source[s], s, f"party {c}") for s, c in sorted(parties.items())],
        ))
    # Judged per report: the canonical record pools actors from every member, so one report's
    # attacker and another's target (the two sides of a battle) would look like self-attack.
    for e in members:
        if e.event_type not in VIOLENT:
            continue  # only an attack has an actor attacking itself; one state's leader may consult or order its army
        attackers = [a for a in e.actors if a.role == "actor"]
        targets = [a for a in e.actors if a.role == "recipient"]
        for a in attackers:
            for t in targets:
                same_name = a.name.casefold() == t.name.casefold()
                same_state = (a.country_code and a.country_code == t.country_code
                              and a.sector in ("MIL", "GOV") and t.sector in ("MIL", "GOV"))
                if same_name or same_state:
                    out.append(ClusterFlag(
                        code="self_attack",
                        message=f"the actor attacks itself: {a.name} → {t.name}",
                        evidence=[_ev(e, source_of[e.id], f"{a.name} → {t.name}")],
                    ))
                    return out
    return out
