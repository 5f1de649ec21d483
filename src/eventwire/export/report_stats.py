"""Figures for the situation report: headline totals, breakdowns, days, top events, flags."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from eventwire.components.numbers import find_numbers
from eventwire.export.common import unnamed_sources
from eventwire.model import Count, Event, Evidence, Flag

TOP_EVENTS = 10
_OPEN_ENDED = ("at least", "more than", "over ", "dozens", "hundreds", "scores")


Box = tuple[float, float, float, float]  # (min_lon, min_lat, max_lon, max_lat), as EventQuery.bbox

@dataclass
class Range:
    """A summed figure: sum of lows and sum of highs (best where no high), over the events giving one."""

    low: int = 0
    high: int = 0
    events: int = 0  # events that give this figure at all

    def add(self, c: Count) -> None:
        """Add one event's figure (nothing when the text gave none)."""
        lo, hi = count_bounds(c)
        if lo is None:
            return
        self.low += lo
        self.high += hi if hi is not None else lo
        self.events += 1

    def text(self) -> str:
        """'4', '4–9' or '–' when no event gives the figure."""
        if not self.events:
            return "–"
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


@dataclass
class Group:
    """Events and figures of one breakdown row (an event type, a country, a day)."""

    events: int = 0
    fatalities: Range = field(default_factory=Range)
    injured: Range = field(default_factory=Range)

    def add(self, e: Event) -> None:
        """Count one event into the row."""
        self.events += 1
        self.fatalities.add(e.fatalities)
        self.injured.add(e.injured)


@dataclass
class FlagRow:
    """An open contradiction: the flag, the event it is on, and the text that raised it."""

    event: Event
    flag: Flag
    evidence: str | None


@dataclass
class MergeInfo:
    """What the store's merge adds: independent sources per canonical event, folded reports, flag evidence."""

    independent: dict[str, int] = field(default_factory=dict)  # canonical event id -> independent sources
    folded: int = 0  # member reports represented by a canonical event
    flag_text: dict[tuple[str, str], str] = field(default_factory=dict)  # (event id, flag code) -> evidence
    mentions: dict[str, int] = field(default_factory=dict)  # canonical event id -> articles that only mention it


@dataclass
class ReportData:
    """Everything the report renders, computed once from the events."""

    since: date
    until: date
    country: str | None
    events: list[Event]
    canonical: int
    reports_merged: int
    total: Group
    sources: list[str]
    articles: int
    by_type: dict[str, Group]
    by_place: dict[str, Group]
    by_day: dict[date, Group]
    top: list[Event]
    flags: list[FlagRow]
    merge: MergeInfo = field(default_factory=MergeInfo)
    # Events dated only to a longer span that overlaps the period ("in late June" in a week's report): listed
    # apart and not counted, since most of their span, and perhaps the event, lies outside the period.
    spanning: list[Event] = field(default_factory=list)
    # Articles with no outlet named: assembly keeps their article id in `sources`; counted here, not listed as outlets.
    unnamed: list[str] = field(default_factory=list)
    # (min_lon, min_lat, max_lon, max_lat) the report was restricted to, as the store's `bbox` reads it.
    bbox: Box | None = None
    # The confidence filter the events were chosen with, if any: the report must say that less certain ones are left out.
    min_confidence: float | None = None
    # Phrases of flags left out of the list: "heavy casualties" gives no figure, so there is nothing unclear to split.
    figureless: list[str] = field(default_factory=list)
    # Top event id -> the places of like events told in its own sentence ("attacks near A, B and C"): one row, not three.
    also: dict[str, list[str]] = field(default_factory=dict)


def count_bounds(c: Count) -> tuple[int | None, int | None]:
    """(low, high) of a figure: low falls back to best, high to best then low; (None, None) if absent."""
    lo = c.low if c.low is not None else c.best
    hi = c.high if c.high is not None else (c.best if c.best is not None else lo)
    if lo is None:
        lo = hi
    if lo is not None and hi is not None and hi < lo:
        hi = lo
    return lo, hi


def range_text(c: Count) -> str:
    """One event's figure for a person: '4', '4–6', or '–' when unknown."""
    lo, hi = count_bounds(c)
    if lo is None:
        return "–"
    if c.high is None and lo == hi and any(w in (c.text or "").lower() for w in _OPEN_ENDED):
        return f"≥{lo}"
    return str(lo) if lo == hi else f"{lo}–{hi}"


def type_label(e: Event) -> str:
    """ACLED event type, or the PLOVER category for non-violent political events."""
    if e.event_type:
        return e.event_type
    if e.plover:
        return f"Political: {e.plover.event.title()}"
    return "Uncoded"


