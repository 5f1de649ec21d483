"""Consistency checks: flag events that contradict the story, the calendar or themselves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from eventwire.components.assemble_protest import DEMO_SUBS
from eventwire.components.dates import story_day
from eventwire.model import VIOLENT_TYPES, Event, Flag
from eventwire.pipeline.workdoc import WorkDoc

# Only an attack can have an actor "attacking itself"; two parties of one state may well consult or accuse.
ATTACK_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
PENALTY = {"location_contradicts_story": 0.3, "date_after_publication": 0.2, "actor_attacks_itself": 0.2,
           "casualties_unsplit": 0.0, "no_publication_date": 0.1, "planned": 0.0}


def story_countries(doc: WorkDoc, exclude: set[int]) -> Counter[str]:
    """How often each country is named outside the sentences in `exclude` (the story's setting)."""
    per = doc.meta.get("_countries_by_sentence")
    if per is None or doc.meta.get("_countries_places") is not doc.places:
        per = {}
        for p in doc.places:
            if p.country_code:
                per.setdefault(doc.sentence_of(p.start), Counter())[p.country_code] += 1
        doc.meta["_countries_by_sentence"], doc.meta["_countries_places"] = per, doc.places
        doc.meta["_countries_total"] = sum(per.values(), Counter())
    counts: Counter[str] = doc.meta["_countries_total"].copy()
    for si in exclude:
        if si in per:
            counts.subtract(per[si])
    return +counts  # drop the countries named only in the excluded sentences


def _event_sentences(doc: WorkDoc, e: Event) -> set[int]:
    return {doc.sentence_of(x.start) for x in e.evidence if "event_type" in x.supports}


def check_event(doc: WorkDoc, e: Event, min_share: float = 0.1) -> list[Flag]:
    """Flags for one event."""
    flags: list[Flag] = []
    loc = e.location
    if loc is not None and loc.country_code and e.event_type:  # talks abroad are normal; attacks abroad are not
        counts = story_countries(doc, _event_sentences(doc, e))
        total = sum(counts.values())
        # A place in a country the rest of the story hardly names (Qatana, Syria, in a Kyiv story).
        if total >= 3 and counts[loc.country_code] < max(1, min_share * total):
            setting = ", ".join(cc for cc, _ in counts.most_common(2))
            span = next((x for x in e.evidence if "location" in x.supports), None)
            flags.append(Flag(code="location_contradicts_story",
                              message=f"{loc.name} ({loc.country_code}) is outside the story's setting ({setting})",
                              start=span.start if span else None, end=span.end if span else None))
    pub = doc.article.published_date
    if pub is not None and e.date.start is not None and e.date.start > max(pub, story_day(doc) or pub):
        span = next((x for x in e.evidence if "date" in x.supports), None)
        # Talks, visits, parades and protests are announced ahead; violence after the publication date is an error.
        if e.event_type in VIOLENT_TYPES:
            flags.append(Flag(code="date_after_publication",
                              message=f"event date {e.date.start} is after publication {pub}",
                              start=span.start if span else None, end=span.end if span else None))
        else:
            # "will hold talks in Cairo next week": a scheduled political event, coded with its planned status.
            flags.append(Flag(code="planned",
                              message=f"planned for {e.date.start}, after publication {pub}: not yet happened",
                              start=span.start if span else None, end=span.end if span else None))
    if pub is None:
        flags.append(Flag(code="no_publication_date",
                          message="no publication date: relative dates unresolved, precision dropped"))
    actors = [a for a in e.actors if a.role == "actor"]
    recips = [a for a in e.actors if a.role == "recipient"]
    if e.event_type in ATTACK_TYPES and any(
            a.name == r.name or (a.country_code and a.country_code == r.country_code and a.sector == r.sector)
            for a in actors for r in recips):
        flags.append(Flag(code="actor_attacks_itself", message="the actor and the recipient are the same party"))
    sents = {doc.sentence_of(x.start) for x in e.evidence}
    # Only a figure in the event's own evidence: a group may hold a casualty phrase of a nearby sentence that tells
    # of another town ("heavy casualties" at Mariupol flagged on a Kherson clash).
    unsplit = [c for c in doc.meta.get("unsplit_casualties", {}).get(e.id) or [] if c.sentence in sents] or [
        c for c in doc.casualties if c.kind == "unsplit" and c.sentence in sents]
    if unsplit and e.fatalities.best is None and e.injured.best is None:
        c = unsplit[0]
        flags.append(Flag(code="casualties_unsplit",
                          message=f"'{c.text}' does not say how many were killed and how many injured",
                          start=c.start, end=c.end))
    return flags


def _trigger_spans(doc: WorkDoc, e: Event) -> set[tuple[int, int]]:
    # Assembled events keep their evidence per sentence and their trigger phrases in doc.meta.
    spans = doc.meta.get("trigger_spans", {}).get(e.id)
    if spans:
        return set(spans)
    return {(x.start, x.end) for x in e.evidence if "event_type" in x.supports or "plover" in x.supports}


def _apart(e: Event, k: Event) -> bool:
    """Both events sit at different places: one phrase listing towns ("attacks on A, B, and C")."""
    a, b = e.location, k.location
    if not (a and b):
        return False
    if a.geonameid and b.geonameid:
        return a.geonameid != b.geonameid
    # A village the gazetteer lacks keeps its name but no id ("advance on Dovhenke, Dolyna, and Mazanivka").
    return bool(a.name and b.name and (a.geonameid or b.geonameid or a.name != b.name))


# One demonstration is coded once with its most severe sub-type (assemble_protest): the political coder's
# "Peaceful protest" or "Arrests" from a phrase of that demonstration is the same act. One-directional (a kept
# Arrests does not take a later demonstration): the assembler's events come before the political coder's.
def _same_act(e: Event, k: Event) -> bool:
    return k.sub_event_type == e.sub_event_type or (k.sub_event_type in DEMO_SUBS
                                                    and e.sub_event_type in DEMO_SUBS | {"Arrests"})


def dedupe(doc: WorkDoc) -> list[Event]:
    """Drop a later event coded from the same phrase as the same act (same sub-type, or a protest or arrest within
    a demonstration), moving its PLOVER coding onto the first."""
    kept: list[Event] = []
    for e in doc.events:
        spans = _trigger_spans(doc, e)
        twin = next((k for k in kept if e.sub_event_type and _same_act(e, k)
                     and not _apart(e, k) and any(a < d and c < b for a, b in spans for c, d in _trigger_spans(doc, k))), None)
        if twin is None:
            kept.append(e)
            continue
        if e.plover is not None and (twin.plover is None or twin.plover.event == e.plover.event):
            twin.plover = e.plover  # the political coder's mode and contexts are the finer PLOVER coding
        doc.decisions.append({"stage": "checks", "status": "duplicate", "text": e.sub_event_type,
                              "reason": f"{e.id} repeats {twin.id}: same phrase, same act"})
    return kept


def make(min_share: float = 0.1) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `checks.consistency.v1`; `min_share` is the share of place mentions that makes a country part of the story."""

    def checks(doc: WorkDoc) -> WorkDoc:
        doc.events = dedupe(doc)
        for e in doc.events:
            new = check_event(doc, e, min_share)
            for f in new:
                if all(f.code != g.code for g in e.flags):
                    e.flags.append(f)
                    e.confidence = round(max(0.05, e.confidence - PENALTY.get(f.code, 0.1)), 3)
            doc.flags.extend(new)
        return doc

    return checks
