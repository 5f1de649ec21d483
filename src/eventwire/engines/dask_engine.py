"""Dask engine: run the pipeline on a dask.distributed cluster (a laptop, a cluster, SLURM via dask-jobqueue).

Articles stream from the reader in batches; each worker builds the pipeline once from the same TOML config and
sends back events (or the failure and its reason) per article. Results come back in input order, with a bounded
number of batches in flight, so memory stays flat however large the corpus; the caller stores them (one writer).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.engines.local import Result, as_workdoc, default_workers, process_one
from eventwire.errors import UsageError
from eventwire.model import Article
from eventwire.pipeline import Pipeline, RunStats, WorkDoc

_PIPELINES: dict[str | None, Pipeline] = {}  # per worker process, by config path
_LOGGERS = ("distributed", "distributed.nanny", "distributed.scheduler")


def _process(batch: list[Article], pipeline: str | None) -> list[Result]:
    """Run one batch on a worker: one Result per article."""
    if pipeline not in _PIPELINES:
        from eventwire.api import load_pipeline

        _PIPELINES[pipeline] = load_pipeline(pipeline)
    return [process_one(_PIPELINES[pipeline], a) for a in batch]


def _client(scheduler: str, workers: int) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError("the Dask engine needs dask.distributed: pip install '.[dask]' in the eventwire checkout") from exc
    import logging

    for name in _LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)  # cluster chatter is not the run's log
    if scheduler == "local":
        # ":0", not None: with None the scheduler's HTTP server still asks for port 8787 and, when another
        # cluster holds it, warns "Port 8787 is already in use" on stderr even under -q.
        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        return Client(cluster)
    try:
        return Client(scheduler)  # connect timeout: dask's distributed.comm.timeouts.connect (30 s)
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


def run_dask(
    articles: Iterable[Article],
    stats: RunStats,
    pipeline: str | Path | None = None,
    scheduler: str = "local",
    workers: int = 0,
    batch_size: int = 32,
) -> Iterator[WorkDoc]:
    """Yield WorkDocs from a Dask cluster ('local' starts one with `workers` processes); failures go to `stats`."""
    client = _client(scheduler, workers)
    conf = str(pipeline) if pipeline else None
    in_flight: deque[Any] = deque()
    limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers or 1)
    it = iter(articles)
    batches = iter(lambda: list(islice(it, batch_size)), [])
    try:
        for batch in batches:
            in_flight.append(client.submit(_process, batch, conf, pure=False))
            if len(in_flight) >= limit:
                yield from _collect(in_flight.popleft().result(), stats)
        while in_flight:
            yield from _collect(in_flight.popleft().result(), stats)
    except BaseException:
        # Ctrl-C or a run stopped early: the nanny's shutdown chatter ("Worker process still alive after 4.0
        # seconds, killing") is not the run's news; the caller says what was kept.
        import logging

        for name in _LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)
        raise
    finally:
        for fut in in_flight:
            fut.cancel()
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and scheduler == "local":
            cluster.close()


def _collect(results: list[Result], stats: RunStats) -> Iterator[WorkDoc]:
    for result in results:
        doc = as_workdoc(result, stats)
        if doc is not None:
            yield doc
