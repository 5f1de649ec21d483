"""The report as format-neutral blocks (cards, tables, figures), rendered to HTML or Markdown."""

from __future__ import annotations

from dataclasses import dataclass, field

import pycountry

from eventwire.export.common import date_label, percent, source_labels, unnamed_sources
from eventwire.export.report_chart import bin_days, drawn_tolls, undrawn
from eventwire.export.report_map import sized
from eventwire.export.report_stats import Group, ReportData, count_bounds, range_text, region_name, type_label
from eventwire.model import Event
from eventwire.wording import plural

MAX_PLACES = 15
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # English whatever the locale, as the report is
MAX_DAYS = 31  # a day table longer than a month is the timeline's job
FLAGS_TITLE = "Open flags: contradictions and unclear figures"
MAX_QUOTES = 2
QUOTE_CHARS = 400


@dataclass
class Quotes:
    """A table cell of quoted article text (untrusted: renderers escape it)."""

    items: list[str]


@dataclass
class Toll:
    """A table cell with a figure and the phrase it was read from (untrusted text)."""

    value: str
    phrase: str = ""


Cell = str | Quotes | Toll


@dataclass
class Block:
    """One piece of a section: a paragraph, headline cards, a table or a figure."""

    kind: str  # "p" | "cards" | "table" | "figure"
    text: str = ""
    cards: list[tuple[str, str, str]] = field(default_factory=list)  # (label, value, note)
    headers: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    image: bytes = b""
    name: str = ""  # figure file stem: map, timeline
    numeric: tuple[int, ...] = ()  # table columns holding numbers (right-aligned in HTML)


@dataclass
class Section:
    """A titled part of the report."""

    title: str
    blocks: list[Block]


def one_line(text: str | None, limit: int = 0) -> str:
    """Whitespace (U+2002, newlines, ...) collapsed to single spaces, optionally cut with an ellipsis."""
    out = " ".join((text or "").split())
    if limit and len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    return out


def country_name(cc: str | None) -> str:
    """Common country name for an ISO-2 code (the code itself when unknown)."""
    if not cc:
        return "all countries"
    rec = pycountry.countries.get(alpha_2=cc.upper())
    if rec is None:
        return cc.upper()
    return str(getattr(rec, "common_name", None) or rec.name)


def title(data: ReportData) -> str:
    """'Situation report: Ukraine, 01 Jun 2025 – 07 Jun 2025'."""
    # A boxed report says so in its title, or it reads as the whole country's (or the world's).
    # .15g (a float's exact digits), not :g: its six digits titled 29.123456789 as 29.1235, another box.
    box = f" in the box {','.join(f'{x:.15g}' for x in data.bbox)} (W,S,E,N)" if data.bbox else ""
    return f"Situation report: {country_name(data.country)}{box}, {data.since:%d %b %Y} – {data.until:%d %b %Y}"


def event_place(e: Event) -> str:
    """'Kyiv, Kyiv City, UA' from the event's location."""
    loc = e.location
    if loc is None:
        return "unlocated"
    region = region_name(loc.admin1) if loc.admin1 else None
    parts = [loc.name] + [p for p in (region, loc.country_code) if p and p != loc.name]
    return ", ".join(parts)


def event_kind(e: Event) -> str:
    """'Explosions/Remote violence: Air/drone strike' (or the PLOVER category)."""
    label = type_label(e)
    return f"{label}: {e.sub_event_type}" if e.sub_event_type else label


def event_date(e: Event) -> str:
    """As precisely as known: '2021', '2021-09', an ISO day, or 'start – end' for a span (as the title's period)."""
    return date_label(e.date, sep=" – ") or "undated"


def quotes(e: Event) -> Quotes:
    """The event's evidence sentences, those backing the tolls first, without repeats."""
    ranked = sorted(e.evidence, key=lambda v: ("fatalities" not in v.supports, "injured" not in v.supports))
    seen: list[str] = []
    for v in ranked:
        q = one_line(v.text, QUOTE_CHARS)
        if q and q not in seen:
            seen.append(q)
        if len(seen) >= MAX_QUOTES:
            break
    return Quotes(seen)