# One colour per ACLED event type, shared by the map and the chart (colour-blind-safe Okabe-Ito).
TYPE_COLORS = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#CC0000",
    "Violence against civilians": "#7B2D8E",
    "Protests": "#0072B2",
    "Riots": "#E69F00",
    "Strategic developments": "#009E73",
}
# Non-violent political categories (PLOVER), each its own colour so two never draw alike.
_POLITICAL_COLORS = {
    "Agree": "#56B4E9", "Consult": "#1F78B4", "Support": "#33A02C", "Concede": "#B2DF8A",
    "Cooperate": "#A6CEE3", "Aid": "#66C2A5", "Retreat": "#CC79A7", "Request": "#6A3D9A",
    "Accuse": "#F0E442", "Reject": "#B15928", "Threaten": "#FB9A99", "Protest": "#FDBF6F",
    "Sanction": "#8DA0CB", "Mobilize": "#A6761D", "Coerce": "#E7298A", "Assault": "#666666",
}
_OTHER_COLORS = ("#8C8C8C", "#444444")


def type_color(label: str) -> str:
    """Colour of an event-type label: ACLED types, then one distinct colour per political category."""
    if label in TYPE_COLORS:
        return TYPE_COLORS[label]
    if label.startswith("Political: "):
        c = _POLITICAL_COLORS.get(label.removeprefix("Political: "))
        if c:
            return c
    return _OTHER_COLORS[sum(map(ord, label)) % len(_OTHER_COLORS)]


_ADMIN_CODE = re.compile(r"^[A-Z]{2}\.[0-9A-Z]+$")


@lru_cache(maxsize=4096)
def region_name(admin1: str) -> str:
    """A readable admin-1 name: GeoNames codes such as 'UA.05' become 'Donetsk' (from the gazetteer)."""
    if not _ADMIN_CODE.match(admin1):
        return admin1
    from eventwire.errors import GazetteerError
    from eventwire.gazetteer import load_gazetteer

    try:
        gz = load_gazetteer()
    except (GazetteerError, OSError):  # a report without the index keeps the codes rather than failing
        return admin1
    i = gz.admin_idx.get(admin1)
    return gz.display_name(i) if i is not None else admin1  # "Kyiv Oblast", as the records name it


def place_label(e: Event) -> str:
    """'UA / Kyiv City' style key of an event's country and admin-1 region."""
    loc = e.location
    if loc is None:
        return "Unlocated"
    cc = loc.country_code or "??"
    # A country-level event has no region: say so, or a bare "UA" row reads like a missing value.
    return f"{cc} / {region_name(loc.admin1)}" if loc.admin1 else f"{cc} (no region given)"


def in_box(e: Event, box: Box) -> bool:
    """Whether the event's point is in the box, as the store's `bbox` filter reads it (no point: outside)."""
    loc = e.location
    if loc is None or loc.lat is None or loc.lon is None:
        return False
    min_lon, min_lat, max_lon, max_lat = box
    across = min_lon > max_lon  # across the antimeridian: two ranges of longitude
    lon_ok = (loc.lon >= min_lon or loc.lon <= max_lon) if across else min_lon <= loc.lon <= max_lon
    return min_lat <= loc.lat <= max_lat and lon_ok


def _ev_keys(e: Event) -> set[tuple[str, int, int]]:
    return {(v.article_id, v.start, v.end) for v in e.evidence}


def dedupe_merged(events: list[Event]) -> tuple[list[Event], int]:
    """Drop member reports already inside a canonical (cev_) event; returns (kept, dropped)."""
    # A canonical event carries all its members' evidence, so a report whose evidence is a
    # subset of a canonical event's is one of its members: counting both would double the toll.
    canon = [_ev_keys(e) for e in events if e.id.startswith("cev_")]
    if not canon:
        return events, 0
    kept = []
    for e in events:
        keys = _ev_keys(e)
        if not e.id.startswith("cev_") and keys and any(keys <= c for c in canon):
            continue
        kept.append(e)
    return kept, len(events) - len(kept)


def severity(e: Event) -> tuple[int, int, int, float]:
    """Sort key for the top events: deaths, then injured, then sources, then confidence."""
    f_lo, f_hi = count_bounds(e.fatalities)
    i_lo, _ = count_bounds(e.injured)
    return (f_hi or 0, i_lo or 0, len(set(e.sources)) or len(e.article_ids), e.confidence)


def kills(e: Event) -> bool:
    """Whether the event reports anyone killed: the one test for the killed panel, marker sizes and both captions."""
    return (count_bounds(e.fatalities)[1] or 0) > 0


# A size without a digit that find_numbers does not read as one: "many casualties", "casualties in the tens".
_VAGUE_SIZE = re.compile(r"\b(?:many|numerous|countless|tens)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[.,;:()\n]")
REACH = 30  # characters read either side of the flagged noun, within its clause


