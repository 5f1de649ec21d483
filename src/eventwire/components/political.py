"""PLOVER political events: accusations, threats, calls, requests, releases, agreements.

Appends non-violent PLOVER events to doc.events after assemble.events.v1 (which codes ASSAULT).
Every coded field has an evidence span; every phrase that is *not* coded (negated, future,
conditional, the object of another act) is recorded in doc.decisions with the reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from operator import attrgetter
from typing import Any

from eventwire.components.actors import alpha3
from eventwire.components.assemble_link import MAX_AGE_DAYS, month_aged, recalled
from eventwire.components.assemble_protest import stand_in
from eventwire.components.lexicon import speech_verbs
from eventwire.components.political_date import background_date
from eventwire.components.political_rules import (
    Lexicon,
    Match,
    find_recent,
    find_weekday,
    lexicon,
    resolve_weekday,
    set_status,
    subordinate,
    threat_mode,
)
from eventwire.components.protest_topic import relocate
from eventwire.components.provenance import source_name
from eventwire.components.trigger_sense import (
    RALLY_BACKERS,
    crowd_blockade,
    market_rally,
    showed,
    state_place,
    state_protest,
)
from eventwire.components.triggers import is_heading, lowered
from eventwire.geoparsing.event_location import counted_land
from eventwire.model import Actor, DateSpan, Event, Evidence, Location, PlaceMention, Plover
from eventwire.model.article import content_id
from eventwire.pipeline.workdoc import ActorMention, WorkDoc

CODED = frozenset({"asserted", "promise", "warning"})
# Codebook extraction notes: for calls, meetings and reciprocal agreements both parties are ACTOR.
RECIPROCAL_MODES = frozenset({"phone", "multilateral", "third-party", None})
# Acts about a meeting still to be held: a place in their object is the proposed venue, not where they happened.
VENUE_EVENTS = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN"})

_OBJ_PREP = re.compile(r"\b(?:of|on|in|to|with|against|from|for|by|at|into|over|about|towards?|between|"
                       r"than|under|like)\s+(?:the\s+)?$", re.I)
# The speaker's verb before a speech act's content ("Kuleba said in Paris that Moscow ..."): verbs of telling and of
# asserting, not of warning or denying, which are political acts of their own here.
_SAYS = speech_verbs("said", "says", "say", "told", "stated", "announced", "added", "insisted", "declared", "claimed",
                     "noted", "argued", "confirmed", "reported")
_SPEECH = re.compile(rf"\b(?:{_SAYS})\b", re.I)
# "..., a Jordanian official confirmed": a party the plain verbs of telling follow reports the act, it is not its object.
_TELLS = speech_verbs("said", "says", "confirmed", "reported", "told", "announced", "added")
_SPEECH_AFTER = re.compile(rf"^(?:['’]s)?\s*(?:\w+\s+){{0,3}}?(?:{_TELLS})\b", re.I)
_COORD_VERB = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_PRONOUN = re.compile(r"\b(?P<p>he|she|they|it)\s+(?:has\s+|had\s+|have\s+|also\s+|recently\s+|then\s+)*$", re.I)
_AND = re.compile(r"^\s*(?:,\s*)?and\s+(?:the\s+)?$", re.I)
# "said in Kyiv", "told reporters in Kyiv" (the addressee comes first), "speaking at": where the speaker spoke.
_SPOKE_AT = re.compile(rf"\b(?:{speech_verbs('said', 'says')}|told\s+\w+|speaking|spoke|"
                       rf"{speech_verbs('announced', 'declared', 'stated')})\s+(?:\w+\s+)?"
                       r"(?:in|at)\s+$", re.I)
# "in the Russian city of Belgorod": the preposition governs the town named after "city of".
_IN_AT = re.compile(r"\b(?:in|at|to|near|outside|visited|arrived\s+in)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?"
                    r"(?:city|town|village|province|region|county|district)\s+of\s+)?$", re.I)
_PRESSURE_ON = re.compile(r"\b(?:pressure|sanctions)\s+(?:\w+\s+)?(?:on|against)\s+$", re.I)
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_MEETING = re.compile(r"\b(?:talks|meeting|summit|negotiations|visit|conference|meet|host)\b", re.I)
# Parties that are never a demonstration's crowd (ACLED names crowds "Protesters (X)" or by their organisation).
_NOT_CROWD = frozenset({"state", "force", "person"})
_GOV_NOUN = re.compile(r"^\s+(?:officials?|government|leaders?|delegations?|authorities|diplomats|ministers?|"
                       r"negotiators|side)\b", re.I)


@dataclass
class Coded:
    """A political act ready to become an Event, with the spans behind each field."""

    match: Match
    event: str
    mode: str | None
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    date: DateSpan = field(default_factory=DateSpan)
    date_span: tuple[int, int] | None = None
    place: PlaceMention | None = None
    venue: PlaceMention | None = None
    contexts: list[str] = field(default_factory=list)
    context_spans: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5


class _Layers:
    """Sentence-bounded views of the layers political reads, by bisection over start offsets."""

    def __init__(self, doc: WorkDoc):
        self.doc = doc
        self.sorted: dict[str, tuple[list[Any], list[int]]] = {}

    def get(self, layer: str, i: int) -> list[Any]:
        """Items of `layer` ("actors", "places", ...) starting in sentence i."""
        if layer not in self.sorted:
            items = sorted(getattr(self.doc, layer), key=attrgetter("start"))
            self.sorted[layer] = (items, [x.start for x in items])
        items, starts = self.sorted[layer]
        s = self.doc.sentences[i]
        return items[bisect_left(starts, s.start) : bisect_left(starts, s.end)]


def _claims_in(doc: WorkDoc, sents: set[int]) -> list[Any]:
    """doc.claims whose start lies in one of `sents`, in doc.claims order (indexed once per document)."""
    idx = doc.meta.get("_political_claims")
    if not isinstance(idx, tuple) or idx[0] is not doc.claims or idx[1] != len(doc.claims):
        by: dict[int, list[int]] = {}
        for k, cl in enumerate(doc.claims):
            by.setdefault(doc.sentence_of(cl.start), []).append(k)
        idx = doc.meta["_political_claims"] = (doc.claims, len(doc.claims), by)
    return [doc.claims[k] for k in sorted(k for i in sents for k in idx[2].get(i, []))]


def _in(doc: WorkDoc, layer: str, i: int) -> list[Any]:
    idx = doc.meta.get("_political_layers")
    if not isinstance(idx, _Layers) or idx.doc is not doc:
        idx = doc.meta["_political_layers"] = _Layers(doc)
    return idx.get(layer, i)


def make(min_confidence: float = 0.0, max_age_days: int = MAX_AGE_DAYS) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `political.rules.v1`; events below `min_confidence` or dated over `max_age_days` are dropped."""
    lex = lexicon()

    def political(doc: WorkDoc) -> WorkDoc:
        coded = code_document(doc, lex, max_age_days)
        events = build_events(doc, coded)
        doc.meta.pop("_political_layers", None)
        doc.meta.pop("_political_claims", None)
        for ev in events:
            if ev.confidence < min_confidence:
                doc.decisions.append({"stage": "political", "event": ev.plover.event if ev.plover else None,
                                      "status": "low_confidence", "reason": f"confidence {ev.confidence}"})
        doc.events.extend(ev for ev in events if ev.confidence >= min_confidence)
        return doc

    return political


