"""The Python API: everything the CLI and REST shells do is a call here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.model import Article, Event, PlaceMention

if TYPE_CHECKING:
    from eventwire.merge.store import MergeStats
    from eventwire.pipeline import Pipeline, RunStats
    from eventwire.run import StoreRunStats
    from eventwire.store.base import Store


@lru_cache(maxsize=4)
def _pipeline(path: str | None) -> Pipeline:
    from eventwire.pipeline import Pipeline

    return Pipeline.from_toml(path)


def load_pipeline(path: str | Path | None = None) -> Pipeline:
    """The pipeline from a TOML file (None: the bundled default), built once per process."""
    return _pipeline(str(path) if path else None)


def _as_article(item: str | Article, published: date | None) -> Article:
    if isinstance(item, Article):
        if published and item.published is None:
            item = item.model_copy(update={"published": published})
        return item
    return Article(text=item, published=published)


def extract(
    text_or_article: str | Article,
    published: date | None = None,
    pipeline: str | Path | None = None,
) -> list[Event]:
    """Events from one text or Article; nothing is stored.

    Raises ComponentError (an EventwireError) naming the reason when a stage fails, e.g. "unsupported language: fr".
    """
    return load_pipeline(pipeline)(_as_article(text_or_article, published)).events


def extract_many(
    articles: Iterable[Article], pipeline: str | Path | None = None
) -> tuple[Iterator[Any], RunStats]:
    """Run the pipeline over a stream; returns (WorkDoc iterator, stats that fill as it runs)."""
    from eventwire.pipeline import Pipeline

    pipe = Pipeline(load_pipeline(pipeline).stages)  # fresh stats per run, shared components
    return pipe.run(articles), pipe.stats


def geoparse(text: str, published: date | None = None, article_id: str = "") -> list[PlaceMention]:
    """Place mentions found in `text`, resolved to GeoNames with the offline gazetteer."""
    from eventwire.geoparsing import default_geoparser

    if not isinstance(text, str):  # bytes from a file opened "rb" ended in "'bytes' object has no attribute 'encode'"
        raise TypeError(f"geoparse takes text (str), not {type(text).__name__}: decode it first, e.g. data.decode()")

    return default_geoparser().parse(text, article_id=article_id, published=published)


def open_store(url: str | Path, must_exist: bool = False) -> Store:
    """Open (and migrate) a store: a SQLite path, `sqlite:///path` or `postgresql://...` (must_exist: no new file)."""
    from eventwire.store import open_store as _open

    return _open(str(url), must_exist=must_exist)


def ingest(
    sources: Sequence[str | Path] | str | Path,
    db: str | Path,
    published: date | None = None,
    pipeline: str | Path | None = None,
    **read_options: Any,
) -> StoreRunStats:
    """Read sources (paths, URLs or "-"; one or a list), extract events and store them; returns run stats.

    The stats also say what this run stored itself, as `eventwire ingest` says it: stats.new_articles,
    stats.new_events (net) and stats.updated_articles (another writer's ingest at the same time is not counted).
    read_options are ReadOptions' fields: source, max_bytes, allow_private, timeout, fmt, fields, headline.
    A document that fails does not raise: it is counted in stats.failed and listed in stats.failures (and stored
    in the database's failures table). Ingesting the same documents again adds nothing (ids are content hashes).
    """
    from eventwire.readers import ReadOptions, read_sources
    from eventwire.run import run_into_store
    from eventwire.store import own_files

    opts = ReadOptions(published=published, **read_options)
    with open_store(db) as store:
        opts.skip = own_files(store)  # a folder that holds the database reads past it
        return run_into_store(read_sources(sources, opts), store, pipeline=pipeline)


def merge(db: str | Path, dedup: bool = True) -> MergeStats:
    """Merge the stored reports of each real-world event into canonical events, as `eventwire merge` does.

    dedup: count near-duplicate articles (reprints) as one source, unless a copy states other tolls (see merge.copies),
    and let an event-less copy mention the event its original tells; False turns both off. Run it again after each ingest.
    """
    from eventwire.merge import merge_store

    with open_store(db, must_exist=True) as store:
        return merge_store(store, dedup=dedup)


def query(db: str | Path, merged: bool = False, every: bool = False, **filters: Any) -> list[Event]:
    """Events from a store matching filters, oldest first (order="newest": newest first).

    filters: event_type (an ACLED type, or "Political": the events with no ACLED type), sub_event_type, country,
    since, until, text, article_id, bbox ((min_lon, min_lat, max_lon, max_lat) in degrees, or "W,S,E,N": events
    whose point is in the box; min_lon > max_lon crosses the antimeridian), min_confidence (0-1: events whose
    confidence is at least this), limit (default 1000, at most 100,000), cursor, order ("oldest" or "newest").
    merged: the canonical events of `eventwire merge` (one per real-world event, filtered by their combined
    confidence) instead of each article's own. every: every matching event, read page by page
    (as `eventwire events --all`); not with limit.
    A result cut at the default limit warns (UserWarning), as the CLI says "showing the first 1000 events".
    """
    import warnings

    from eventwire.errors import UsageError
    from eventwire.store.base import MAX_LIMIT, EventQuery, iter_pages, merged_events

    if every:
        if "limit" in filters:
            raise UsageError("every=True returns every matching event: leave out limit")
        filters["limit"] = MAX_LIMIT

    unknown = sorted(set(filters) - set(EventQuery.model_fields))
    if unknown:  # pydantic drops unknown keys: query(db, contry="UA") returned every event
        import difflib

        hints = [difflib.get_close_matches(k, EventQuery.model_fields, n=1) for k in unknown]
        said = ", ".join(f"{k!r}" + (f" (did you mean {h[0]!r}?)" if h else "") for k, h in zip(unknown, hints, strict=True))
        raise UsageError(f"unknown filter {said}; filters: {', '.join(EventQuery.model_fields)}")
    with open_store(db, must_exist=True) as store:
        q = EventQuery(**filters)
        fetch = (lambda page: merged_events(store, page)) if merged else store.query_events
        found = list(iter_pages(fetch, q)) if every else fetch(q)
    if not every and "limit" not in filters and len(found) == q.limit:
        # query(db) returned 1000 of 10,641 events with no word: a silent cut reads as "all there is".
        which = "newest" if q.order == "newest" else "first"
        warnings.warn(f"query returned the {which} {q.limit} events (the default limit); more may match: pass "
                      "every=True for all of them, or limit=N", UserWarning, stacklevel=2)
    return found


def report(
    db: str | Path,
    since: date | str,
    until: date | str,
    country: str | None = None,
    bbox: Any = None,
    min_confidence: float | None = None,
    fmt: str | None = None,
    out: str | Path | None = None,
) -> str:
    """The situation report of `eventwire report` (md or html; to `out` if given), with the same filters.

    since, until: dates or ISO strings ("2025-06-01"), as in query(). fmt: "md" or "html"; None: the one `out`'s
    suffix names (week.md: md), else html. bbox: (min_lon, min_lat, max_lon, max_lat) in degrees, or "W,S,E,N",
    as in query(). Needs the report extra.
    """
    from eventwire.errors import UsageError
    from eventwire.export.report import report_format, report_from_store
    from eventwire.store.base import EventQuery, parse_bbox

    kind = report_format(fmt, out)
    try:
        box = parse_bbox(bbox) if bbox is not None else None
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    # The dates query() takes, read as it reads them (a bad one: UsageError); a string crashed in build_report.
    period = EventQuery(since=since, until=until)
    if period.since is None or period.until is None:  # not an assert: `python -O` drops those
        raise UsageError("report needs both since and until dates, e.g. since=\"2025-06-01\", until=\"2025-06-07\"")
    with open_store(db, must_exist=True) as store:
        return report_from_store(store, period.since, period.until, country, kind, Path(out) if out else None,
                                 min_confidence=min_confidence, bbox=box)
