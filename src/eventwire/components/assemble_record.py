"""An event record from a group: its fields, each with an evidence span, its content id and its confidence."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from eventwire.components import actors as _actors_mod
from eventwire.components.assemble_date import denial_day
from eventwire.components.assemble_fold import TALLY
from eventwire.components.assemble_group import Group
from eventwire.components.assemble_link import civilian_in, in_sentence
from eventwire.components.assemble_protest import name_sides
from eventwire.components.dates import story_day
from eventwire.components.lexicon import DISRUPTED
from eventwire.components.provenance import source_name
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
from eventwire.pipeline.workdoc import CasualtyMention, DamageMention, WeaponMention, WorkDoc

# Names from country codes go through pycountry's slow attribute lookup: cache them per process.
alpha3 = lru_cache(maxsize=1024)(_actors_mod.alpha3)
civilians_name = lru_cache(maxsize=1024)(_actors_mod.civilians_name)
forces_name = lru_cache(maxsize=1024)(_actors_mod.forces_name)
GENERIC_DAMAGE = frozenset({"destroyed", "damaged"})
_MILITARY_CONTEXT = re.compile(r"\b(?:military|forces|troops|air\s*bases?|positions|army|soldiers|bombers)\b", re.I)


class Support:
    """Sentence-level evidence: one item per sentence, listing every field that sentence supports."""

    def __init__(self, doc: WorkDoc):
        self.doc = doc
        self.by_sentence: dict[int, Evidence] = {}
        self.loose: list[Evidence] = []

    def add(self, start: int, end: int, fields: list[str]) -> None:
        """Record that the phrase at start:end supports `fields`, on every sentence it touches."""
        doc = self.doc
        first, last = doc.sentence_of(start), doc.sentence_of(max(start, end - 1))
        if first < 0 or last < 0:
            # A phrase outside every sentence (text before the first one): the phrase itself is the evidence.
            hit = next((e for e in self.loose if e.start == start and e.end == end), None)
            if hit is None:
                self.loose.append(Evidence(article_id=doc.article.id, start=start, end=end,
                                           text=doc.text[start:end], supports=list(fields)))
            else:
                hit.supports += [f for f in fields if f not in hit.supports]
            return
        for i in range(first, last + 1):
            e = self.by_sentence.get(i)
            if e is None:
                s = doc.sentences[i]
                self.by_sentence[i] = Evidence(article_id=doc.article.id, start=s.start, end=s.end,
                                               text=doc.text[s.start : s.end], supports=list(fields))
            else:
                e.supports += [f for f in fields if f not in e.supports]

    def items(self) -> list[Evidence]:
        """The event's own sentences first (exports quote the first item), then the rest, in text order."""
        # A title folded into the body's act (`assemble_title.fold_title`) is its last item: the lead tells the act.
        items = [*self.by_sentence.values(), *self.loose]
        title_end = self.doc.meta.get("_title_end", -1)
        if not any("event_type" in e.supports and e.start >= title_end for e in items):
            title_end = -1  # an act told only in the title keeps its title first
        return sorted(items,
                      key=lambda e: (e.start < title_end, "event_type" not in e.supports, e.start, e.end))


def event_record(doc: WorkDoc, key: tuple[Any, ...], g: Group) -> Event:
    """Group `g`'s event record, filed under `key`: (type, sub-type, PLOVER code if untyped, place key, day[, camp])."""
    art = doc.article
    t0 = g.head
    ev = Support(doc)
    for t in g.triggers:
        ev.add(t.start, t.end, ["event_type", "sub_event_type"] + (["plover"] if t.plover else []))
    plover = Plover(event=t0.plover, mode=t0.mode, context=_contexts(doc, g)) if t0.plover else None
    location = None
    if g.place is not None:
        location = as_location(g.place)
        ev.add(g.place.start, g.place.end, ["location"])
    date = _date_span(doc, g, ev)
    actors = name_sides(doc, g, _actors(doc, g, ev))
    sents = g.sentences
    fatalities, injured = _counts(g, ev, doc)
    near = sents | _following(doc, sents)
    weapons = _weapons([w for w in doc.weapons if w.sentence in near], ev, doc)
    damage = _damage([d for d in doc.damage if d.sentence in near], ev, doc)
    claims = _claims(doc, sents, ev)
    loc_key = key[3]
    camp = key[5] if len(key) > 5 else 0  # a second opposed crowd's camp (assemble_protest)
    eid = event_id(art.id, t0.event_type or t0.plover, t0.sub_event_type, loc_key, date.start, camp)
    conf = 0.45 + 0.15 * (location is not None) + 0.1 * (date.text is not None) + 0.1 * bool(actors) \
        + 0.05 * min(len(g.triggers) - 1, 2) + 0.05 * (fatalities.best is not None or bool(damage))
    if not t0.event_type:
        conf -= 0.15  # political events are coded from a single phrase
    # Evidence is per sentence; checks.dedupe needs the exact trigger phrases to spot a twin coding.
    doc.meta.setdefault("trigger_spans", {})[eid] = [(t.start, t.end) for t in g.triggers]
    # "40 casualties" fills neither figure; checks flags it (casualties_unsplit). Only a phrase of the event's own
    # sentences or the one after them is its: "heavy casualties" at Mariupol told before a Kherson clash is not.
    told = {t.sentence for t in g.triggers}
    told |= _following(doc, told)
    unsplit = [c for c in g.casualties if c.kind == "unsplit" and c.sentence in told]
    for c in unsplit:
        if c.sentence not in ev.by_sentence:  # a trigger sentence is no toll sentence (drop_tallies reads this)
            ev.add(c.start, c.end, ["fatalities", "injured"])
    if unsplit:
        doc.meta.setdefault("unsplit_casualties", {})[eid] = unsplit
    return Event(id=eid, event_type=t0.event_type, sub_event_type=t0.sub_event_type, plover=plover, date=date,
                 location=location, actors=actors, fatalities=fatalities, injured=injured, weapons=weapons,
                 damage=damage, claims=claims, evidence=ev.items(), article_ids=[art.id],
                 sources=[source_name(art)], confidence=round(min(max(conf, 0.05), 0.95), 3))