def code_document(doc: WorkDoc, lex: Lexicon, max_age_days: int = MAX_AGE_DAYS) -> list[Coded]:
    """Code every sentence; uncoded matches go to doc.decisions with their reason."""
    text = doc.text
    out: list[Coded] = []
    # One automaton pass over the whole text; only sentences holding a cue are looked at.
    low = lowered(doc)  # cached per document, shared with the trigger stages
    starts = [s.start for s in doc.sentences]
    by_sentence: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
    for pos, ids in lex.scan(low):
        i = bisect_left(starts, pos + 1) - 1
        if i >= 0 and pos < doc.sentences[i].end:
            by_sentence.setdefault(i, []).append((pos, ids))
    for i, cands in by_sentence.items():
        s = doc.sentences[i]
        matches = lex.find_at(text, cands, s.end, i)
        if not matches or is_heading(text, s.start, s.end):
            continue
        ctx = lex.contexts_at(text, low, s.start, s.end)
        set_status(text, s.start, s.end, matches)
        here: list[Coded] = []
        for k, m in enumerate(matches):
            if m.status not in CODED:
                doc.decisions.append(_decision(m, m.status, m.reason))
                continue
            if _retold(doc, m):
                doc.decisions.append(_decision(m, "historical", "the triggers stage found this phrase an earlier "
                                                                "ACLED event retold (see its decision), not news"))
                continue
            if m.rule.event == "PROTEST" and RALLY_BACKERS.match(text, m.start):
                doc.decisions.append(_decision(m, "not_event", "rallying allies or support, not a demonstration"))
                continue
            if m.rule.event == "PROTEST" and market_rally(text, s.start, s.end, m.start, m.end):
                doc.decisions.append(_decision(m, "not_event", "a rally of prices or markets, not a crowd"))
                continue
            if m.rule.event == "PROTEST" and showed(text, s.start, m.start, m.end):
                doc.decisions.append(_decision(m, "not_event", "'demonstrated' as 'showed', not a demonstration"))
                continue
            end = next((n.start for n in matches[k + 1 :] if n.status != "embedded"), s.end)
            c = _code(doc, lex, m, end, here, ctx)
            old = _retold_days(doc, c, max_age_days)
            if old is not None:
                doc.decisions.append(_decision(m, "historical", old))
                continue
            if m.status in ("promise", "warning"):
                doc.decisions.append(_decision(m, m.status, m.reason))
            here.append(c)
        out.extend(here)
    return out


