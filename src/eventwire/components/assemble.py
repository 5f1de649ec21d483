"""Assemble events: one per (event type, sub-type, location, day), every field with an evidence span."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from eventwire.components.actors import alpha3, civilians_name, forces_name
from eventwire.model import (
    Actor,
    Claim,
    Count,
    DateSpan,
    Event,
    Evidence,
    Location,
    PlaceMention,
    Plover,
    Weapon,
)
from eventwire.model.article import content_id
from eventwire.pipeline.workdoc import (
    ActorMention,
    CasualtyMention,
    DamageMention,
    DateMention,
    Trigger,
    WeaponMention,
    WorkDoc,
)

GENERIC_DAMAGE = frozenset({"destroyed", "damaged"})
_MILITARY_CONTEXT = re.compile(r"\b(?:military|forces|troops|air\s*bases?|positions|army|soldiers|bombers)\b", re.I)


@dataclass
class Group:
    """Triggers that make one event, with what was decided for them."""

    triggers: list[Trigger] = field(default_factory=list)
    place: PlaceMention | None = None
    date: DateMention | None = None
    attackers: list[ActorMention] = field(default_factory=list)
    inherited: list[ActorMention] = field(default_factory=list)
    recipients: list[tuple[ActorMention | None, str, str | None]] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)

    @property
    def sentences(self) -> set[int]:
        """Sentence indices of the triggers and linked casualty mentions."""
        return {t.sentence for t in self.triggers} | {c.sentence for c in self.casualties}


def make(lookback: int = 3) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `assemble.events.v1`; `lookback` is how many sentences back a date or actor may come from."""
    picker: Any
    try:
        from eventwire.geoparse.event_location import pick_event_location as picker
    except ImportError:
        picker = None  # geoparser not installed: the nearest-place rule below decides

    def assemble(doc: WorkDoc) -> WorkDoc:
        groups = merge_vague(doc, _group(doc, picker, lookback))
        link_casualties(doc, groups)
        doc.events = [_event(doc, key, g) for key, g in groups.items()]
        return doc

    return assemble


def _group(doc: WorkDoc, picker: Any, lookback: int) -> dict[tuple[Any, ...], Group]:
    groups: dict[tuple[Any, ...], Group] = {}
    last_attacker: tuple[int, ActorMention] | None = None
    for t in doc.triggers:
        if t.status != "asserted" or not t.event_type:
            continue  # political (PLOVER-only) triggers are coded by political.rules.v1
        place = _location(doc, t, picker)
        date = _date(doc, t, lookback if t.event_type else 1)
        loc_key = (place.geonameid or place.name or place.text) if place else None
        day = date.start_date if date else None
        key = (t.event_type, t.sub_event_type, None if t.event_type else t.plover, loc_key, day)
        g = groups.setdefault(key, Group(place=place, date=date))
        g.triggers.append(t)
        if t.event_type:
            a = attacker_for(doc, t)
            if a is not None:
                g.attackers.append(a)
                if t.event_type != "Strategic developments":
                    last_attacker = (t.sentence, a)
            elif last_attacker and t.sentence - last_attacker[0] <= lookback and t.event_type != "Strategic developments":
                a = last_attacker[1]  # "One of the drones hit ...": the attacker named a few sentences before
                g.inherited.append(a)
                last_attacker = (t.sentence, a)
            g.recipients.append(recipient_for(doc, t, a, place))
    return groups


def _vague(p: PlaceMention | None) -> bool:
    fc = (p.feature_code or "") if p else ""
    return p is None or fc.startswith(("PCL", "ADM1")) or p.role == "demonym" or not p.geonameid


