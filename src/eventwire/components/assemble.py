"""Assemble events: one per (event type, sub-type, location, day), every field with an evidence span."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from eventwire.components.assemble_axis import fold_axis
from eventwire.components.assemble_claim import credit_claims
from eventwire.components.assemble_date import event_date
from eventwire.components.assemble_fold import (
    drop_commentary,
    drop_country_summaries,
    drop_old_in_front,
    drop_outliers,
    drop_tallies,
    fold_air_launched,
    fold_dateline,
    fold_districts,
    fold_taken,
    merge_vague,
)

# Group (here), as_location and event_id (below) are re-exported: callers that predate the group and record
# modules import them from assemble.
from eventwire.components.assemble_group import Group as Group
from eventwire.components.assemble_link import (
    MAX_AGE_DAYS,
    absorb,
    attacker_for,
    dateline_end,
    decide,
    drop_old,
    in_sentence,
    index_sentences,
    recipient_for,
    self_report,
    told_before,
    told_now,
)
from eventwire.components.assemble_list import axis_villages, place_list
from eventwire.components.assemble_namesake import nearer_namesake, region_reading
from eventwire.components.assemble_offset import offset_place
from eventwire.components.assemble_protest import fold_protests, settle_tolls
from eventwire.components.assemble_record import as_location as as_location
from eventwire.components.assemble_record import event_id as event_id
from eventwire.components.assemble_record import event_record
from eventwire.components.assemble_retell import fold_retold, fold_undated, join_retelling, place_told_after
from eventwire.components.assemble_title import fold_title
from eventwire.components.assemble_where import event_location, triggers_in
from eventwire.components.headline import mend as mend_headline
from eventwire.components.interception import interceptor, is_interception, launcher
from eventwire.components.protest_topic import relocate
from eventwire.components.toll_status import event_tolls
from eventwire.components.trigger_parts import GAIN_TRIGGER
from eventwire.components.trigger_rules import CLASH
from eventwire.components.triggers import JOIN_ONLY
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import ActorMention, CasualtyMention, DateMention, Trigger, WorkDoc

AGENT_NOUN = re.compile(r"(?:kidnappers?|abductors?|hostage-takers?|assailants?|attackers?|bombers?)", re.I)
# "kept up offensive operations south of Lyman but made no confirmed gains" is a fight at Lyman all
# the same (gold README: "offensive operations in X" are Battles at X; gold dev codes "limited ground offensives in
# three towns ... but made no significant gains"), so no rule drops it.
# Per-run caches in doc.meta (most hold place objects): cleared on entry and on every exit of assemble.
_RUN_CACHES = ("_offsets", "_paragraph_places", "_triggers_by_sentence", "_all_places_by_sentence", "_not_where",
               "_refused_dateline", "_refused_place", "_title_end")


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
        for key in _RUN_CACHES:
            doc.meta.pop(key, None)
        doc.meta["_not_where"] = {}
        try:
            groups = credit_claims(doc, _group(doc, picker, lookback))
            groups = fold_protests(doc, fold_air_launched(doc, fold_taken(doc, groups)))
            groups = place_told_after(doc, fold_dateline(doc, groups))
            groups = fold_undated(doc, fold_retold(doc, merge_vague(doc, groups)))
            link_casualties(doc, groups)
            settle_tolls(doc, groups)
            groups = drop_old_in_front(doc, drop_old(doc, groups, max_age_days))
            groups = fold_districts(doc, drop_outliers(doc, drop_country_summaries(doc, drop_commentary(doc, groups))))
            groups = mend_headline(doc, fold_title(doc, fold_axis(doc, groups)))
            doc.events = drop_tallies(doc, [event_record(doc, key, g) for key, g in groups.items()])
        finally:
            # Per-run caches of place objects: no part of the document's record, also when a step raised
            # (on_error="skip_component" keeps the document).
            for key in _RUN_CACHES:
                doc.meta.pop(key, None)
        return doc

    return assemble


def _group(doc: WorkDoc, picker: Any, lookback: int) -> dict[tuple[Any, ...], Group]:
    groups: dict[tuple[Any, ...], Group] = {}
    last_attacker: tuple[int, ActorMention, bool] | None = None  # sentence, attacker, told as a speaker's own act
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
        # An interception's actor is whoever launched what was shot down; the defender is its recipient.
        intercepted = is_interception(t)
        a = launcher(doc, t) if intercepted else attacker_for(doc, t)
        inherited = False
        if a is not None:
            if t.event_type != "Strategic developments":
                last_attacker = (t.sentence, a, self_report(doc, a, t))
        elif last_attacker and t.sentence - last_attacker[0] <= lookback and t.event_type != "Strategic developments" \
                and not (last_attacker[2] and t.sentence != last_attacker[0]):
            # A speaker's own act ("X said its fighters captured ...") names X for its sentence only: the next
            # sentence's subjectless act ("Junta air strikes killed ...") may be the other side's.
            a = last_attacker[1]  # "One of the drones hit ...": the attacker named a few sentences before
            inherited = True
            last_attacker = (t.sentence, a, last_attacker[2])
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
            g.recipients.append(interceptor(doc, t, a, place) if intercepted else recipient_for(doc, t, a, place))
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
    # raw read again at its own name ("north of Bakhmut near Berkhivka" placed by its bearing) is that reading.
    again = picked if picked is not None and raw is not None and picked.start == raw.start else None
    places = [p if p is picked or p is None else again if p is raw else _where(doc, t, p) for p in items]
    # "Dolyna, Andriivka, and Mazanivka": each item may be misread; an item left unplaced adds no event.
    return [p for p in places if p is not None]


def _where(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The place the text locates by an offset from a town, else the reading near the paragraph's towns."""
    p = region_reading(doc, t, p)
    q = offset_place(doc, t, p)
    return q if q is not p else nearer_namesake(doc, t, p)



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
        best: tuple[tuple[int, bool, bool], Group] | None = None
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
                                      for t in g.triggers if t.sentence == cs),
                    d == 0 and _gain_farther(g, c, cs, [violent[j] for j in by_sentence.get(cs, []) if j != k]))
            if d <= 3 and (best is None or rank < best[0]):
                best = (rank, g)
        if best is not None:
            best[1].casualties.append(c)


def _gain_farther(g: Group, c: CasualtyMention, cs: int, others: list[Group]) -> bool:
    """True when `g` tells only ground gained in sentence `cs` and another act's trigger there stands nearer toll `c`.

    "advanced to the outskirts of X on Tuesday, and their shelling killed 12": the shelling's toll, not the move's.
    """
    own = [t for t in g.triggers if t.sentence == cs]
    if not own or not all(GAIN_TRIGGER.search(t.text) for t in own):
        return False
    near = min(abs(t.start - c.start) for t in own)
    return any(abs(o.start - c.start) < near and not GAIN_TRIGGER.search(o.text)
               for h in others for o in h.triggers if o.sentence == cs)


# A second report between an act and a toll ("and an army spokesman said"): the toll is that report's. The act's own
# trailing attribution (", police said, killing seven") is no second report.
_REPORTED_APART = re.compile(r"\b(?:said|says|reported|claimed|announced|added)\b(?!\s*[,.])", re.I)