def _retold(doc: WorkDoc, m: Match) -> bool:
    """Whether the triggers stage found the act's own phrase an ACLED event retold."""
    # "quell protests against his rule in 2020": assemble codes no event there, so this stage does not code it (with
    # an ACLED type) either. A political trigger's status is not used: its year test is the coarse one that
    # political_date.background_date refines.
    return any(t.status == "historical" and t.event_type and t.start < m.end and m.start < t.end
               for t in _in(doc, "triggers", m.sentence))


def _retold_days(doc: WorkDoc, c: Coded, limit: int) -> str | None:
    """Why the act's own date makes it an earlier act retold (None: news)."""
    # "had rejected S-400 systems in 2020", in a December report: background retold, not news (the gold's rule),
    # by the same age limit as the ACLED side (assemble_link.drop_old), counted from the end of the act's date.
    d = c.date
    end = month_aged(d.end, d.precision, last=True)
    age = recalled(doc.article.published_date, end, limit) if d.text is not None else None
    return None if age is None else f"dated {d.text!r}, {age} days before the report: an earlier act retold, not news"


def _decision(m: Match, status: str, reason: str) -> dict[str, Any]:
    return {"stage": "political", "event": m.rule.event, "text": m.text, "start": m.start, "end": m.end,
            "status": status, "reason": reason}


