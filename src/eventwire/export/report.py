"""The situation report: headline figures, map, timeline, top events and open flags (contradictions, unclear figures)."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from eventwire.errors import UsageError
from eventwire.export import report_doc as doc
from eventwire.export.common import unnamed_source, unnamed_sources
from eventwire.export.report_chart import render_timeline
from eventwire.export.report_html import render_html
from eventwire.export.report_map import located, render_map
from eventwire.export.report_md import render_md
from eventwire.export.report_stats import Box, MergeInfo, ReportData, compute
from eventwire.model import Event
from eventwire.wording import plural

if TYPE_CHECKING:
    from eventwire.merge.types import Cluster, ClusterFlag
    from eventwire.store.base import EventQuery, Store

Format = Literal["md", "html"]
MAX_DAYS = 3660  # a decade of daily bars is already unreadable; longer periods are a usage error
_SUFFIX_FORMAT: dict[str, Format] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def report_format(fmt: str | None, out: str | Path | None, names: tuple[str, str] = ("fmt", "out")) -> Format:
    """The format asked for, else the one `out`'s suffix names, else html; one that clashes with the suffix is refused."""
    wanted = _SUFFIX_FORMAT.get(Path(out).suffix.lower()) if out else None
    if fmt is None:
        return wanted or "html"
    if fmt not in ("md", "html"):
        raise UsageError(f"unknown report format {fmt!r}: use md or html")
    if wanted and wanted != fmt:
        # `out="week.md"` wrote an HTML page into week.md: the name says what the user wants unless fmt said.
        raise UsageError(f"{names[0]} {fmt} does not fit {names[1]} {out} (a {wanted} name): change one of them")
    return fmt  # type: ignore[return-value]


def _meta(data: ReportData) -> str:
    from eventwire import __version__

    # A filtered report says so beside the counts it changed: less certain events are missing from them.
    sure = f"{doc.confidence_note(data.min_confidence)} · " if data.min_confidence is not None else ""
    return (f"eventwire {__version__} · {plural(len(data.events), 'event')} from {doc.source_count(data)} · {sure}"
            "figures are ranges: low = sum of the lowest reported figures, high = sum of the highest "
            "(or best) ones · quotes are article text as extracted")


def _sections(data: ReportData) -> list[doc.Section]:
    setting = {data.country} if data.country else {
        e.location.country_code for e in data.events if e.location and e.location.country_code}
    map_png = render_map(data.events, {c for c in setting if c}, data.country)
    chart_png = render_timeline(data) if data.events else None
    unlocated = len(data.events) - len(located(data.events))
    sections = [doc.headline(data), doc.figures(data, map_png, chart_png, unlocated),
                doc.top_events(data), doc.contradictions(data), doc.spanning(data)]
    return [s for s in sections if s is not None]


def build_report(
    events: list[Event],
    *,
    since: date,
    until: date,
    country: str | None = None,
    fmt: Format = "html",
    out: Path | None = None,
    texts: Mapping[str, str] | None = None,
    merge: MergeInfo | None = None,
    min_confidence: float | None = None,
    bbox: Box | None = None,
) -> str:
    """Markdown or HTML for the events in [since, until] (and country, box and confidence); to `out` if given.

    Markdown figures are written beside `out` as `<stem>_map.png` and `<stem>_timeline.png`
    (inlined as data URIs when there is no `out`). `texts` maps article ids to their text so
    flags without an evidence span can still quote the sentence that raised them.
    """
    if fmt not in ("md", "html"):
        raise UsageError(f"unknown report format {fmt!r}: use md or html")
    if since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    if (until - since).days > MAX_DAYS:
        raise UsageError(f"report period longer than {MAX_DAYS} days")
    if bbox is not None:  # as the store reads it: swapped latitudes matched nothing, silently
        from eventwire.store.base import parse_bbox

        try:
            bbox = parse_bbox(bbox)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
    data = compute(events, since, until, country, texts, merge=merge, min_confidence=min_confidence, bbox=bbox)
    sections = _sections(data)
    title = doc.title(data)
    if fmt == "html":
        text = render_html(title, _meta(data), sections)
    else:
        images: dict[str, str] = {}
        if out is not None:
            for s in sections:
                for b in s.blocks:
                    if b.kind == "figure":
                        png = out.with_name(f"{out.stem}_{b.name}.png")
                        png.parent.mkdir(parents=True, exist_ok=True)
                        png.write_bytes(b.image)
                        images[b.name] = png.name
        text = render_md(title, _meta(data), sections, images)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    return text


def _query(since: date, until: date, country: str | None, min_confidence: float | None,
           bbox: Box | None = None) -> EventQuery:
    from eventwire.store.base import MAX_LIMIT, EventQuery

    return EventQuery(since=since, until=until, country=country, min_confidence=min_confidence, bbox=bbox,
                      limit=MAX_LIMIT)