_FLAG_WORD = re.compile(r"'([^']+)'")  # checks.py quotes the phrase it flags first in the message


def _fits(f: Flag, text: str, s: int, t: int) -> bool:
    """Whether the flag's own quoted word ('casualties') lies at text[s:t]; a flag quoting none fits any text."""
    word = _FLAG_WORD.match(f.message)
    return word is None or text[s:t] == word.group(1)


def _own_evidence(e: Event, f: Flag) -> Evidence | None:
    """The evidence sentence of the flag's own article that holds its span, else None."""
    # A Flag carries no article id, and a merged event holds every member's evidence, whose offsets count in other
    # articles: a sentence is the flag's only where it holds the whole span and the flag's quoted word lies there, or,
    # for a flag quoting none (a place or date: checks.py gives the evidence's own span), where the spans are equal.
    if f.start is None or f.end is None:
        return None
    quoted = _FLAG_WORD.match(f.message) is not None
    for v in e.evidence:
        if not quoted and (v.start, v.end) == (f.start, f.end):
            return v
        if quoted and v.start <= f.start and f.end <= v.end and len(v.text) == v.end - v.start \
                and _fits(f, v.text, f.start - v.start, f.end - v.start):
            return v
    return None


def flag_context(e: Event, f: Flag, texts: Mapping[str, str] | None) -> tuple[str, int, int] | None:
    """The text holding a flag's span, with the span's offsets in it; None where the span cannot be placed."""
    if f.start is None or f.end is None:
        return None
    v = _own_evidence(e, f)
    if v is not None:
        return v.text, f.start - v.start, f.end - v.start
    text = sole_text(e, texts)
    return (text, f.start, f.end) if text and f.end <= len(text) and _fits(f, text, f.start, f.end) else None


def sole_text(e: Event, texts: Mapping[str, str] | None) -> str | None:
    """The event's article text when it has exactly one article: flag offsets point into it, unambiguous only then."""
    arts = {v.article_id for v in e.evidence} | set(e.article_ids)
    return texts.get(next(iter(arts))) if texts and len(arts) == 1 else None


def figureless(e: Event, f: Flag, texts: Mapping[str, str] | None = None) -> str | None:
    """The phrase of an unsplit-casualties flag whose clause gives no size at all ("heavy casualties"), else None.

    The flag keeps only the noun for "dozens of casualties", so the size is read from the text around the span;
    where that text is missing the flag stays listed.
    """
    ctx = flag_context(e, f, texts) if f.code == "casualties_unsplit" else None
    if ctx is None:
        return None
    text, s, t = ctx
    lo = max(0, s - REACH)
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(text, lo, s)), default=lo)
    stop = _CLAUSE_MARK.search(text, t, min(len(text), t + REACH))
    window = text[lo:stop.start() if stop else min(len(text), t + REACH)]
    if find_numbers(window, percentages=True) or _VAGUE_SIZE.search(window):
        return None
    return " ".join([*text[lo:s].split()[-1:], text[s:t]])


def lead_sentence(e: Event) -> str:
    """The evidence sentence that tells the event itself (its type), else its first one; "" with none."""
    told = [v.text for v in e.evidence if "event_type" in v.supports or "plover" in v.supports]
    return " ".join((told or [v.text for v in e.evidence] or [""])[0].split())


def _articles(e: Event) -> set[str]:
    return set(e.article_ids) or {v.article_id for v in e.evidence}


def same_telling(a: Event, b: Event) -> bool:
    """Two events at different places of one country told by one sentence of one article, alike in kind, sides,
    days and figures: one list of towns.

    One boilerplate sentence in two outlets' articles, or "Russian guns shelled A and Ukrainian guns shelled B",
    are not one list.
    """
    la, lb = a.location, b.location
    return (la is not None and lb is not None and la.name != lb.name and la.country_code == lb.country_code
            and bool(_articles(a) & _articles(b))
            and {(x.role, x.name) for x in a.actors} == {(x.role, x.name) for x in b.actors}
            and type_label(a) == type_label(b)
            and a.sub_event_type == b.sub_event_type and a.date.start == b.date.start and a.date.end == b.date.end
            and count_bounds(a.fatalities) == count_bounds(b.fatalities)
            and count_bounds(a.injured) == count_bounds(b.injured) and lead_sentence(a) != ""
            and lead_sentence(a) == lead_sentence(b))