def _code(doc: WorkDoc, lex: Lexicon, m: Match, obj_end: int, here: list[Coded],
          ctx: tuple[list[str], list[tuple[int, int]]]) -> Coded:
    text = doc.text
    s = doc.sentences[m.sentence]
    promise = m.status in ("promise", "warning")
    if m.status == "warning":
        event, mode = "THREATEN", threat_mode(m)
    else:
        event = "AGREE" if promise else m.rule.event
        mode = None if promise else lex.mode(m.rule, text[m.end : obj_end])
        if event == "PROTEST" and mode == "demo" and state_protest(doc, s.start, m.start, m.end):
            event, mode = "ACCUSE", "disapprove"  # "Russia protested the decision": a complaint, no demonstration
        if m.rule.acled and mode == "obstruct" and not crowd_blockade(doc, s.start, m.start, m.end):
            m.rule = replace(m.rule, acled=None)  # "Israel blocked access ..., demanding": a state's closure, PLOVER only
    c = Coded(m, event, mode)
    c.sources, c.targets = _parties(doc, m, obj_end, here)
    c.date, c.date_span = _date(doc, m)
    c.place, c.venue = _places(doc, c, obj_end)
    if event == "PROTEST":
        c.place = relocate(doc, m, c.place)  # "protested in Paris against the war in Ukraine": the crowd's, not its cause's
    if event == "PROTEST" and mode == "demo" and (st := state_place(doc, m.start, m.end)) is not None:
        # "Georgia protests enter second week": the state is where the crowd protests, not the protester.
        # The crowd is unnamed, so another country ("... against Russian law") is never the protester.
        c.sources = [a for a in c.sources if a.start != st.start and not (
            a.kind in ("state", "demonym") and a.country_code != st.country_code)]
        c.place = c.place or next((p for p in doc.places if p.start == st.start and p.role != "demonym"), None)
    if event == m.rule.event == "PROTEST" and m.rule.acled and m.rule.acled[0] in ("Protests", "Riots"):
        # "the mayor spoke as protests spread", "troops ringed the square during the protests": the subject of a
        # sentence that names protests is not the crowd, and ACLED never codes a state, its forces or a person as one
        # (the force that acts on a crowd is found again by assemble_protest.name_sides where the sub-type calls for it).
        c.sources = [a for a in c.sources if a.kind not in _NOT_CROWD]
    c.contexts, c.context_spans = list(ctx[0]), list(ctx[1])
    sub = subordinate(text, s.start, m.start)
    violent_after = any(t.start >= m.end and t.event_type for t in _in(doc, "triggers", m.sentence))
    conf = m.rule.weight * (0.95 if promise else 1.0) + 0.05 * bool(c.sources) + 0.05 * bool(c.targets) \
        + 0.05 * (c.date.text is not None) + 0.05 * (c.place is not None) + 0.05 * (not here) - 0.1 * sub \
        + 0.1 * violent_after  # "condemned the strike": the act reported is the condemnation
    c.confidence = round(min(conf, 0.95), 3)
    return c


# --- who --------------------------------------------------------------------------------------------

def _sentence_actors(doc: WorkDoc, i: int) -> list[ActorMention]:
    return _in(doc, "actors", i)


def _is_object(text: str, a: ActorMention, floor: int) -> bool:
    return bool(_OBJ_PREP.search(text, max(floor, a.start - 30), a.start))


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a.name == b.name or (a.country_code is not None and a.country_code == b.country_code
                                and {a.kind, b.kind} <= {"state", "demonym", "organisation"})