def merge_vague(doc: WorkDoc, groups: dict[tuple[Any, ...], Group]) -> dict[tuple[Any, ...], Group]:
    """Fold a group placed only at country level (or nowhere) into the one same-type, same-day group
    placed precisely in that country: a story retelling its event ("the attack in El Salvador") is one event."""
    out = dict(groups)
    for key, g in groups.items():
        if not _vague(g.place):
            continue
        cc = g.place.country_code if g.place else None
        hosts = [k for k, h in out.items() if k != key and k[:3] == key[:3] and k[4] == key[4]
                 and not _vague(h.place) and (cc is None or (h.place and h.place.country_code == cc))]
        if len(hosts) != 1:
            continue  # none, or several precise events: which one it retells is unknown
        host = out[hosts[0]]
        host.triggers = sorted(host.triggers + g.triggers, key=lambda t: t.start)
        host.attackers += g.attackers
        host.inherited += g.inherited
        host.recipients += g.recipients
        del out[key]
        doc.decisions.append({"stage": "assemble", "text": g.triggers[0].text, "start": g.triggers[0].start,
                              "end": g.triggers[0].end, "status": "merged",
                              "reason": f"vague place {g.place.text if g.place else None!r}: same event as the one "
                                        f"at {host.place.text if host.place else None!r}"})
    return out


def _location(doc: WorkDoc, t: Trigger, picker: Any) -> PlaceMention | None:
    return prefer_setting(doc, t, _picked_location(doc, t, picker))