def figure_cell(e: Event, which: str) -> Toll:
    """A toll with its source phrase: ≥4 with “at least four people were killed”."""
    c = e.fatalities if which == "fatalities" else e.injured
    rng = range_text(c)
    return Toll(rng, one_line(c.text, 80) if rng != "–" else "")


def source_count(data: ReportData) -> str:
    """'2 sources', '2 sources and 3 unnamed ones', '3 unnamed sources' (articles that name no outlet)."""
    named, unnamed = len(data.sources), len(data.unnamed)
    if not unnamed:
        return plural(named, "source")
    if not named:
        return plural(unnamed, "unnamed source")
    return f"{plural(named, 'source')} and {unnamed} unnamed {'one' if unnamed == 1 else 'ones'}"


def sources_line(data: ReportData) -> str:
    """'Sources: ISW, Reuters; 2 articles name no outlet (art_…, art_…).'"""
    named = ", ".join(data.sources[:40]) + (f" and {len(data.sources) - 40} more" if len(data.sources) > 40 else "")
    parts = [named] if named else []
    if data.unnamed:
        k = len(data.unnamed)
        ids = ", ".join(data.unnamed[:5]) + (", …" if k > 5 else "")
        parts.append(f"{plural(k, 'article')} {'names' if k == 1 else 'name'} no outlet ({ids})")
    return "Sources: " + "; ".join(parts) + "."


def sources_card(data: ReportData) -> tuple[str, str, str]:
    """The sources card; with no outlet named at all, '0 sources' read as no evidence, so say why instead."""
    if data.sources or not data.unnamed:
        return ("Sources", str(len(data.sources)), f"distinct outlets; {plural(data.articles, 'article')}"
                + (f", {len(data.unnamed)} naming no outlet" if data.unnamed else ""))
    return ("Sources", "–", f"no outlet named: {plural(data.articles, 'article')} without one "
            "(give --source when ingesting)")


def _group_rows(groups: dict[str, Group], limit: int) -> list[list[Cell]]:
    return [[k, str(g.events), g.fatalities.text(), g.injured.text()] for k, g in list(groups.items())[:limit]]


def day_table(data: ReportData) -> Block:
    """Events, killed and injured per day of the period; events dated to a span of days belong to no day."""
    rows: list[list[Cell]] = [[f"{d.isoformat()} {WEEKDAYS[d.weekday()]}", str(g.events), g.fatalities.text(),
                               g.injured.text()] for d, g in data.by_day.items()]
    n = data.total.events - sum(g.events for g in data.by_day.values())
    note = f" ({plural(n, 'event')} dated only to a span of days: in the totals, in no day)" if n else ""
    return Block("table", text="By day" + note, headers=["Day", "Events", "Killed", "Injured"], rows=rows,
                 numeric=(1, 2, 3))