def _parties(doc: WorkDoc, m: Match, obj_end: int,
             here: list[Coded]) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of a political act in its sentence."""
    text = doc.text
    s = doc.sentences[m.sentence]
    acts = _sentence_actors(doc, m.sentence)
    before = [a for a in acts if a.end <= m.start]
    after = [a for a in acts if m.start < a.start < obj_end and not _SPEECH_AFTER.match(text, a.end)
             and not _PRESSURE_ON.search(text, max(s.start, a.start - 30), a.start)]
    if m.rule.speech:
        # "Kuleba said in Paris that Moscow lacks any will ...": speaker accuses the subject.
        said = [x for x in _SPEECH.finditer(text, s.start, m.start)]
        if said:
            cut = said[-1].start()
            src = [a for a in before if a.end <= cut and not _is_object(text, a, s.start)][-1:]
            tgt = [a for a in before if a.start >= said[-1].end()][:1]
            return src, tgt
    if _COORD_VERB.search(text, max(s.start, m.start - 20), m.start) and here:
        prev = here[-1]  # "condemned the strike and promised reprisal": same subject, same target
        tgts = [a for a in after if not any(_same(a, x) for x in prev.sources)][:1] or prev.targets
        return prev.sources, tgts
    if _PASSIVE.search(text, max(s.start, m.start - 20), m.start):
        by = [a for a in after if _BY.search(text, max(s.start, a.start - 30), a.start)]
        subj = [a for a in before if not _is_object(text, a, s.start)][-1:]
        return by[:1], subj
    if m.rule.kind == "noun" and len({a.country_code for a in acts if a.country_code}) >= 2:
        # "prisoner swaps" between "Ukrainian and Russian delegations": both sides are actors.
        seen: dict[str, ActorMention] = {}
        for a in acts:
            if a.country_code and a.country_code not in seen:
                seen[a.country_code] = a
        return list(seen.values())[:2], []
    subj = [a for a in before if not _is_object(text, a, s.start)]
    sources: list[ActorMention] = []
    if subj:
        sources = [subj[-1]]
        if len(subj) > 1 and _AND.match(text[subj[-2].end : subj[-1].start]):
            sources = [subj[-2], subj[-1]]  # "Jordan and Britain have agreed": both are actors
    else:
        sources = _pronoun(doc, m) or _reporter(doc, m, acts)
    targets = [a for a in after if not any(_same(a, x) for x in sources)][:1]
    return sources, targets


def _pronoun(doc: WorkDoc, m: Match) -> list[ActorMention]:
    # "He has recently called for ...": the person (or party) named last in the sentences before.
    s = doc.sentences[m.sentence]
    p = _PRONOUN.search(doc.text, max(s.start, m.start - 40), m.start)
    if not p:
        return []
    person = p.group("p").lower() in ("he", "she")
    for i in range(m.sentence - 1, max(-1, m.sentence - 4), -1):
        cands = [a for a in _sentence_actors(doc, i) if (a.kind == "person") == person
                 and not _is_object(doc.text, a, doc.sentences[i].start)]
        if cands:
            return [cands[0]]
    return []


def _reporter(doc: WorkDoc, m: Match, acts: list[ActorMention]) -> list[ActorMention]:
    # "..., a Jordanian official confirmed": with no subject before the verb, the reporting party.
    for a in reversed(acts):
        if a.start > m.end and _SPEECH_AFTER.match(doc.text, a.end):
            return [a]
    return []


def _actor(a: ActorMention, role: str, text: str) -> Actor:
    sector = a.sector
    if sector is None:
        sector = "GOV" if a.kind in ("state", "demonym") or _GOV_NOUN.match(text, a.end) else None
    return Actor(name=a.name, country_code=a.country_code, sector=sector, role=role,  # type: ignore[arg-type]
                 code=a.code or alpha3(a.country_code), text=a.text)


# --- when and where ---------------------------------------------------------------------------------

def _date(doc: WorkDoc, m: Match) -> tuple[DateSpan, tuple[int, int] | None]:
    s = doc.sentences[m.sentence]
    same = [d for d in _in(doc, "dates", m.sentence) if d.start_date]
    pub = doc.article.published_date
    # A promise or a meeting agreed ("will hold talks in Cairo next week") is dated on its planned day and flagged
    # `planned` (checks.py); a threat is made now, whatever day it names.
    planned = m.status == "promise" or (m.rule.future_ok and m.rule.event != "THREATEN")
    for d in list(same):
        # "Ex-leader of separatists in Luhansk in 2014 ... Bolotov called the truce ...": an earlier year
        # that describes a person or another clause leaves the act at the report's date.
        why = background_date(doc.text, s.start, m.start, m.end, d, pub, planned)
        if why is not None:
            same.remove(d)
            doc.decisions.append({"stage": "political", "event": m.rule.event, "text": d.text, "start": d.start,
                                  "end": d.end, "status": "background_date", "reason": why})
    if same:
        d = min(same, key=lambda d: abs(d.start - m.start))
        prec = d.precision if d.precision in ("day", "week", "month", "year") else "unknown"
        return DateSpan(start=d.start_date, end=d.end_date or d.start_date, precision=prec,  # type: ignore[arg-type]
                        text=d.text), (d.start, d.end)
    if pub is None:
        return DateSpan(precision="unknown"), None
    if not doc.dates:
        wd = find_weekday(doc.text, s.start, s.end)
        if wd is not None:  # the dates layer did not run: resolve "on Wednesday" here
            day = resolve_weekday(wd.group(1), pub)
            return DateSpan(start=day, end=day, precision="day", text=wd.group(0)), (wd.start(), wd.end())
    rec = find_recent(doc.text, s.start, s.end)
    if rec is not None:
        # "recent efforts ... led to prisoner swaps": some day in the week up to publication.
        return DateSpan(start=pub - timedelta(days=6), end=pub, precision="week", text=rec.group(0)), \
            (rec.start(), rec.end())
    return DateSpan(start=pub, end=pub, precision="day", text=None), None


def _places(doc: WorkDoc, c: Coded, obj_end: int) -> tuple[PlaceMention | None, PlaceMention | None]:
    """(event location, proposed venue): where the act happened, and a place it proposes."""
    text = doc.text
    m = c.match
    s = doc.sentences[m.sentence]
    known = [p for p in _in(doc, "places", m.sentence) if p.geonameid or p.name]
    # "demonstrated in four Armenian provinces": the counted demonym names the country, unless a place is named.
    here = [p for p in known if p.role not in ("demonym", "metonym")] or [
        p for p in known if counted_land(text, p) is not None]
    spoke = next((p for p in here if p.end <= m.start and _SPOKE_AT.search(text, max(s.start, p.start - 30),
                                                                             p.start)), None)
    later = [p for p in here if m.end <= p.start < obj_end and _IN_AT.search(text, max(s.start, p.start - 45),
                                                                             counted_land(text, p) or p.start)]
    if c.event in VENUE_EVENTS or m.status == "promise":
        meeting = _MEETING.search(text, m.start, obj_end)
        venue = next((p for p in later if meeting and p.start > meeting.start()), None)
        return spoke, venue
    if c.mode == "phone":
        return spoke, None
    if later:
        return later[0], None
    lead = next((p for p in here if p.end <= m.start and re.match(r"\s*In\b", text[s.start : p.start])), None)
    return spoke or lead, None


def as_location(p: PlaceMention) -> Location:
    """A place mention as an event Location (precision 1 town, 2 district, 3 region or country)."""
    fc = p.feature_code or ""
    precision = 1 if p.feature_class == "P" and not fc.startswith("PPLX") else 2 if fc in ("ADM2", "PPLX") else 3
    return Location(name=p.name or p.text, geonameid=p.geonameid, lat=p.lat, lon=p.lon, country_code=p.country_code,
                    admin1=p.admin1, feature_code=p.feature_code, precision=precision, text=p.text)


# --- events -----------------------------------------------------------------------------------------

def _roles(c: Coded) -> list[tuple[ActorMention, str]]:
    if c.event == "CONSULT" and c.mode == "host":
        # Codebook: the visitor is ACTOR, the host RECIPIENT ("X hosted Y").
        return [(a, "actor") for a in c.targets] + [(a, "recipient") for a in c.sources]
    if c.event == "CONSULT" and c.mode in RECIPROCAL_MODES:
        return [(a, "actor") for a in c.sources + c.targets]
    return [(a, "actor") for a in c.sources] + [(a, "recipient") for a in c.targets]


def _continues(prev: Coded, c: Coded) -> bool:
    # "While Trump called their telephone conversation ...": the same call told again a sentence later.
    if prev.event != c.event or not 0 < c.match.sentence - prev.match.sentence <= 2 or c.date.text is not None:
        return False
    names = {a.name for a in prev.sources + prev.targets}
    return {a.name for a in c.sources + c.targets} <= names and (c.mode is None or prev.mode in (None, c.mode))


def build_events(doc: WorkDoc, coded: list[Coded]) -> list[Event]:
    """Merge retellings of one act, then make one Event per (category, mode, actors, day)."""
    merged: list[list[Coded]] = []
    # Only a group opened one or two sentences back can take c (see _continues): look those up by sentence
    # instead of scanning every group, which made a long document quadratic.
    opened: dict[int, list[int]] = {}
    for c in coded:
        s = c.match.sentence
        near = sorted(opened.get(s - 1, []) + opened.get(s - 2, []), reverse=True)
        host = next((merged[k] for k in near if _continues(merged[k][0], c)), None)
        if host is not None:
            host.append(c)
            host[0].mode = host[0].mode or c.mode
        else:
            opened.setdefault(s, []).append(len(merged))
            merged.append([c])
    events: dict[str, Event] = {}
    # Each event's evidence by span, kept as it grows (a long report retells one act hundreds of times).
    haves: dict[str, dict[tuple[int, int], Evidence]] = {}
    spans = doc.meta.setdefault("trigger_spans", {})
    for group in merged:
        ev = _event(doc, group)
        # checks.consistency.v1 dedupes on the phrases, which sentence-level evidence no longer shows.
        spans.setdefault(ev.id, []).extend((g.match.start, g.match.end) for g in group)
        if ev.id in events:
            old = events[ev.id]
            have = haves[ev.id]
            for x in ev.evidence:
                same = have.get((x.start, x.end))
                if same is None:
                    old.evidence.append(x)
                    have[(x.start, x.end)] = x
                else:
                    same.supports += [f for f in x.supports if f not in same.supports]
            old.confidence = max(old.confidence, ev.confidence)
        else:
            events[ev.id] = ev
            haves[ev.id] = {(x.start, x.end): x for x in ev.evidence}
    return list(events.values())


class Support:
    """Sentence-level evidence: one item per sentence, listing every field that sentence supports."""

    def __init__(self, doc: WorkDoc):
        self.doc = doc
        self.fields: dict[tuple[int, int], list[str]] = {}

    def add(self, start: int, end: int, fields: list[str]) -> None:
        """Record that the phrase at start:end supports `fields`, on the sentence holding it."""
        i = self.doc.sentence_of(start)
        key = (self.doc.sentences[i].start, self.doc.sentences[i].end) if i >= 0 else (start, end)
        have = self.fields.setdefault(key, [])
        have += [f for f in fields if f not in have]

    def items(self) -> list[Evidence]:
        """Evidence items, the act's own sentences first (in the order they were added)."""
        doc = self.doc
        return [Evidence(article_id=doc.article.id, start=a, end=b, text=doc.text[a:b], supports=f)
                for (a, b), f in self.fields.items()]