def prefer_setting(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """A place that is the story's only mention of its country ("Radio Cadena Nacional" → Dominican Republic
    in a Colombian story) yields to the nearest earlier place in the story's setting country."""
    if p is None or not p.country_code:
        return p
    counts: dict[str, int] = doc.meta.get("_place_countries") or {}
    if not counts:
        for q in doc.places:
            if q.country_code:
                counts[q.country_code] = counts.get(q.country_code, 0) + 1
        doc.meta["_place_countries"] = counts
    setting = max(counts, key=lambda c: counts[c])
    total = sum(counts.values())
    if p.country_code == setting or counts.get(p.country_code, 0) > 1 or counts[setting] < max(3, 0.5 * total):
        return p
    prior = [q for q in doc.places if q.country_code == setting and q.start < t.start and q.role != "demonym"
             and (q.geonameid or q.name)]
    if not prior:
        return p
    doc.decisions.append({"stage": "assemble", "text": p.text, "start": p.start, "end": p.end, "status": "relocated",
                          "reason": f"{p.name} ({p.country_code}) is the story's only place in that country; "
                                    f"the setting is {setting}, so {prior[-1].text!r} is used"})
    return prior[-1]


def _picked_location(doc: WorkDoc, t: Trigger, picker: Any) -> PlaceMention | None:
    if picker is not None and doc.places:
        picked = picker(doc.text, doc.places, (t.start, t.end))
        if picked is not None:
            if (picked.feature_code or "").startswith("PCL") or picked.role == "demonym":
                # "strikes across Ukraine ... including the capital Kyiv": a town in that country is more precise.
                fb = fallback_location(doc, t)
                if fb is not None and fb.feature_class == "P" and fb.country_code == picked.country_code:
                    return fb
            return picked  # type: ignore[no-any-return]
    return fallback_location(doc, t)


def _date(doc: WorkDoc, t: Trigger, lookback: int) -> DateMention | None:
    # The date in the trigger's sentence nearest the trigger, else the latest one a few sentences back.
    same = [d for d in doc.dates if doc.sentence_of(d.start) == t.sentence and d.start_date]
    if same:
        return min(same, key=lambda d: abs(d.start - t.start))
    prev = [d for d in doc.dates if t.sentence - lookback <= doc.sentence_of(d.start) < t.sentence and d.start_date
            and "\n" not in doc.text[d.end : t.start]]  # a new paragraph starts a new story thread
    return prev[-1] if prev else None


def _ev(doc: WorkDoc, start: int, end: int, supports: list[str]) -> Evidence:
    return Evidence(article_id=doc.article.id, start=start, end=end, text=doc.text[start:end], supports=supports)


def _event(doc: WorkDoc, key: tuple[Any, ...], g: Group) -> Event:
    art = doc.article
    t0 = g.triggers[0]
    ev: list[Evidence] = [_ev(doc, t.start, t.end, ["event_type", "sub_event_type", "plover"]) for t in g.triggers]
    plover = Plover(event=t0.plover, mode=t0.mode, context=_contexts(doc, g)) if t0.plover else None
    location = None
    if g.place is not None:
        location = _as_location(g.place)
        ev.append(_ev(doc, g.place.start, g.place.end, ["location"]))
    date = _date_span(doc, g, ev)
    actors = _actors(doc, g, ev)
    sents = g.sentences
    fatalities, injured = _counts(g, ev, doc)
    near = sents | _following(doc, sents)
    weapons = _weapons([w for w in doc.weapons if w.sentence in near], ev, doc)
    damage = _damage([d for d in doc.damage if d.sentence in near], ev, doc)
    claims = _claims(doc, sents, ev)
    loc_key = key[3]
    eid = content_id(art.id, t0.event_type or t0.plover, t0.sub_event_type, str(loc_key or ""),
                     date.start.isoformat() if date.start else "", prefix="ev_")
    conf = 0.45 + 0.15 * (location is not None) + 0.1 * (date.text is not None) + 0.1 * bool(actors) \
        + 0.05 * min(len(g.triggers) - 1, 2) + 0.05 * (fatalities.best is not None or bool(damage))
    if not t0.event_type:
        conf -= 0.15  # political events are coded from a single phrase
    return Event(id=eid, event_type=t0.event_type, sub_event_type=t0.sub_event_type, plover=plover, date=date,
                 location=location, actors=actors, fatalities=fatalities, injured=injured, weapons=weapons,
                 damage=damage, claims=claims, evidence=ev, article_ids=[art.id],
                 sources=[art.source or art.url or art.id], confidence=round(min(max(conf, 0.05), 0.95), 3))


def _following(doc: WorkDoc, sents: set[int]) -> set[int]:
    # The sentence right after the event's last one, in the same paragraph and telling of no other event,
    # still describes it ("A residential building caught fire.").
    nxt = max(sents) + 1
    if nxt >= len(doc.sentences) or any(t.sentence == nxt for t in doc.triggers):
        return set()
    if "\n" in doc.text[doc.sentences[nxt - 1].end : doc.sentences[nxt].start]:
        return set()
    return {nxt}


def _as_location(p: PlaceMention) -> Location:
    fc = p.feature_code or ""
    precision = 1 if p.feature_class == "P" and not fc.startswith("PPLX") else 2 if fc in ("ADM2", "PPLX") else 3
    if p.feature_class in (None, "") and p.geonameid is None:
        precision = 3
    return Location(name=p.name or p.text, geonameid=p.geonameid, lat=p.lat, lon=p.lon,
                    country_code=p.country_code, admin1=p.admin1, feature_code=p.feature_code,
                    precision=precision, text=p.text)


def _date_span(doc: WorkDoc, g: Group, ev: list[Evidence]) -> DateSpan:
    if g.date is not None:
        ev.append(_ev(doc, g.date.start, g.date.end, ["date"]))
        prec = g.date.precision if g.date.precision in ("day", "week", "month", "year") else "unknown"
        return DateSpan(start=g.date.start_date, end=g.date.end_date or g.date.start_date,
                        precision=prec, text=g.date.text)  # type: ignore[arg-type]
    pub = doc.article.published_date
    if pub is not None:
        # No date in or near the sentence: a news report tells of the day it was published.
        return DateSpan(start=pub, end=pub, precision="day", text=None)
    return DateSpan(precision="unknown")


def _actors(doc: WorkDoc, g: Group, ev: list[Evidence]) -> list[Actor]:
    out: list[Actor] = []
    named = g.attackers or g.inherited
    if named:
        counts: dict[str, int] = {}
        for a in named:
            counts[a.country_code or a.name] = counts.get(a.country_code or a.name, 0) + 1
        top = max(named, key=lambda a: counts[a.country_code or a.name])
        name = top.name if top.kind in ("group", "force") else forces_name(top.country_code)
        sector = top.sector if top.kind in ("group", "force") else "MIL"
        out.append(Actor(name=name, country_code=top.country_code, sector=sector, role="actor",
                         code=top.code or alpha3(top.country_code), text=top.text))
        if top.start >= 0:
            ev.append(_ev(doc, top.start, top.end, ["actors"]))
    own = out[0].country_code if out else None
    for mention, kind, cc in g.recipients:
        if (mention is None and kind != "civilians") or (own and cc == own):
            continue
        name = civilians_name(cc) if kind == "civilians" else forces_name(cc)
        if any(a.name == name and a.role == "recipient" for a in out):
            continue
        out.append(Actor(name=name, country_code=cc, sector="CVL" if kind == "civilians" else "MIL",
                         role="recipient", code=alpha3(cc), text=mention.text if mention else None))
        if mention is not None:
            ev.append(_ev(doc, mention.start, mention.end, ["actors"]))
        break  # one recipient per event, like ACLED's actor 2
    cc = g.place.country_code if g.place else None
    if cc and cc != own and not any(a.role == "recipient" for a in out):
        # "Three civilians were killed" in a sentence linked to the event: the victims are civilians there.
        for i in sorted(g.sentences):
            s = doc.sentences[i]
            m = _CIVILIAN.search(doc.text, s.start, s.end)
            if m:
                out.append(Actor(name=civilians_name(cc), country_code=cc, sector="CVL", role="recipient",
                                 code=alpha3(cc), text=m.group(0)))
                ev.append(_ev(doc, m.start(), m.end(), ["actors"]))
                break
    return out


def _counts(g: Group, ev: list[Evidence], doc: WorkDoc) -> tuple[Count, Count]:
    out = []
    for kind in ("killed", "injured"):
        ms = [c for c in g.casualties if c.kind == kind and c.count.best is not None]
        if not ms:
            out.append(Count())
            continue
        # The same toll repeated ("four killed ... the four dead") is counted once: keep the largest figure.
        best = max(ms, key=lambda c: (c.count.best or 0, c.count.low or 0))
        ev.append(_ev(doc, best.start, best.end, ["fatalities" if kind == "killed" else "injured"]))
        out.append(best.count.model_copy())
    return out[0], out[1]


def _weapons(ws: list[WeaponMention], ev: list[Evidence], doc: WorkDoc) -> list[Weapon]:
    by_kind: dict[str, Weapon] = {}
    for w in ws:
        cur = by_kind.get(w.kind)
        if cur is None:
            cur = by_kind[w.kind] = Weapon(kind=w.kind, model=w.model)
            ev.append(_ev(doc, w.start, w.end, ["weapons"]))
        elif w.launched is not None or w.intercepted is not None or (w.model and not cur.model):
            ev.append(_ev(doc, w.start, w.end, ["weapons"]))
        cur.model = cur.model or w.model
        if w.launched is not None and cur.launched is None:
            cur.launched = w.launched
        if w.intercepted is not None and cur.intercepted is None:
            cur.intercepted = w.intercepted
    return list(by_kind.values())


def _damage(ds: list[DamageMention], ev: list[Evidence], doc: WorkDoc) -> list[str]:
    labels: list[str] = []
    specific = {d.sentence for d in ds if d.label not in GENERIC_DAMAGE}
    for d in ds:
        if d.label in GENERIC_DAMAGE and d.sentence in specific:
            continue  # "destroyed several military aircraft": the object says it better
        if d.label not in labels:
            labels.append(d.label)
        ev.append(_ev(doc, d.start, d.end, ["damage"]))
    return labels


def _claims(doc: WorkDoc, sents: set[int], ev: list[Evidence]) -> list[Claim]:
    out = []
    for c in doc.claims:
        if doc.sentence_of(c.start) in sents or doc.sentence_of(max(c.start, c.end - 1)) in sents:
            out.append(c)
            ev.append(_ev(doc, c.start, c.end, ["claims"]))
    return out


def _contexts(doc: WorkDoc, g: Group) -> list[str]:
    text = " ".join(doc.sentence_text(i) for i in sorted({t.sentence for t in g.triggers}))
    return ["military"] if _MILITARY_CONTEXT.search(text) else []


# --- linking: who attacked, who was hit, where, and which casualty figures belong to which event ---

_SPEECH = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?(?:said|says|confirmed|reported|claimed|stated|announced|told|"
                     r"warned|cautioned|denied|added)\b")
ATTACKER_KINDS = frozenset({"state", "force", "group", "demonym"})
_CIVILIAN = re.compile(r"\b(?:civilians?|residents?|apartments?|anapartment|residential|homes?|houses?|hospitals?|"
                       r"schools?|kindergartens?|cities|city|villages?|towns?|neighbou?rhoods?|markets?|"
                       r"churches|mosques?|shops?|passengers|children|families|peasants|villagers)\b", re.I)


def attacker_for(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party named as carrying out the trigger's action, in its sentence."""
    s = doc.sentences[t.sentence]
    if t.event_type == "Strategic developments":
        # Interceptions are done by air defences: the party that fires them is the actor.
        return next((a for a in doc.actors if s.start <= a.start < s.end and "defen" in a.text.lower()), None)
    cands = [a for a in doc.actors if s.start <= a.start and a.end <= t.start and a.kind in ATTACKER_KINDS
             and "defen" not in a.text.lower() and not _SPEECH.match(doc.text, a.end)]
    by = next((a for a in doc.actors if t.end <= a.start < s.end and a.kind in ATTACKER_KINDS
               and re.fullmatch(r"\s+by\s+(?:the\s+)?", doc.text[t.end : a.start])), None)
    if by is not None:
        return by  # passive: "... were shelled by Russian forces"
    return cands[-1] if cands else None


def recipient_for(doc: WorkDoc, t: Trigger, attacker: ActorMention | None,
                  place: PlaceMention | None) -> tuple[ActorMention | None, str, str | None]:
    """(mention, 'civilians'|'military', country): civilians when the sentence names civilian targets."""
    s = doc.sentences[t.sentence]
    own = attacker.country_code if attacker else None
    after = [a for a in doc.actors if t.end <= a.start < s.end and a.kind in ATTACKER_KINDS
             and a.country_code and a.country_code != own]
    if _CIVILIAN.search(doc.text, s.start, s.end):
        cc = place.country_code if place and place.country_code else (after[0].country_code if after else None)
        if cc and cc != own:
            return None, "civilians", cc
        if cc is None and own is None:
            return None, "civilians", None
    if after:
        return after[0], "military", after[0].country_code
    return None, "none", None


def fallback_location(doc: WorkDoc, t: Trigger) -> PlaceMention | None:
    """Nearest place in the trigger's sentence (towns before demonyms), else in the two sentences before."""
    s = doc.sentences[t.sentence]
    here = [p for p in doc.places if s.start <= p.start < s.end and (p.geonameid or p.name)]
    marked = [p for p in here if p.role == "event_location"]
    if marked:
        return marked[0]
    named = [p for p in here if p.role != "demonym"]
    if named:
        # The most specific place wins ("strikes across Ukraine ... including the capital Kyiv"), then the nearest.
        return min(named, key=lambda p: (p.feature_class != "P", abs(p.start - t.start)))
    # "a Ukrainian drone attack that targeted Russian air bases": the demonym after the trigger is the target.
    dem = [p for p in here if p.start > t.end]
    if dem:
        return dem[0]
    for back in (1, 2):
        prev = [p for p in doc.places if p.role != "demonym" and (p.geonameid or p.name)
                and doc.sentence_of(p.start) == t.sentence - back]
        if prev:
            return prev[-1]
    return None


def link_casualties(doc: WorkDoc, groups: dict[tuple[Any, ...], Group]) -> None:
    """Attach each casualty mention to the violent event told in its sentence or just before it."""
    violent = [g for g in groups.values() if g.triggers[0].event_type not in (None, "Strategic developments")]
    if not violent:
        return
    for c in doc.casualties:
        cs = c.sentence
        c_places = {p.country_code for p in doc.places if doc.sentence_of(p.start) == cs and p.role != "demonym"
                    and p.country_code}
        best: tuple[int, Group] | None = None
        for g in violent:
            if c_places and g.place is not None and g.place.country_code not in c_places:
                continue  # the figure is about somewhere else
            ds = [cs - t.sentence if t.sentence <= cs else 2 * (t.sentence - cs) + 1 for t in g.triggers]
            d = min(ds)
            if d <= 3 and (best is None or d < best[0]):
                best = (d, g)
        if best is not None:
            best[1].casualties.append(c)