def headline(data: ReportData) -> Section:
    """Headline cards: events, fatalities and injured ranges, sources, open flags."""
    t = data.total
    # In a box, a merged event's reports count wherever each placed it: the event is in the box, some may not be.
    merged = (f"merged: {plural(data.reports_merged, 'report')} into {plural(data.canonical, 'event')}"
              + (" (in the box or not)" if data.bbox else "")
              if data.reports_merged else f"{plural(data.canonical, 'merged event')}")
    flagged = len({r.event.id for r in data.flags})
    cards = [
        ("Events", str(t.events), merged if data.canonical else
         "as extracted (not merged)" if t.events else "none in this period"),
        ("Killed", t.fatalities.text(), f"sum of lows – sum of highs, over {plural(t.fatalities.events, 'event')} "
         "with a toll" if t.fatalities.events else "no event gives a toll"),
        ("Injured", t.injured.text(), f"over {plural(t.injured.events, 'event')} with a figure"
         if t.injured.events else "no event gives a figure"),
        sources_card(data),
        # Not all flags are contradictions ("casualties" unsplit, a planned attack): the card says flags.
        ("Flags", str(len(data.flags)), f"contradictions and unclear figures on {plural(flagged, 'event')}"
         if flagged else "no open flags"),
    ]
    blocks = [Block("cards", cards=cards)]
    if data.by_type:
        blocks.append(Block("table", text="By event type", headers=["Event type", "Events", "Killed", "Injured"],
                            rows=_group_rows(data.by_type, 50), numeric=(1, 2, 3)))
    if data.by_place:
        more = len(data.by_place) - MAX_PLACES
        blocks.append(Block("table", text="By country / region" + (f" (top {MAX_PLACES}, {more} more)" if more > 0 else ""),
                            headers=["Country / admin-1", "Events", "Killed", "Injured"],
                            rows=_group_rows(data.by_place, MAX_PLACES), numeric=(1, 2, 3)))
    if 1 < len(data.by_day) <= MAX_DAYS:
        blocks.append(day_table(data))
    if data.spanning:
        n = len(data.spanning)
        blocks.append(Block("p", text=f"{plural(n, 'further event')} {'is' if n == 1 else 'are'} dated only to a "
                            "longer period that overlaps these dates (such as “late June”): listed at the end, not "
                            "counted here."))
    if data.sources or data.unnamed:
        blocks.append(Block("p", text=sources_line(data)))
    return Section("Headline figures", blocks)


def sources_cell(e: Event, data: ReportData) -> str:
    """'2: Reuters, AP', or '2 independent (3 reports): ...' when the merge folded copies of one story."""
    srcs = sorted(set(source_labels(e)))
    n = len(srcs) or len(set(e.article_ids))
    cell = f"{n}: " + ", ".join(srcs) if srcs else str(n)
    reports = len(e.article_ids)
    if e.id in data.merge.independent and reports > 1:  # copies of one syndicated story count once
        # Articles that name no outlet may all come from one (302 ISW reports): never call them independent.
        unnamed = len(unnamed_sources(e))
        named = data.merge.independent[e.id] - unnamed
        if not unnamed:
            cell = f"{named} independent ({plural(reports, 'report')}): " + ", ".join(srcs)
        elif named > 0:
            cell = f"{named} independent and {unnamed} unnamed ({plural(reports, 'report')}): " + ", ".join(srcs)
        else:
            cell = f"{plural(reports, 'report')}, none naming its outlet: " + ", ".join(srcs)
    if data.merge.mentions.get(e.id):  # reactions and follow-ups that name it: no source, no figure
        cell = f"{cell}; also mentioned by {plural(data.merge.mentions[e.id], 'article')}"
    return cell


def top_note(data: ReportData) -> str:
    """What the top-events table holds; it does not call events without a toll 'the deadliest'."""
    n, total = len(data.top), len(data.events)
    tolls = sum(1 for e in data.top if count_bounds(e.fatalities)[0] is not None)
    order = "ranked by killed, then injured, then sources"
    if n == total:
        head = "The event" if n == 1 else f"All {n} events"
    elif tolls == n:
        return f"The {n} deadliest of {plural(total, 'event')} ({order})."
    else:
        head = f"{n} of {plural(total, 'event')}"
    if tolls == 0:
        return f"{head}; none gives a death toll ({order})."
    if tolls < n:
        return f"{head}: {tolls} with a death toll, then {n - tolls} without one ({order})."
    return f"{head} ({order})."


def confidence_note(min_confidence: float) -> str:
    """What a confidence filter left out, said where a reader of the figures sees it."""
    return (f"only events with confidence at least {percent(min_confidence)} (most violent events: a learned "
            "chance that type, date and place are right; other events: a rule score); less certain events are left out")


def top_place(e: Event, data: ReportData) -> str:
    """The event's place, and the places of like events its sentence also tells (one row for a list of towns)."""
    others = data.also.get(e.id)
    return event_place(e) + (f"; the same sentence also names {', '.join(others)}" if others else "")


