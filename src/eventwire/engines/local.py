"""Local engine: run the pipeline in worker processes, one per core, results in input order."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.model import Article, Event
from eventwire.pipeline import Pipeline, RunStats, WorkDoc

_PIPELINE: Pipeline | None = None

# A worker's answer for one article: (article, events, None, None) or (article, None, reason, stage).
Result = tuple[Article, list[Event] | None, str | None, str | None]


def _init(pipeline: str | None) -> None:
    """Build the pipeline once per worker (from the same TOML, so every worker is identical)."""
    global _PIPELINE
    from eventwire.api import load_pipeline

    _PIPELINE = load_pipeline(pipeline)


def process_one(pipeline: Pipeline, article: Article) -> Result:
    """(article, events, None, None) on success, (article, None, reason, stage) on failure."""
    try:
        return article, pipeline(article).events, None, None
    except Exception as exc:  # recorded per document, as the in-process engine does
        stage = next((n[9:] for n in getattr(exc, "__notes__", []) if n.startswith("in stage ")), None)
        # Worded as Pipeline.run words it: our own errors read as a person's reason, others keep their type.
        return article, None, str(exc) if isinstance(exc, EventwireError) else f"{type(exc).__name__}: {exc}", stage


def as_workdoc(result: Result, stats: RunStats) -> WorkDoc | None:
    """A worker's result counted in `stats`: the WorkDoc, or None for a failure (recorded with its reason)."""
    article, events, reason, stage = result
    stats.documents += 1
    if events is None:
        stats.record_failure(article.meta.get("path") or article.url or article.id, reason or "failed", stage, article)
        return None
    stats.succeeded += 1
    stats.events += len(events)
    doc = WorkDoc(article)
    doc.events = events
    return doc


def _work(article: Article) -> Result:
    assert _PIPELINE is not None
    return process_one(_PIPELINE, article)


def default_workers() -> int:
    """Cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_parallel(
    articles: Iterable[Article], stats: RunStats, pipeline: str | Path | None = None, workers: int = 0
) -> Iterator[WorkDoc]:
    """Yield WorkDocs (article and events) from `workers` processes; failures go to `stats`."""
    workers = workers or default_workers()
    from eventwire.api import load_pipeline

    load_pipeline(pipeline)  # build (and load the gazetteer) before forking, so workers share it
    methods = mp.get_all_start_methods()
    ctx: Any = mp.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(str(pipeline) if pipeline else None,)) as pool:
        for result in pool.imap(_work, articles, chunksize=4):
            doc = as_workdoc(result, stats)
            if doc is not None:
                yield doc
