"""Event-gold codebook rules (benchmarks/gold/events/README.md, session 5) applied to assembled events."""

# Rules kept (judged on dev half B and 20 unlabelled ISW reports; docs/benchmarks.md, event coding round 22):
# - mixed fires: "air and artillery strikes" at a place is an Air/drone strike and a Shelling event there (and an
#   Armed clash where the list names ground attacks); a fight "primarily relying on artillery attacks" is a clash
#   and a Shelling event at each place (round 41);
# - a line between two towns: fighting "along the Avdiivka-Donetsk City frontline" is an event at each town; so is
#   fighting "along the Kreminna-Svatove road" (session 33) when the road is in the told verb's own clause, the verb
#   tells of several acts, and no village is named for it; a region told right after the road as where it runs
#   ("in western Luhansk Oblast", the towns' own oblast) gives way to the towns; a toll told at the region, or an act
#   already placed at a town the road's clause does not name, keeps its one record and adds no towns.
# Every event added keeps the sentence as evidence and a decision in doc.decisions that says which rule and why;
# every event dropped gets such a decision too.

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

# Assembly's own location builder and id scheme: an event this stage adds is placed and named like assembled ones.
from eventwire.components.assemble_record import as_location, event_id
from eventwire.components.town_line import LINE, ROAD, towns_close, towns_in
from eventwire.components.trigger_rules import RELYING
from eventwire.model import VIOLENT_TYPES, Count, Event, Evidence, PlaceMention, Plover
from eventwire.pipeline.workdoc import WorkDoc

EXP = "Explosions/Remote violence"
AIR = (EXP, "Air/drone strike", "aerial")
SHELL = (EXP, "Shelling/artillery/missile attack", "heavy-weapons")
CLASH = ("Battles", "Armed clash", "firearms")

# A list of fire kinds before one fire noun: "air and artillery strikes", "air, artillery, and missile strikes",
# "artillery and airstrikes", "ground, air, and artillery attacks".
_KIND = r"(?:air|aerial|aviation|artillery|missile|rocket|mortar|MLRS|tank|naval|ground|infantry)"
_NOUN = r"(?:strikes?|attacks?|fire|shelling|bombardments?|operations|support|assaults?|barrages?)"
MIXED = re.compile(
    rf"\b{_KIND}(?:\s*,\s*{_KIND}){{0,4}}(?:\s*,?\s+(?:and|or)\s+{_KIND})\s+{_NOUN}\b"
    rf"|\b{_KIND}(?:\s*,\s*{_KIND}){{0,4}}\s*,?\s+and\s+air\s*-?\s*strikes\b", re.I)
# "hit Kharkiv City with Shahed drones and Iskander missiles": drones and missiles named together are mixed
# fires too (gold dev: a drone event and a missile event at each place).
_ARMS = (r"(?:[\w-]+\s+){0,2}?(?:drones|UAVs)\s+and\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets)\b|"
         r"(?:[\w-]+\s+){0,2}?(?:missiles|rockets)\s+and\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs)\b")
MIXED_ARMS = re.compile(rf"\bwith\s+(?:{_ARMS})", re.I)
_ARMS_CUE = re.compile(r"drones|UAVs", re.I)
_AIR_KIND = re.compile(r"\b(?:air|aerial|aviation|airstrikes|air\s*-?\s*strikes)\b", re.I)
_FIRE_KIND = re.compile(r"\b(?:artillery|missile|rocket|mortar|MLRS|tank|naval)\b", re.I)
_GROUND = re.compile(r"\b(?:ground|infantry)\b", re.I)

RULES = ("mixed_fires", "line")
# Cheap cues: the full patterns run only on sentences holding one (a long report has hundreds of sentences).
_AIR_CUE = re.compile(r"air|aerial|aviation", re.I)
_RELY_CUE = re.compile(r"\brel(?:y|ies|ied|ying)\b", re.I)
_DASH = re.compile(r"[a-z]\s?[-–]\s?[A-Z]")
# Weapon kinds (weapons.rules.v1) each coding of a twin keeps: the air twin does not fire the artillery.
ARMS = {AIR[1]: frozenset({"drone", "aircraft", "explosive"}),
        SHELL[1]: frozenset({"missile", "rocket", "artillery"}),
        CLASH[1]: frozenset({"small arms"})}