def top_events(data: ReportData) -> Section:
    """The deadliest events with their sources and the sentences that support them."""
    rows: list[list[Cell]] = [
        [event_date(e), top_place(e, data), event_kind(e), figure_cell(e, "fatalities"), figure_cell(e, "injured"),
         sources_cell(e, data), quotes(e)] for e in data.top]
    sure = f" Confidence at least {percent(data.min_confidence)}: less certain events are left out." \
        if data.min_confidence is not None else ""
    if not rows:
        return Section("Top events", [Block("p", text="No events in this period." + sure)])
    folded = sum(len(v) for v in data.also.values())
    if folded:
        sure += (f" {plural(folded, 'further event')} told in the same sentence as a listed one, alike in sides, "
                 f"type, date and figures, {'shares' if folded == 1 else 'share'} its row (see Place).")
    return Section("Top events", [Block("p", text=top_note(data) + sure),
                                  Block("table", headers=["Date", "Place", "Type", "Killed", "Injured",
                                                          "Sources", "Evidence"], rows=rows)])


def contradictions(data: ReportData) -> Section:
    """Every open flag with its message and the text that raised it."""
    k = len(data.figureless)
    quiet = [Block("p", text=f"Not listed: {plural(k, 'mention')} of casualties without any figure (such as "
                   f"“{data.figureless[0]}”), which {'leaves' if k == 1 else 'leave'} no number unclear.")] if k else []
    if not data.flags:
        return Section(FLAGS_TITLE, [Block("p", text="No open flags on these events."), *quiet])
    rows: list[list[Cell]] = [
        [r.flag.code, f"{event_date(r.event)}, {event_place(r.event)}: {event_kind(r.event)}",
         one_line(r.flag.message), Quotes([one_line(r.evidence, QUOTE_CHARS)] if r.evidence else [])]
        for r in data.flags
    ]
    return Section(FLAGS_TITLE, [Block("table", headers=["Flag", "Event", "Message", "Evidence"], rows=rows), *quiet])


def spanning(data: ReportData) -> Section | None:
    """Events dated only to a longer span overlapping the period: listed, not counted."""
    if not data.spanning:
        return None
    rows: list[list[Cell]] = [[event_date(e), event_place(e), event_kind(e), quotes(e)] for e in data.spanning]
    return Section("Dated only to a longer period", [
        Block("p", text="These events are dated only to a span that reaches outside the report's period, so they may "
              "have happened before or after it; they are not in the figures above."),
        Block("table", headers=["Dates", "Place", "Type", "Evidence"], rows=rows)])


def figures(data: ReportData, map_png: bytes | None, chart_png: bytes | None, unlocated: int) -> Section:
    """The map and the timeline, with captions."""
    blocks = []
    if map_png:
        size = "marker area grows with the number killed" if sized(data.events) else \
            "all markers one size: no event shown reports anyone killed"
        cap = (f"Events by type; {size}; hollow markers: events located only "
               "to a region or country. Shaded: the countries of the events.")
        if unlocated:
            cap += f" {unlocated} events without coordinates are not shown."
        blocks.append(Block("figure", text=cap, image=map_png, name="map"))
    if chart_png:
        unit = bin_days((data.until - data.since).days + 1)[1]
        cap = (f"Events per {unit} by type (top); killed per {unit}: the sum of low figures, with the range up to "
               "the sum of high figures (bottom)." if drawn_tolls(data) else
               f"Events per {unit} by type. No killed panel: no event drawn here reports anyone killed.")
        n = undrawn(data)
        if n:
            cap += (f" Not drawn: {plural(n, 'event')} dated only to a span running over several bars "
                    "(counted in the tables).")
        blocks.append(Block("figure", text=cap, image=chart_png, name="timeline"))
    return Section("Map and timeline", blocks or [Block("p", text="Nothing to draw.")])
