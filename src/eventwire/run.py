"""Drive a run: read sources, run the pipeline, hand results to a sink, account for every document."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.model.article import content_id
from eventwire.pipeline import Pipeline, RunStats, WorkDoc

if TYPE_CHECKING:
    from eventwire.store.base import Store

log = logging.getLogger(__name__)


def _articles(items: Iterable[Article | ReaderError], stats: RunStats) -> Iterator[Article]:
    """Pass articles on; count reader failures in the run stats as they stream by."""
    for item in items:
        if isinstance(item, ReaderError):
            stats.documents += 1
            stats.record_failure(item.source, item.reason, "read")
            log.info("failed to read %s: %s", item.source, item.reason)
            continue
        yield item


def progress(items: Iterable[WorkDoc], enabled: bool, unit: str = "doc") -> Iterable[WorkDoc]:
    """A progress bar on stderr, only for a terminal and when not quiet."""
    if not enabled or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=unit, file=sys.stderr, leave=False)


def run_pipeline(
    items: Iterable[Article | ReaderError],
    pipeline: str | Path | None = None,
    show_progress: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
) -> tuple[Iterator[WorkDoc], RunStats]:
    """Lazily process a stream of read results; stats fill in as the iterator is consumed.

    workers > 1 (or 0 for all cores) runs the pipeline in that many processes, results in input order;
    `scheduler` (a Dask scheduler address, or "local") runs it on a Dask cluster instead.
    """
    from eventwire.api import load_pipeline

    if scheduler:
        from eventwire.engines.dask_engine import run_dask

        stats = RunStats()
        docs = run_dask(_articles(items, stats), stats, pipeline, scheduler, 0 if workers == 1 else workers)
        return iter(progress(docs, show_progress)), stats
    if workers != 1:
        from eventwire.engines.local import run_parallel

        stats = RunStats()
        docs = run_parallel(_articles(items, stats), stats, pipeline, workers)
        return iter(progress(docs, show_progress)), stats
    pipe = Pipeline(load_pipeline(pipeline).stages)  # fresh stats, shared built components
    docs = pipe.run(_articles(items, pipe.stats))
    return iter(progress(docs, show_progress)), pipe.stats


@dataclass
class StoreRunStats(RunStats):
    """A run's stats plus what it stored itself, counted at its own writes (another writer's are not counted)."""

    new_articles: int = 0
    new_events: int = 0  # net: an article read again may come back with fewer events
    updated_articles: int = 0  # stored articles read again whose events were replaced

    def as_dict(self) -> dict[str, Any]:
        """Plain-JSON summary, with the stored counts (the run record's fields)."""
        return super().as_dict() | {"new_articles": self.new_articles, "new_events": self.new_events,
                                    "updated_articles": self.updated_articles}


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C during run_into_store; `stats` holds what was stored before it (each article committed whole)."""

    def __init__(self, stats: StoreRunStats):
        super().__init__()
        self.stats = stats


KEPT_FIELDS = ("source", "url", "title", "published")


def _keep_known(items: Iterable[Article | ReaderError], store: Store) -> Iterator[Article | ReaderError]:
    """Articles already stored (same text, same id) keep the outlet, URL, title and date they were stored with.

    Ingesting a text again without its sidecar or --source must not erase its outlet: its events would then name
    the article id as their source, and the merge would count it as another, unnamed source.
    """
    seen: dict[str, str] = {}  # id -> digest of the text first given that id in this run
    for item in items:
        if isinstance(item, Article):
            item, read = _own_id(item, store, seen)
            missing = [f for f in KEPT_FIELDS if getattr(item, f) is None]
            if read is not None and read[0] == item.id:
                known = read[1]  # the row _own_id read for this very id: one read, not two
            else:
                known = store.get_article(item.id)
            if _reprint(item, known):
                # Under the shared id, the reprint overwrote the first outlet's record: its outlet, date and events'
                # sources. It becomes an article of its own, which the merge links as a copy.
                item = item.model_copy(update={"id": content_id(item.title, item.text, item.source, prefix="art_")})
                known = store.get_article(item.id) if missing else None
            fill = {f: getattr(known, f) for f in missing if getattr(known, f) is not None} if known is not None else {}
            item = item.model_copy(update=fill) if fill else item
        yield item


def _own_id(item: Article, store: Store, seen: dict[str, str]) -> tuple[Article, tuple[str, Article | None] | None]:
    """An id a record gives that is stored (or seen) for another text becomes the text's own content id.

    Two corpora both numbering their records from 1 shared ids: the second file's "1" replaced the first's article
    and its events, and the run said "stored 0 new articles". The given id stays in meta["given_id"]. Also returns
    (id, stored row) when the store was read, so the caller need not read that row again.
    """
    own = content_id(item.title, item.text, prefix="art_")
    if item.id == own:
        return item, None  # an id made from this very text cannot name another
    digest = content_id(item.text)
    read: tuple[str, Article | None] | None = None
    if seen.setdefault(item.id, digest) == digest:
        known = store.get_article(item.id)
        read = (item.id, known)
        if known is None or content_id(known.text) == digest or _same_origin(known, item):
            return item, read  # new, the same text, or the same file's (or page's) record corrected: an update
    log.warning("%s: the id %r is already stored for another text; stored as %s (meta.given_id keeps %r)",
                item.meta.get("path") or item.url or item.id, item.id, own, item.id)
    return item.model_copy(update={"id": own, "meta": {**item.meta, "given_id": item.id}}), read


def _same_origin(known: Article, item: Article) -> bool:
    """Whether both come from one file or one page: a feed or corpus re-sending a record it corrected."""
    path = item.meta.get("path")
    return bool((path and known.meta.get("path") == path) or (item.url and known.url == item.url))


def _reprint(item: Article, known: Article | None) -> bool:
    """Whether `item` is the text `known` was stored with, from another outlet (a reprint)."""
    return bool(known is not None and known.source and item.source
                and known.source.casefold() != item.source.casefold())


def _without_nul(items: Iterable[Article | ReaderError]) -> Iterator[Article | ReaderError]:
    """Articles with NUL characters removed: PostgreSQL refuses them in text, and one JSON "\\u0000" stopped a run."""
    for item in items:
        if isinstance(item, Article) and ("\x00" in item.text or "\x00" in (item.title or "")):
            item = item.model_copy(update={
                "text": item.text.replace("\x00", ""), "title": item.title.replace("\x00", "") if item.title else None,
                "meta": {**item.meta, "nul_removed": item.text.count("\x00")}})
        yield item


@contextmanager
def whole() -> Iterator[None]:
    """Ctrl-C waits for the block to end: an article and its events are stored together, or neither is.

    They are two transactions; an interrupt between them left an article without its events. Off the main thread
    (the REST server's workers) signals cannot be handled, and none arrive there.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    before = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
        if caught:
            signal.raise_signal(signal.SIGINT)  # as if it came now: KeyboardInterrupt, or ignored if it was ignored


def run_into_store(
    items: Iterable[Article | ReaderError],
    store: Store,
    pipeline: str | Path | None = None,
    show_progress: bool = False,
    on_doc: Callable[[WorkDoc], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> StoreRunStats:
    """Store every article and its events (idempotent), and every failure with its reason.

    The stats returned (and the run record) also count what this run stored itself: new_articles, new_events
    (net) and updated_articles. Ctrl-C raises RunInterrupted, a KeyboardInterrupt whose `stats` has them so far.
    """
    from eventwire.store.base import EventQuery

    docs, piped = run_pipeline(_keep_known(_without_nul(items), store), pipeline, show_progress, workers, scheduler)
    run_id = store.start_run({"pipeline": str(pipeline or "default")})
    stored = StoreRunStats()

    def finish(**extra: bool) -> StoreRunStats:
        for failure in piped.failures:
            # A document read but not extracted (e.g. not in English) is still kept, searchable.
            if failure.article is not None:
                stored.new_articles += store.upsert_article(failure.article)
            store.record_failure(run_id, failure.source, failure.reason, failure.stage)
        # The pipeline's stats (filled as the documents streamed by) with this run's own counts.
        stats = StoreRunStats(**{f.name: getattr(piped, f.name) for f in fields(piped)}, new_articles=stored.new_articles,
                              new_events=stored.new_events, updated_articles=stored.updated_articles)
        store.finish_run(run_id, stats.as_dict() | extra)
        return stats

    try:
        for doc in docs:
            with whole():  # counted inside: a count matches a committed write, also at Ctrl-C
                if store.upsert_article(doc.article):
                    stored.new_articles += 1
                    stored.new_events += store.upsert_events(doc.events)
                else:
                    # The net change, by the article's own events: two indexed counts, no scan of the store.
                    mine = EventQuery(article_id=doc.article.id)
                    before = store.count_events(mine)
                    if store.replace_article_events(doc.article.id, doc.events):
                        # Extracted again with a new date, outlet or pipeline: its events replace the earlier run's.
                        stored.updated_articles += 1
                    stored.new_events += store.count_events(mine) - before
            if on_doc:
                on_doc(doc)
    except KeyboardInterrupt as exc:
        # Ctrl-C: what is stored stays (each article is committed with its events); the failures met so far and
        # the run record are written before giving up, so `eventwire failures --last-run` still lists them.
        raise RunInterrupted(finish(interrupted=True)) from exc
    return finish()