def _following(doc: WorkDoc, sents: set[int]) -> set[int]:
    # The sentence right after the event's last one, in the same paragraph and telling of no other event,
    # still describes it ("A residential building caught fire.").
    nxt = max(sents) + 1
    if nxt >= len(doc.sentences) or any(t.sentence == nxt for t in doc.triggers):
        return set()
    if "\n" in doc.text[doc.sentences[nxt - 1].end : doc.sentences[nxt].start]:
        return set()
    return {nxt}


def event_id(article_id: str, etype: str | None, sub: str | None, loc_key: object, day: dt.date | None,
             camp: int = 0) -> str:
    """An event's content id from its article, coding, place key, day and camp: re-running gives the same id."""
    # A second opposed crowd at one place and day (assemble_protest) hashes its camp number too; the first camp and
    # every other event hash the five parts alone, so their ids stay as they were.
    return content_id(article_id, etype, sub, str(loc_key or ""), day.isoformat() if day else "",
                      *([str(camp)] if camp else []), prefix="ev_")


_DISTRICT_TEXT = re.compile(r"\b(?:[Rr]aion|[Dd]istrict)\b")


def as_location(p: PlaceMention) -> Location:
    fc = p.feature_code or ""
    precision = 1 if p.feature_class == "P" and not fc.startswith("PPLX") else 2 if fc in ("ADM2", "PPLX") else 3
    if p.feature_class in (None, "") and p.geonameid is None:
        precision = 3
    if precision == 1 and _DISTRICT_TEXT.search(p.text or ""):
        precision = 2  # told only "in X Raion", placed at its seat town (ACLED: known to the district)
    # An approximate point with no record (a village at its hromada's point) is ACLED's 2, "near a town".
    near = p.radius_km if p.geonameid is None and p.radius_km else None
    return Location(name=p.name or p.text, geonameid=p.geonameid, lat=p.lat, lon=p.lon,
                    country_code=p.country_code, admin1=p.admin1, feature_code=p.feature_code,
                    precision=max(precision, 2) if near else precision, text=p.text, uncertainty_km=near)


_SPAN_DAYS = 7  # a longer stretch ("June 1-30") is a period, not one event's days


def _date_span(doc: WorkDoc, g: Group, ev: Support) -> DateSpan:
    if g.date is not None:
        if not denial_day(doc, g.date, g.sentences):
            ev.add(g.date.start, g.date.end, ["date"])
        prec = g.date.precision if g.date.precision in ("day", "week", "month", "year") else "unknown"
        start, end = g.date.start_date, g.date.end_date or g.date.start_date
        if prec == "day" and start and end and 0 < (end - start).days <= _SPAN_DAYS:
            start = end  # "April 16-18", "March 5 and 6": one event, dated on the last day named (gold README)
        return DateSpan(start=start, end=end,
                        precision=prec, text=g.date.text)  # type: ignore[arg-type]
    pub = story_day(doc)
    if pub is not None:
        # No date in or near the sentence: a news report tells of the day it was published (its dateline's day).
        return DateSpan(start=pub, end=pub, precision="day", text=None)
    return DateSpan(precision="unknown")


def _actors(doc: WorkDoc, g: Group, ev: Support) -> list[Actor]:
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
            ev.add(top.start, top.end, ["actors"])
    own = out[0].country_code if out else None
    # A group (and police: "Civilians (Kenya)", as ACLED codes it) kills civilians of its own land; an army drops them.
    group = bool(out) and out[0].sector not in ("MIL", "GOV")
    for mention, kind, cc in g.recipients:
        if (mention is None and kind != "civilians") or (own and cc == own and not (kind == "civilians" and group)):
            continue
        name = civilians_name(cc) if kind == "civilians" else forces_name(cc)
        sector, code = ("CVL" if kind == "civilians" else "MIL"), alpha3(cc)
        if mention is not None and mention.kind == "group":  # "killed three Hamas gunmen": Hamas, not the PS state
            name, sector, code = mention.name, mention.sector or "REB", mention.code or code
        if any(a.name == name and a.role == "recipient" for a in out):
            continue
        out.append(Actor(name=name, country_code=cc, sector=sector, role="recipient", code=code,
                         text=mention.text if mention else None))
        if mention is not None:
            ev.add(mention.start, mention.end, ["actors"])
        break  # one recipient per event, like ACLED's actor 2
    cc = g.place.country_code if g.place else None
    if cc and (cc != own or group) and not any(a.role == "recipient" for a in out) \
            and g.head.sub_event_type != DISRUPTED:
        # "Three civilians were killed" in a sentence linked to the event: the victims are civilians there.
        for i in sorted(g.sentences):
            m = civilian_in(doc, i)
            if m:
                out.append(Actor(name=civilians_name(cc), country_code=cc, sector="CVL", role="recipient",
                                 code=alpha3(cc), text=m.group(0)))
                ev.add(m.start(), m.end(), ["actors"])
                break
    return out