# The rules were written for front reports (ISW daily updates) and judged only on them: a document with this many
# violent events at named settlements. A lone story's "under heavy air and artillery fire" stays one event (on MUC
# dev its twin was one more false incident in a combat report MUC leaves out).
FRONT_REPORT = 5


def make(rules: Iterable[str] | None = None, min_events: int = FRONT_REPORT) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `codebook.rules.v1`: `rules` to run (default RULES) on reports of >= `min_events` placed events."""
    chosen = tuple(rules) if rules is not None else RULES
    unknown = [r for r in chosen if r not in RULES]
    if unknown:
        raise ValueError(f"unknown codebook rules {unknown}; known: {list(RULES)}")

    def codebook(doc: WorkDoc) -> WorkDoc:
        placed = sum(1 for e in doc.events if e.event_type in VIOLENT_TYPES and e.location and e.location.precision == 1)
        if not doc.events or placed < min_events:
            return doc
        if "mixed_fires" in chosen:
            mixed_fires(doc)
        if "line" in chosen:
            line_towns(doc)
        return doc

    return codebook


def trigger_spans(doc: WorkDoc, e: Event) -> list[tuple[int, int]]:
    """The trigger phrases an assembled event was coded from (its event-type evidence when unknown)."""
    spans = doc.meta.get("trigger_spans", {}).get(e.id)
    if spans:
        return list(spans)
    return [(x.start, x.end) for x in e.evidence if "event_type" in x.supports]


def _loc_key(e: Event) -> object:
    loc = e.location
    return None if loc is None else (loc.geonameid or loc.name)


def place_key(p: PlaceMention) -> object:
    """The key an event at place mention `p` would have (GeoNames id, else name)."""
    return p.geonameid or p.name or p.text


def has_event(events: Iterable[Event], sub: str | None, loc: object, day: date | None) -> bool:
    """True when `events` hold one of sub-type `sub` at place `loc` on `day`."""
    return any(e.sub_event_type == sub and _loc_key(e) == loc and e.date.start == day for e in events)


def names_place(doc: WorkDoc, e: Event, sentence: int) -> bool:
    """True when sentence `sentence` names the event's place (by GeoNames id, else by name)."""
    loc = e.location
    if loc is None or sentence < 0:
        return False
    s = doc.sentences[sentence]
    return any(s.start <= p.start < s.end and (p.geonameid == loc.geonameid if loc.geonameid else
                                               (p.name or p.text) == loc.name) for p in doc.places)


def note(doc: WorkDoc, rule: str, e: Event, span: tuple[int, int], reason: str) -> None:
    """Record a codebook decision in doc.decisions, as other stages do, naming the event it added."""
    doc.decisions.append({"stage": "codebook", "rule": rule, "status": "added", "event": e.id,
                          "text": doc.text[span[0]:span[1]], "start": span[0], "end": span[1], "reason": reason})


def without_figures(e: Event) -> Event:
    """Event `e` with no killed or injured figure: a toll told once stays on the event it was read for."""
    for x in e.evidence:
        x.supports = [f for f in x.supports if f not in ("fatalities", "injured")]
    e.fatalities, e.injured = Count(), Count()
    return e


def twin(doc: WorkDoc, e: Event, coding: tuple[str, str, str], spans: list[tuple[int, int]]) -> Event:
    """A copy of event `e` with another ACLED coding: same place, day, parties and sentences as evidence."""
    etype, sub, mode = coding
    eid = event_id(doc.article.id, etype, sub, _loc_key(e), e.date.start)
    plover = Plover(event=e.plover.event, mode=mode, context=list(e.plover.context)) if e.plover else None
    new = e.model_copy(deep=True, update={"id": eid, "event_type": etype, "sub_event_type": sub, "plover": plover})
    new.weapons = [w for w in new.weapons if w.kind in ARMS.get(sub, frozenset())]
    if not new.weapons:
        for x in new.evidence:
            x.supports = [f for f in x.supports if f != "weapons"]
    doc.meta.setdefault("trigger_spans", {})[eid] = list(spans)
    return without_figures(new)