def pick_top(order: list[Event], n: int) -> tuple[list[Event], dict[str, list[str]]]:
    """The first n events of the ranking; a like event told in a chosen one's sentence joins its row by place name.

    "Attacks near A, B and C" coded three events that filled three of ten rows with one quote and crowded out the
    week's other events; each still counts in every figure.
    """
    top: list[Event] = []
    also: dict[str, list[str]] = {}
    # The whole ranking is read, not only until the rows are full: a twin ranked below the cut still joins its row.
    for e in order:
        twin = next((t for t in top if same_telling(t, e)), None)
        if twin is not None:
            names = also.setdefault(twin.id, [])
            if e.location is not None and e.location.name not in names:
                names.append(e.location.name)
        elif len(top) < n:
            top.append(e)
    return top, also


def flag_evidence(e: Event, f: Flag, texts: Mapping[str, str] | None) -> str | None:
    """The text behind a flag: its own article's evidence holding its span, else the article's sentence, else None."""
    if f.start is None or f.end is None:
        return None
    v = _own_evidence(e, f)
    if v is not None:
        return v.text
    text = sole_text(e, texts)
    return sentence_around(text, f.start, f.end) if text and f.end <= len(text) else None


def sentence_around(text: str, start: int, end: int, reach: int = 300) -> str:
    """The sentence holding text[start:end] (at most `reach` characters either side): a flag on the word
    "casualties" reads as that word alone otherwise."""
    floor = max(0, start - reach)
    dot, newline = text.rfind(". ", floor, start), text.rfind("\n", floor, start)
    lo = max(floor, dot + 2 if dot != -1 else 0, newline + 1 if newline != -1 else 0)
    stops = [i for i in (text.find(". ", end, end + reach), text.find("\n", end, end + reach)) if i != -1]
    hi = min(stops) + 1 if stops else min(len(text), end + reach)
    return text[lo:hi].strip()


def compute(
    events: list[Event],
    since: date,
    until: date,
    country: str | None = None,
    texts: Mapping[str, str] | None = None,
    top_n: int = TOP_EVENTS,
    merge: MergeInfo | None = None,
    min_confidence: float | None = None,
    bbox: Box | None = None,
) -> ReportData:
    """Filter events to the period (and country, box and confidence) and compute every figure of the report."""
    merge = merge or MergeInfo()
    cc = country.upper() if country else None
    sel = []
    for e in events:
        start = e.date.start
        end = e.date.end or start
        # Undated events cannot be placed in the period (the store's query drops them too).
        if start is None or end is None or end < since or start > until:
            continue
        if cc and (e.location is None or (e.location.country_code or "").upper() != cc):
            continue
        if min_confidence is not None and e.confidence < min_confidence:
            continue
        if bbox is not None and not in_box(e, bbox):
            continue
        sel.append(e)
    sel, merged = dedupe_merged(sel)
    merged += merge.folded
    spanning = [e for e in sel if e.date.start < since or (e.date.end or e.date.start) > until]  # type: ignore[operator]
    sel = [e for e in sel if e not in spanning]
    sel.sort(key=lambda e: (e.date.start or date.min, e.id))
    total = Group()
    by_type: dict[str, Group] = defaultdict(Group)
    by_place: dict[str, Group] = defaultdict(Group)
    by_day: dict[date, Group] = {since + timedelta(days=i): Group() for i in range((until - since).days + 1)}
    for e in sel:
        total.add(e)
        by_type[type_label(e)].add(e)
        by_place[place_label(e)].add(e)
        d = e.date.start
        if d is not None and d in by_day and (e.date.end or d) == d:  # a span of days belongs to no one day
            by_day[d].add(e)
    flags: list[FlagRow] = []
    quiet: list[str] = []
    for e in sel:
        for f in e.flags:
            phrase = figureless(e, f, texts)
            if phrase is not None:
                quiet.append(phrase)
            else:
                flags.append(FlagRow(e, f, flag_evidence(e, f, texts) or merge.flag_text.get((e.id, f.code))))
    top, also = pick_top(sorted(sel, key=severity, reverse=True), top_n)
    return ReportData(
        since=since, until=until, country=cc, events=sel, bbox=bbox,
        canonical=sum(e.id.startswith("cev_") for e in sel), reports_merged=merged,
        total=total, sources=sorted({s for e in sel for s in set(e.sources) - unnamed_sources(e)}),
        unnamed=sorted({s for e in sel for s in unnamed_sources(e)}),
        articles=len({a for e in sel for a in (e.article_ids or [v.article_id for v in e.evidence])}),
        by_type=dict(sorted(by_type.items(), key=lambda kv: -kv[1].events)),
        by_place=dict(sorted(by_place.items(), key=lambda kv: (-kv[1].events, kv[0]))),
        by_day=by_day, top=top, also=also, flags=flags, figureless=quiet, merge=merge,
        spanning=sorted(spanning, key=lambda e: (e.date.start or date.min, e.id)), min_confidence=min_confidence,
    )