_TOTAL = re.compile(r"\b(?:toll|total|tally|rose|risen|rises|climbed|increased|reached|stands?|stood|in\s+all|"
                    r"altogether|overall|bringing|brings|now)\b", re.I)
_MORE = re.compile(r"\b(?:another|more|additional|further|also|other)\b", re.I)
_SUBSET = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.I)


def running_total(doc: WorkDoc, ms: list[CasualtyMention]) -> tuple[Count, list[CasualtyMention]]:
    """One figure from an event's casualty mentions, read in text order, and the mentions that made it."""
    # A toll ("the death toll rose to 9") replaces the figure, "another three" adds to it, a part
    # ("including two children") or a repeat adds nothing; of two plain figures the larger stands
    # (a retelling rarely lowers a toll).
    text = doc.text
    cur: Count | None = None
    used: list[CasualtyMention] = []
    for m in sorted(ms, key=lambda c: c.start):
        c = m.count
        lead = text[max(0, m.start - 40) : m.start]
        if cur is not None and _SUBSET.search(lead):
            continue
        if cur is None or _TOTAL.search(lead[-25:] + " " + m.text):
            if cur is not None and cur.best and (c.best or 0) >= max(TALLY, 10 * cur.best):
                continue  # "120 killed in a day, death toll climbs to 18,400": the war's toll, not this event's
            if cur is None or c.best != cur.best:
                cur, used = c.model_copy(), [m]
            continue
        if _MORE.search(m.text) or _MORE.search(lead[-12:]):
            cur = Count(low=_add(cur.low, c.low), best=_add(cur.best, c.best), high=_add(cur.high, c.high),
                        text=f"{cur.text}; {c.text}")
            used.append(m)
        elif (c.best or 0) > (cur.best or 0):
            cur, used = c.model_copy(), [*used, m]
    return cur or Count(), used


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _counts(g: Group, ev: Support, doc: WorkDoc) -> tuple[Count, Count]:
    out = []
    for kind in ("killed", "injured"):
        ms = [c for c in g.casualties if c.kind == kind and c.count.best is not None]
        if not ms:
            out.append(Count())
            continue
        count, used = running_total(doc, ms)
        for m in used:
            ev.add(m.start, m.end, ["fatalities" if kind == "killed" else "injured"])
        out.append(count)
    return out[0], out[1]


def _weapons(ws: list[WeaponMention], ev: Support, doc: WorkDoc) -> list[Weapon]:
    by_kind: dict[str, Weapon] = {}
    for w in ws:
        cur = by_kind.get(w.kind)
        if cur is None:
            cur = by_kind[w.kind] = Weapon(kind=w.kind, model=w.model)
            ev.add(w.start, w.end, ["weapons"])
        elif w.launched is not None or w.intercepted is not None or (w.model and not cur.model):
            ev.add(w.start, w.end, ["weapons"])
        cur.model = cur.model or w.model
        if w.launched is not None and cur.launched is None:
            cur.launched = w.launched
        if w.intercepted is not None and cur.intercepted is None:
            cur.intercepted = w.intercepted
    return list(by_kind.values())


def _damage(ds: list[DamageMention], ev: Support, doc: WorkDoc) -> list[str]:
    labels: list[str] = []
    specific = {d.sentence for d in ds if d.label not in GENERIC_DAMAGE}
    for d in ds:
        if d.label in GENERIC_DAMAGE and d.sentence in specific:
            continue  # "destroyed several military aircraft": the object says it better
        if d.label not in labels:
            labels.append(d.label)
        ev.add(d.start, d.end, ["damage"])
    return labels


def _claims(doc: WorkDoc, sents: set[int], ev: Support) -> list[Claim]:
    out: list[Claim] = []
    seen: set[str] = set()  # equal claims (pydantic equality: every field) once; a set, not a scan of `out`
    for c in (c for i in sorted(sents) for c in in_sentence(doc, "claims", i)):
        key = c.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(c)
            ev.add(c.start, c.end, ["claims"])
    return out


def _contexts(doc: WorkDoc, g: Group) -> list[str]:
    text = " ".join(doc.sentence_text(i) for i in sorted({t.sentence for t in g.triggers}))
    return ["military"] if _MILITARY_CONTEXT.search(text) else []

