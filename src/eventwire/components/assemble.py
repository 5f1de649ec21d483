"""Assemble events: one per (event type, sub-type, location, day), every field with an evidence span."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventwire.components import actors as _actors_mod
from eventwire.components.assemble_axis import fold_axis
from eventwire.components.assemble_date import event_date
from eventwire.components.assemble_fold import (
    TALLY,
    drop_commentary,
    drop_country_summaries,
    drop_old_in_front,
    drop_outliers,
    drop_tallies,
    fold_dateline,
    fold_districts,
    fold_taken,
    merge_vague,
)
from eventwire.components.assemble_link import (
    MAX_AGE_DAYS,
    absorb,
    attacker_for,
    civilian_in,
    dateline_end,
    decide,
    drop_old,
    in_sentence,
    index_sentences,
    recipient_for,
    told_before,
    told_now,
)
from eventwire.components.assemble_list import axis_villages, place_list
from eventwire.components.assemble_namesake import nearer_namesake, region_reading
from eventwire.components.assemble_offset import offset_place
from eventwire.components.assemble_protest import fold_protests, name_sides, settle_tolls
from eventwire.components.assemble_retell import fold_retold, fold_undated, join_retelling, place_told_after
from eventwire.components.assemble_where import event_location, triggers_in
from eventwire.components.dates import story_day
from eventwire.components.headline import mend as mend_headline
from eventwire.components.protest_topic import relocate
from eventwire.components.provenance import source_name
from eventwire.components.toll_status import event_tolls
from eventwire.components.trigger_rules import CLASH
from eventwire.components.triggers import JOIN_ONLY
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

# Names from country codes go through pycountry's slow attribute lookup: cache them per process.
alpha3 = lru_cache(maxsize=1024)(_actors_mod.alpha3)
civilians_name = lru_cache(maxsize=1024)(_actors_mod.civilians_name)
forces_name = lru_cache(maxsize=1024)(_actors_mod.forces_name)
GENERIC_DAMAGE = frozenset({"destroyed", "damaged"})
AGENT_NOUN = re.compile(r"(?:kidnappers?|abductors?|hostage-takers?|assailants?|attackers?|bombers?)", re.I)
_MILITARY_CONTEXT = re.compile(r"\b(?:military|forces|troops|air\s*bases?|positions|army|soldiers|bombers)\b", re.I)
# "kept up offensive operations south of Lyman but made no confirmed gains" is a fight at Lyman all
# the same (gold README: "offensive operations in X" are Battles at X; gold dev codes "limited ground offensives in
# three towns ... but made no significant gains"), so no rule drops it.


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
    chosen: Trigger | None = None  # the trigger a fold chose to give the type (see `head`)

    @property
    def head(self) -> Trigger:
        """The trigger that gives the event its type: the one a fold chose, else the first in the text."""
        return self.chosen or self.triggers[0]

    @property
    def sentences(self) -> set[int]:
        """Sentence indices of the triggers and linked casualty mentions."""
        return {t.sentence for t in self.triggers} | {c.sentence for c in self.casualties}


def make(lookback: int = 3, max_age_days: int = MAX_AGE_DAYS) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `assemble.events.v1`: `lookback` sentences for dates and actors, `max_age_days` for new events."""
    picker: Any
    try:
        from eventwire.geoparsing.event_location import pick_event_location as picker
    except ImportError:
        picker = None  # geoparser not installed: the nearest-place rule below decides

    def assemble(doc: WorkDoc) -> WorkDoc:
        index_sentences(doc)
        doc.meta["_civilian_by_sentence"] = {}
        doc.meta.pop("_first_trigger_end", None)
        doc.meta.pop("_unplaced", None)
        doc.meta.pop("_offsets", None)
        doc.meta.pop("_paragraph_places", None)
        doc.meta.pop("_triggers_by_sentence", None)
        doc.meta.pop("_all_places_by_sentence", None)
        groups = fold_protests(doc, fold_taken(doc, _group(doc, picker, lookback)))
        groups = place_told_after(doc, fold_dateline(doc, groups))
        groups = fold_undated(doc, fold_retold(doc, merge_vague(doc, groups)))
        link_casualties(doc, groups)
        settle_tolls(doc, groups)
        groups = drop_old_in_front(doc, drop_old(doc, groups, max_age_days))
        groups = fold_districts(doc, drop_outliers(doc, drop_country_summaries(doc, drop_commentary(doc, groups))))
        groups = mend_headline(doc, fold_axis(doc, groups))
        doc.events = drop_tallies(doc, [_event(doc, key, g) for key, g in groups.items()])
        doc.meta.pop("_offsets", None)  # per-run caches of place objects: no part of the document's record
        doc.meta.pop("_paragraph_places", None)
        doc.meta.pop("_triggers_by_sentence", None)
        doc.meta.pop("_all_places_by_sentence", None)
        return doc

    return assemble