def _all_events(store: Store, since: date, until: date, country: str | None, bbox: Box | None = None) -> list[Event]:
    """Every event of the period, country and box, unfiltered by confidence (`merged_plus_unmerged` filters)."""
    from eventwire.store.base import iter_pages

    return list(iter_pages(store.query_events, _query(since, until, country, None, bbox)))


def _all_clusters(store: Store, since: date, until: date, country: str | None,
                  min_confidence: float | None = None, bbox: Box | None = None) -> list[Cluster]:
    from eventwire.store.base import iter_pages

    q = _query(since, until, country, min_confidence, bbox)
    return list(iter_pages(store.query_clusters, q, lambda c: c.event))


def _flag_text(f: ClusterFlag, unnamed: AbstractSet[str] = frozenset()) -> str:
    # What each source said, so the reader sees the disagreement itself, not only its summary; an article
    # that named no outlet is labelled as in the sources column, not shown as a bare id that reads like one.
    return "; ".join(f"{unnamed_source(v.source) if v.source in unnamed else v.source}: {v.value}"
                     + (f" ({v.text})" if v.text else "") for v in f.evidence[:4])


def _folded_in_box(store: Store, events: list[Event], clusters: list[Cluster], since: date, until: date,
                   country: str | None, min_confidence: float | None, bbox: Box) -> int:
    """The period's reports that are members of a merged event in the box, of any confidence, in the box or not.

    `events` and `clusters` are the boxed ones already read: the store is read again only for what they lack.
    """
    if min_confidence is not None:  # the clusters read were filtered: every confidence counts here
        clusters = _all_clusters(store, since, until, country, None, bbox)
    members = {m for c in clusters for m in c.member_ids}
    period = {e.id for e in events}
    if not members <= period:  # a report that placed the event outside the box: read the period's events unboxed
        period = {e.id for e in _all_events(store, since, until, country)}
    return len(members & period)


def merged_plus_unmerged(store: Store, events: list[Event], since: date, until: date, country: str | None,
                         min_confidence: float | None = None,
                         bbox: Box | None = None) -> tuple[list[Event], MergeInfo | None]:
    """Canonical events of the stored clusters in the period plus events not merged yet; (events, None) if unmerged.

    `events` are all the period's events (in the box, if one is given), unfiltered. With `min_confidence`, a merged
    event is kept by its own combined confidence, whatever its members' are, and an unmerged one by its own; the
    count of merged reports is the period's, whatever the confidence filter, so the same merge reads the same with
    or without it. With a box it is the period's reports of the merged events in the box, wherever each report
    placed the event: "N reports into M events" counts the reports of those M.
    """
    def sure(e: Event) -> bool:
        return min_confidence is None or e.confidence >= min_confidence

    clusters = _all_clusters(store, since, until, country, min_confidence, bbox)
    members = store.clusters_of([e.id for e in events])
    if not clusters and not members:
        return [e for e in events if sure(e)], None
    loose = [e for e in events if e.id not in members]
    info = MergeInfo(
        independent={c.id: len(c.sources) for c in clusters},
        folded=len(events) - len(loose) if bbox is None else
        _folded_in_box(store, events, clusters, since, until, country, min_confidence, bbox),
        flag_text={(c.id, f.code): _flag_text(f, unnamed_sources(c.event)) for c in clusters for f in c.flags
                   if f.evidence},
        mentions={c.id: len(c.mentions) for c in clusters if c.mentions},
    )
    return [c.event for c in clusters] + [e for e in loose if sure(e)], info


def report_from_store(
    store: Store,
    since: date,
    until: date,
    country: str | None = None,
    fmt: Format = "html",
    out: Path | None = None,
    min_confidence: float | None = None,
    bbox: Box | None = None,
) -> str:
    """The report for the store's events in the period (and country, box and confidence); see build_report.

    After `eventwire merge`, each real-world event is reported once: the canonical event of its
    cluster, with reconciled low/best/high figures and its number of independent sources; events
    ingested since the last merge are reported as extracted.
    """
    try:
        events = _all_events(store, since, until, country, bbox)
        events, merge = merged_plus_unmerged(store, events, since, until, country, min_confidence, bbox)
    except ValueError as exc:  # pydantic rejects a malformed country code or reversed period
        raise UsageError(str(exc)) from exc
    texts: dict[str, str] = {}
    # Flags whose span no evidence covers are quoted from the article itself.
    for e in events:
        for f in e.flags:
            if f.start is not None and len(e.article_ids) == 1 and e.article_ids[0] not in texts:
                art = store.get_article(e.article_ids[0])
                if art is not None:
                    texts[art.id] = art.text
    return build_report(events, since=since, until=until, country=country, fmt=fmt, out=out, texts=texts,
                        merge=merge, min_confidence=min_confidence, bbox=bbox)
