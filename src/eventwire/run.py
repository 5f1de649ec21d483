"""Drive a run: read sources, run the pipeline, hand results to a sink, account for every document."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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


KEPT_FIELDS = ("source", "url", "title", "published")


def _keep_known(items: Iterable[Article | ReaderError], store: Store) -> Iterator[Article | ReaderError]:
    """Articles already stored (same text, same id) keep the outlet, URL, title and date they were stored with.

    Ingesting a text again without its sidecar or --source must not erase its outlet: its events would then name
    the article id as their source, and the merge would count it as another, unnamed source.
    """
    for item in items:
        if isinstance(item, Article):
            missing = [f for f in KEPT_FIELDS if getattr(item, f) is None]
            known = store.get_article(item.id) if item.source or missing else None
            if _reprint(item, known):
                # Under the shared id, the reprint overwrote the first outlet's record: its outlet, date and events'
                # sources. It becomes an article of its own, which the merge links as a copy.
                item = item.model_copy(update={"id": content_id(item.title, item.text, item.source, prefix="art_")})
                known = store.get_article(item.id) if missing else None
            fill = {f: getattr(known, f) for f in missing if getattr(known, f) is not None} if known is not None else {}
            item = item.model_copy(update=fill) if fill else item
        yield item


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


def run_into_store(
    items: Iterable[Article | ReaderError],
    store: Store,
    pipeline: str | Path | None = None,
    show_progress: bool = False,
    on_doc: Callable[[WorkDoc], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> RunStats:
    """Store every article and its events (idempotent), and every failure with its reason."""
    docs, stats = run_pipeline(_keep_known(_without_nul(items), store), pipeline, show_progress, workers, scheduler)
    run_id = store.start_run({"pipeline": str(pipeline or "default")})
    new_articles = 0
    for doc in docs:
        if store.upsert_article(doc.article):
            new_articles += 1
            store.upsert_events(doc.events)
        else:  # extracted again: its events replace those of the earlier run, not add to them
            store.replace_article_events(doc.article.id, doc.events)
        if on_doc:
            on_doc(doc)
    for failure in stats.failures:
        # A document read but not extracted (e.g. not in English) is still kept, searchable.
        if failure.article is not None:
            new_articles += store.upsert_article(failure.article)
        store.record_failure(run_id, failure.source, failure.reason, failure.stage)
    summary = stats.as_dict() | {"new_articles": new_articles}
    store.finish_run(run_id, summary)
    return stats