def _group(doc: WorkDoc, picker: Any, lookback: int) -> dict[tuple[Any, ...], Group]:
    groups: dict[tuple[Any, ...], Group] = {}
    last_attacker: tuple[int, ActorMention] | None = None
    retold: dict[int, tuple[Group, Any]] = {}  # sentence -> the earlier event (and its day) that it retells
    last: tuple[Trigger, list[Group]] | None = None  # the last trigger grouped, with its groups
    for t in doc.triggers:
        if t.status != "asserted" or not t.event_type:
            continue  # political (PLOVER-only) triggers are coded by political.rules.v1
        if last is not None and toll_participle(doc, last[0], t) \
                and _join_toll(doc, groups, last[1], event_date(doc, t, lookback), last[0], t):
            continue
        last = None  # a trigger skipped below is no act that a later toll participle may join
        date = event_date(doc, t, lookback if t.event_type else 1)
        day = date.start_date if date else None
        a = attacker_for(doc, t)
        inherited = False
        if a is not None:
            if t.event_type != "Strategic developments":
                last_attacker = (t.sentence, a)
        elif last_attacker and t.sentence - last_attacker[0] <= lookback and t.event_type != "Strategic developments":
            a = last_attacker[1]  # "One of the drones hit ...": the attacker named a few sentences before
            inherited = True
            last_attacker = (t.sentence, a)
        generic = bool(JOIN_ONLY.fullmatch(t.text) or AGENT_NOUN.fullmatch(t.text))
        now = generic and told_now(doc, t)
        if now and (t.event_type, t.sub_event_type) != CLASH:
            # "liberated Lyman. Sources discussed attacks near Terny": reported attacks are fights, not the taking whose
            # kind the generic noun borrowed from its neighbour (review s21 c).
            t.event_type, t.sub_event_type, t.mode = (*CLASH, "firearms")
        if told_before(doc, t):
            decide(doc, t, "historical", "a plural noun with no date or reporting verb in its sentence: events in "
                   "general, not a new report")
            continue
        bare = generic and not now
        if join_retelling(doc, t, day, groups, retold, bare):
            continue
        placed: list[PlaceMention | None] = []
        if _SUPPORT.match(doc.text, t.start) and t.event_type == "Explosions/Remote violence":
            # "fighting in Pobieda and Vodiane backed by air and artillery": the fires back that fight and
            # are told where it is (gold README, mixed fires); with no fight in the sentence they are no event.
            host = next((h for h in triggers_in(doc, t.sentence) if h.status == "asserted"
                         and (h.event_type, h.sub_event_type) == CLASH), None)
            placed = _placed(doc, host, picker) if host is not None else []
            if not placed:
                decide(doc, t, "unplaced", "fires backing no fight told in the sentence")
                continue
        else:
            placed = _placed(doc, t, picker)
        made = []
        for place in placed or [None]:
            loc_key = (place.geonameid or place.name or place.text) if place else None
            key = (t.event_type, t.sub_event_type, None if t.event_type else t.plover, loc_key, day)
            g = groups.setdefault(key, Group(place=place, date=date))
            g.triggers.append(t)
            if a is not None:
                (g.inherited if inherited else g.attackers).append(a)
            g.recipients.append(recipient_for(doc, t, a, place))
            made.append(g)
        last = (t, made)
    return groups


# "A car bomb tore through a bus depot on Friday, killing six": the toll participle after a comma tells the act of
# its clause, not a second act with its own day ("raided the hamlets last Monday and Tuesday, killing 30") or place
# (the raiders' home country in "raiders from Iran attacked Iraqi hamlets ..., killing 30").
_TOLL_PARTICIPLE = re.compile(r"(?:killing|wounding|injuring|leaving)\b", re.I)
_COMMA_BEFORE = re.compile(r",\s*(?:and\s+)?$")
_BREAK = re.compile(r"[;:()]")


def _join_toll(doc: WorkDoc, groups: dict[tuple[Any, ...], Group], hosts: list[Group], date: DateMention | None,
               host: Trigger, t: Trigger) -> bool:
    """Add toll participle `t` to its act's groups unless another act stands between; a day told between is the act's."""
    span = [d for d in in_sentence(doc, "dates", t.sentence) if host.end <= d.start and d.end <= t.start]
    first = min((d.end for d in span), default=t.start)
    if any(first <= p.start < t.start for p in in_sentence(doc, "places", t.sentence)):
        return False  # "shelled Avdiivka on Monday and Kupiansk on Tuesday, killing two": Kupiansk's act is between
    # "SUKKUR, 5 March - A car bomb went off near a bus station yesterday, killing three": "yesterday" dates the bomb,
    # though the dateline's day is nearer to the word "bomb".
    own = date is not None and host.end <= date.start and date.end <= t.start
    for g in hosts:
        g.triggers.append(t)
        if not own or date is None or g.date is None or g.date.start_date == date.start_date \
                or any(o.sentence != host.sentence for o in g.triggers):
            continue
        key = next(k for k, v in groups.items() if v is g)
        new = (*key[:4], date.start_date)
        del groups[key]
        g.date = date
        if new in groups:  # the act's own day already has its event here: one act
            absorb(groups[new], g)
        else:
            groups[new] = g
    return True