def _event(doc: WorkDoc, group: list[Coded]) -> Event:
    c = group[0]
    art = doc.article
    acled = c.match.rule.acled if c.event == c.match.rule.event else None
    sup = Support(doc)
    for g in group:
        sup.add(g.match.start, g.match.end, ["plover"] + (["plover.mode"] if g.mode else [])
                + (["event_type", "sub_event_type"] if acled else []))
    actors: list[Actor] = []
    for a, role in _roles(c):
        if not any(x.name == a.name for x in actors):
            actors.append(_actor(a, role, doc.text))
            sup.add(a.start, a.end, ["actors"])
    if c.date_span:
        sup.add(*c.date_span, ["date"])
    location = None
    if c.place is not None:
        location = as_location(c.place)
        sup.add(c.place.start, c.place.end, ["location"])
    if c.venue is not None:
        sup.add(c.venue.start, c.venue.end, ["proposed_venue"])
        doc.decisions.append({"stage": "political", "event": c.event, "text": c.venue.text,
                              "start": c.venue.start, "end": c.venue.end, "status": "proposed_venue",
                              "reason": f"{c.venue.name or c.venue.text} is where the meeting in this "
                                        f"{c.event} would be held, not where the act happened; location left "
                                        + ("as the speaker's" if location else "empty")})
    for c0, c1 in c.context_spans:
        sup.add(c0, c1, ["plover.context"])
    codes = sorted(f"{a.role}:{a.code or a.name}" for a in actors)
    if acled and acled[0] in ("Protests", "Riots") and location and location.country_code \
            and not any(a.role == "actor" for a in actors):
        # "Dock workers went on strike in Odesa": the demonstrators, unnamed, as the assembler names them (the id
        # stays that of the named parties).
        actors.insert(0, stand_in(acled[0], location.country_code))
    eid = content_id(art.id, c.event, c.mode or "", "|".join(codes),
                     c.date.start.isoformat() if c.date.start else "", prefix="ev_")
    claims = _claims_in(doc, {g.match.sentence for g in group})
    for cl in claims:
        sup.add(cl.start, cl.end, ["claims"])
    conf = min(0.95, c.confidence + 0.05 * (len(group) - 1))
    return Event(id=eid, event_type=acled[0] if acled else None, sub_event_type=acled[1] if acled else None,
                 plover=Plover(event=c.event, mode=c.mode, context=c.contexts), date=c.date, location=location,
                 actors=actors, claims=claims, evidence=sup.items(), article_ids=[art.id],
                 sources=[source_name(art)], confidence=round(conf, 3))