def moved(doc: WorkDoc, e: Event, p: PlaceMention) -> Event:
    """A copy of event `e` placed at mention `p`, with the sentence naming `p` as the location's evidence."""
    eid = event_id(doc.article.id, e.event_type, e.sub_event_type, place_key(p), e.date.start)
    evidence = [x.model_copy(deep=True) for x in e.evidence]
    for x in evidence:
        x.supports = [f for f in x.supports if f != "location"]
    i = doc.sentence_of(p.start)
    hit = next((x for x in evidence if i >= 0 and x.start == doc.sentences[i].start), None)
    if hit is not None:
        hit.supports.append("location")
    else:
        evidence.append(Evidence(article_id=doc.article.id, start=p.start, end=p.end, text=p.text,
                                 supports=["location"]))
    new = e.model_copy(deep=True, update={"id": eid, "location": as_location(p), "evidence": evidence})
    doc.meta.setdefault("trigger_spans", {})[eid] = trigger_spans(doc, e)
    return without_figures(new)


def _scan(doc: WorkDoc, pattern: re.Pattern[str], cue: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `pattern` in the sentences where `cue` occurs, in text order."""
    text = doc.text
    out: list[re.Match[str]] = []
    seen: set[int] = set()
    for c in cue.finditer(text):
        i = doc.sentence_of(c.start())
        if i >= 0 and i not in seen:
            seen.add(i)
            out.extend(pattern.finditer(text, doc.sentences[i].start, doc.sentences[i].end))
    return out


def mixed_fires(doc: WorkDoc) -> None:
    """Air and artillery fire named together at a place: one event per kind of fire (and ground attacks)."""
    phrases = [m for m in _scan(doc, MIXED, _AIR_CUE) if _AIR_KIND.search(m.group(0)) and _FIRE_KIND.search(m.group(0))]
    phrases += _scan(doc, MIXED_ARMS, _ARMS_CUE)
    # "offensive operations in A and B, primarily relying on artillery attacks": a clash at each town and the fires
    # as a second event (gold README, session 5: operations that lean on fires).
    phrases += _scan(doc, RELYING, _RELY_CUE)
    if not phrases:
        return
    added: list[Event] = []
    for e in list(doc.events):
        if e.event_type not in (EXP, "Battles"):
            continue
        spans = trigger_spans(doc, e)
        # "struck X with drones and missiles": the weapons phrase follows the verb of its own sentence.
        hit = next((m for m in phrases for a, b in spans if (a < m.end() and m.start() < b) or (
            m.re in (MIXED_ARMS, RELYING) and b <= m.start() and doc.sentence_of(a) == doc.sentence_of(m.start()))),
            None)
        if hit is None or not names_place(doc, e, doc.sentence_of(hit.start())):
            continue  # "air and artillery fire along the front" folded into a town's event: no place
        if hit.re is RELYING and e.sub_event_type != CLASH[1]:
            continue  # the fires lean on a told fight, not on another fire
        kinds = [SHELL] if hit.re is RELYING else [AIR, SHELL] + ([CLASH] if _GROUND.search(hit.group(0)) else [])
        loc, day = _loc_key(e), e.date.start
        for coding in kinds:
            if coding[1] == e.sub_event_type or has_event(doc.events + added, coding[1], loc, day) \
                    or town_has(doc.events, e, coding):
                continue
            new = twin(doc, e, coding, [(hit.start(), hit.end())])
            added.append(new)
            note(doc, "mixed_fires", new, (hit.start(), hit.end()),
                 f"codebook 'mixed fires': {hit.group(0)!r} names {coding[1].lower()} as well; one event per kind "
                 f"of fire at {e.location.name if e.location else 'an unnamed place'} (tolls stay on {e.sub_event_type})")
    doc.events.extend(added)


def town_has(events: Iterable[Event], e: Event, coding: tuple[str, str, str]) -> bool:
    """True when `e` lies at a region and a town of that region has that day an event of `coding`'s kind."""
    loc = e.location
    if loc is None or not (loc.feature_code or "").startswith("ADM1") or not loc.admin1:
        return False
    # "ground, air and artillery attacks in Kharkiv and Sumy oblasts" beside fights told at its towns: the towns
    # carry the region's ground attacks (any fight) and its fire of that kind (gold dev, ISW). Region names repeat
    # across countries ("Eastern Province"), so the country must match too. It reads the events present when the
    # codebook runs: a later stage that drops the town's event (confidence with min_confidence) leaves neither.
    return any(t.location is not None and t.location.precision == 1 and t.location.admin1 == loc.admin1
               and t.location.country_code == loc.country_code
               and t.date.start == e.date.start
               and (t.event_type == "Battles" if coding is CLASH else t.sub_event_type == coding[1])
               for t in events)


def sentence_events(doc: WorkDoc, i: int) -> list[tuple[int, Event]]:
    """Violent events with a trigger phrase in sentence `i`, as (first trigger start there, event)."""
    s = doc.sentences[i]
    out = []
    for e in doc.events:
        if e.event_type in (None, "Strategic developments"):
            continue
        starts = [a for a, _ in trigger_spans(doc, e) if s.start <= a < s.end]
        if starts:
            out.append((min(starts), e))
    return out


def _place_between(doc: WorkDoc, start: int, end: int) -> bool:
    """True when any place is named between offsets `start` and `end` (a region, country or metonym too; no demonym)."""
    return any(start <= p.start < end and p.role != "demonym" for p in doc.places)


# The verb's own clause up to "along": two words at most with no comma, no clause opener, no infinitive and no single
# object ("withdrew along", "to flee along", "ambushed a convoy along" tell no act along the road).
_ROAD_GAP = re.compile(r"(?:\s+(?!(?:as|while|after|before|when|where|which|who|that|to|a|an|one)\b)[\w’'-]+){0,2}\s+")
# A multi-act telling: the trigger names several acts or an ongoing fight ("operations", "assaults", "airstrikes",
# "fire", "shelling"), or "continued" opens it; one ambush, bomb or abduction on a road stays one event.
_MANY_ACTS = re.compile(r"\b(?:operations|attacks|assaults|offensives|counteroffensives|airstrikes|strikes|raids|clashes"
                        r"|fire|shelling|fighting|bombardments?|barrages)\b", re.I)
_ONGOING = re.compile(r"\bcontinu\w*\s+(?:to\s+)?(?:[\w-]+\s+)?$", re.I)
_SINGLE = {"Remote explosive/landmine/IED", "Abduction/forced disappearance", "Attack", "Grenade", "Suicide bomb",
           "Sexual violence"}
# "along the Kreminna-Svatove road in western Luhansk Oblast": a region right after the road notes where it runs.
_REGION_NOTE = re.compile(r"\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?")


def _road_act(doc: WorkDoc, e: Event, start: int, m: re.Match[str], towns: list[PlaceMention]) -> bool:
    """True when event `e`, told from `start`, is a multi-act fight along road `m` with no village named for it."""
    if e.sub_event_type in _SINGLE or len(towns) != 2 or _told_elsewhere(doc, e, start):
        return False
    end = max(b for a, b in trigger_spans(doc, e) if a == start)
    if not _ROAD_GAP.fullmatch(doc.text, end, m.start()):
        return False  # "forced civilians to flee along", "troops withdrew along": the road is another clause's
    s = doc.sentences[doc.sentence_of(start)]
    if not (_MANY_ACTS.search(doc.text, start, end) or _ONGOING.search(doc.text, s.start, start)):
        return False
    # A village named before the road or after it ("assaults on Berestove along ...", "along ... near Vrubivka"):
    # the road notes where the village lies and the village carries the act.
    own = {id(p) for p in towns}
    return not _place_between(doc, end, m.start()) and all(id(p) in own for p in towns_in(doc, m.end(), s.end))


def _told_elsewhere(doc: WorkDoc, e: Event, start: int) -> bool:
    """True when `e` holds a toll at a region, or lies at a town its road's clause (told from `start`) never names."""
    loc = e.location
    if loc is None:
        return False
    if loc.precision >= 3:
        # "airstrikes along the A-B highway in X Oblast, killing two": the toll is told for the region event; towns
        # added beside it would count the one fight three times.
        return bool(e.fatalities.low or e.injured.low)
    # An act placed at the previous sentence's village ("near Verbove. ... attacks along the A-B road"): the road's
    # towns would be second places of an act already placed elsewhere.
    s = doc.sentences[doc.sentence_of(start)]
    c0 = max(s.start, doc.text.rfind(";", s.start, start) + 1)
    return not any(c0 <= p.start < s.end and (p.geonameid == loc.geonameid if loc.geonameid else
                                              (p.name or p.text) == loc.name) for p in doc.places)


def _region_note(doc: WorkDoc, e: Event, m: re.Match[str], towns: list[PlaceMention]) -> bool:
    """True when `e` lies at the region told right after road `m` and the road's towns lie in that region."""
    loc = e.location
    if loc is None or loc.precision != 3 or not loc.admin1 or e.fatalities.low or e.injured.low:
        return False
    region = next((p for p in doc.places if p.start >= m.end() and _REGION_NOTE.fullmatch(doc.text, m.end(), p.start)),
                  None)
    return region is not None and region.feature_class == "A" and region.admin1 == loc.admin1 \
        and region.country_code == loc.country_code \
        and all(t.admin1 == loc.admin1 and t.country_code == loc.country_code for t in towns)


def line_towns(doc: WorkDoc) -> None:
    """Fighting along a line or road between two named towns: one event at each town; a region that only notes
    where the road runs gives way to them (the drop is a decision too)."""
    added: list[Event] = []
    dropped: list[Event] = []
    for m in sorted(_scan(doc, LINE, _DASH) + _scan(doc, ROAD, _DASH), key=lambda x: x.start()):
        i = doc.sentence_of(m.start())
        if i < 0:
            continue
        towns = towns_in(doc, m.start(), m.end())
        told = [(a, e) for a, e in sentence_events(doc, i) if a < m.start()]
        if len(towns) < 2 or not told or not towns_close(towns):
            continue  # no verb before the line tells of fighting along it, or a far namesake of one town
        # The verb that tells of the line is the nearest one before it ("repelled ... in the directions of").
        start = max(a for a, _ in told)
        group = [e for a, e in told if a == start]
        if m.re is ROAD:
            group = [e for e in group if _road_act(doc, e, start, m, towns)]
        for e in group:
            for p in towns:
                if has_event(doc.events + added, e.sub_event_type, place_key(p), e.date.start):
                    continue
                new = moved(doc, e, p)
                added.append(new)
                note(doc, "line", new, (m.start(), m.end()),
                     f"codebook 'a line between two towns': {m.group(0)!r} tells of fighting along the line; "
                     f"one event at each named town ({p.text}; tolls stay on {e.location.name if e.location else ''})")
            # "operations along the Kreminna-Svatove road in western Luhansk Oblast": the region the road lies in
            # is a note on it; its towns carry the act (gold README, "A road between two towns").
            if m.re is ROAD and _region_note(doc, e, m, towns):
                dropped.append(e)
                doc.decisions.append({
                    "stage": "codebook", "rule": "line", "status": "dropped", "event": e.id,
                    "text": m.group(0), "start": m.start(), "end": m.end(),
                    "reason": f"codebook 'a road between two towns': {e.location.name if e.location else ''} only "
                              f"notes where {m.group(0)!r} runs; the act is coded at its end towns"})
    doc.events = [e for e in doc.events if all(e is not d for d in dropped)] + added