def toll_participle(doc: WorkDoc, host: Trigger, t: Trigger) -> bool:
    """True when `t` is a toll participle (", killing two") of the act `host` told just before it."""
    return t.sentence == host.sentence and t.event_type == host.event_type and host.end <= t.start \
        and _TOLL_PARTICIPLE.fullmatch(t.text) is not None \
        and _COMMA_BEFORE.search(doc.text, max(host.end, t.start - 8), t.start) is not None \
        and _BREAK.search(doc.text, host.end, t.start) is None


# "artillery support", "air and artillery support" (the air trigger is the word "air"), "supported by artillery".
_SUPPORT = re.compile(r"(?:(?:with|air|aviation|artillery|mortar|rocket|missile|fire|heavy|massive|and)\b,?\s+)+support\b|"
                      r"(?:supported|backed)\s+by\b", re.I)


def _placed(doc: WorkDoc, t: Trigger, picker: Any) -> list[PlaceMention | None]:
    """Every place a trigger is told at (its list items, a town's axis villages); empty where none is placed."""
    # ACLED codes one event per location: "fighting near Siversk, Soledar, and Bakhmut" is three.
    raw = event_location(doc, t, picker)
    if t.event_type == "Protests":
        raw = relocate(doc, t, raw)  # "marched in London against the war in Gaza": the crowd's place, not its cause's
    picked = _where(doc, t, raw)
    # A village read far from the story and left unplaced (nearer_namesake) is still one item of its list.
    axis = axis_villages(doc, t, picked)
    items = [q for x in axis for q in place_list(doc, t, x)] if axis else \
        place_list(doc, t, picked if picked is not None or raw is None else raw)
    places = [p if p is picked or p is None else None if p is raw else _where(doc, t, p) for p in items]
    # "Dolyna, Andriivka, and Mazanivka": each item may be misread; an item left unplaced adds no event.
    return [p for p in places if p is not None]


def _where(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The place the text locates by an offset from a town, else the reading near the paragraph's towns."""
    p = region_reading(doc, t, p)
    q = offset_place(doc, t, p)
    return q if q is not p else nearer_namesake(doc, t, p)


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
        return sorted([*self.by_sentence.values(), *self.loose],
                      key=lambda e: ("event_type" not in e.supports, e.start, e.end))


def _event(doc: WorkDoc, key: tuple[Any, ...], g: Group) -> Event:
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
    if cc and (cc != own or group) and not any(a.role == "recipient" for a in out):
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


def link_casualties(doc: WorkDoc, groups: dict[tuple[Any, ...], Group]) -> None:
    """Attach each casualty mention to the violent event told in its sentence or just before it."""
    violent = [g for g in groups.values() if g.head.event_type not in (None, "Strategic developments")]
    if not violent:
        return
    # Only a group with a trigger from three sentences before to one after can take a figure (d <= 3 below):
    # look those up by sentence rather than scanning every group per figure (long reports).
    by_sentence: dict[int, list[int]] = {}
    told: list[set[int]] = []
    for k, g in enumerate(violent):
        told.append({t.sentence for t in g.triggers})
        for t in g.triggers:
            by_sentence.setdefault(t.sentence, []).append(k)
    # The bureau's town says nothing about where a figure is ("BAHRAIN - jets attacked an Iranian platform, killing
    # five"), save for an act placed at that town.
    cut = dateline_end(doc)
    for c in event_tolls(doc):
        cs = c.sentence
        here = [p for p in in_sentence(doc, "places", cs) if p.role != "demonym" and p.country_code]
        c_places = {p.country_code for p in here if p.start >= cut}
        bureau = {p.country_code for p in here if p.start < cut}
        best: tuple[tuple[int, bool], Group] | None = None
        for k in sorted({k for i in range(cs - 3, cs + 2) for k in by_sentence.get(i, [])}):
            g = violent[k]
            if c_places and g.place is not None and g.place.country_code not in c_places and not (
                    g.place.start < cut and g.place.country_code in bureau):
                continue  # the figure is about somewhere else
            # Distance to the nearest trigger sentence (one after counts double); only the window can give <= 3.
            d = min(cs - i if i <= cs else 2 * (i - cs) + 1 for i in range(cs - 3, cs + 2) if i in told[k])
            # "rebels said they blew up a post and an army officer said five rebels died in a gun
            # battle": a toll is told with the act of its own report, not with one another speaker told.
            rank = (d, d == 0 and all(_REPORTED_APART.search(doc.text, *sorted((t.end, c.start))) is not None
                                      for t in g.triggers if t.sentence == cs))
            if d <= 3 and (best is None or rank < best[0]):
                best = (rank, g)
        if best is not None:
            best[1].casualties.append(c)


# A second report between an act and a toll ("and an army spokesman said"): the toll is that report's. The act's own
# trailing attribution (", police said, killing seven") is no second report.
_REPORTED_APART = re.compile(r"\b(?:said|says|reported|claimed|announced|added)\b(?!\s*[,.])", re.I)
