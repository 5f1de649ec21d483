"""Pipeline: ordered stages built from TOML, checked before a run, with error policy and stats."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, PipelineError
from eventwire.model import Article
from eventwire.pipeline.registry import Component, ComponentSpec, Registry, default_registry
from eventwire.pipeline.workdoc import WorkDoc

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

log = logging.getLogger(__name__)

ERROR_POLICIES = ("skip_doc", "skip_component", "raise")
BASE_LAYERS = frozenset({"article"})


@dataclass
class Failure:
    """One document that failed, with where and why (the dead letter)."""

    source: str
    reason: str
    stage: str | None = None
    article: Article | None = None  # kept so a store can still save what was read


@dataclass
class RunStats:
    """Counts and per-stage timings for one run (scrapy-style stats summary)."""

    documents: int = 0
    succeeded: int = 0
    failed: int = 0
    events: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def record_failure(
        self, source: str, reason: str, stage: str | None = None, article: Article | None = None
    ) -> None:
        """Count a failed document and keep its reason (and the article, if it was read)."""
        self.failed += 1
        self.failures.append(Failure(source, reason, stage, article))

    def as_dict(self) -> dict[str, Any]:
        """Plain-JSON summary."""
        return {
            "documents": self.documents,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "events": self.events,
            "seconds": {k: round(v, 4) for k, v in self.seconds.items()},
            "failures": [{"source": f.source, "reason": f.reason, "stage": f.stage} for f in self.failures],
        }


@dataclass
class Stage:
    """A built component with its spec and per-stage error policy."""

    spec: ComponentSpec
    component: Component
    on_error: str = "skip_doc"


class Pipeline:
    """An ordered list of stages; `__call__` runs one article, `run` a stream."""

    def __init__(self, stages: list[Stage], config: dict[str, Any] | None = None):
        self.stages = stages
        self.config = config or {}
        self.stats = RunStats()

    @classmethod
    def from_config(cls, config: dict[str, Any], registry: Registry | None = None) -> Pipeline:
        """Build from a parsed TOML dict: `[[stage]] name=..., on_error=..., [stage.args]`."""
        registry = registry or default_registry()
        raw = config.get("stage") or config.get("stages") or []
        if not raw:
            raise PipelineError("pipeline config has no [[stage]] entries")
        specs: list[tuple[ComponentSpec, dict[str, Any], str]] = []
        for i, entry in enumerate(raw):
            if "name" not in entry:
                raise PipelineError(f"stage {i} has no name")
            on_error = entry.get("on_error", config.get("on_error", "skip_doc"))
            if on_error not in ERROR_POLICIES:
                raise PipelineError(f"stage {entry['name']}: on_error must be one of {ERROR_POLICIES}")
            specs.append((registry.get(entry["name"]), dict(entry.get("args", {})), on_error))
        check_chain([s for s, _, _ in specs])
        stages = []
        for spec, args, on_error in specs:
            factory = spec.load()
            try:
                component = factory(**{**spec.defaults, **args})
            except TypeError as exc:
                raise PipelineError(f"stage {spec.name}: bad arguments {args}: {exc}") from exc
            stages.append(Stage(spec, component, on_error))
        return cls(stages, config)

    @classmethod
    def from_toml(cls, path: str | Path | None = None, registry: Registry | None = None) -> Pipeline:
        """Build from a TOML file; None means the bundled default pipeline."""
        return cls.from_config(load_pipeline_config(path), registry)

    @property
    def names(self) -> list[str]:
        """Versioned names of the stages, in order."""
        return [s.spec.name for s in self.stages]

    def __call__(self, article: Article) -> WorkDoc:
        """Run every stage over one article; raises on the first failing stage."""
        doc = WorkDoc(article)
        for stage in self.stages:
            t0 = time.perf_counter()
            try:
                doc = stage.component(doc)
            except Exception as exc:
                if stage.on_error == "skip_component":
                    log.warning("stage %s failed on %s: %s (skipped)", stage.spec.name, article.id, exc)
                    doc.meta.setdefault("stage_errors", []).append(f"{stage.spec.name}: {exc}")
                else:
                    exc.add_note(f"in stage {stage.spec.name}")
                    raise
            finally:
                name = stage.spec.name
                self.stats.seconds[name] = self.stats.seconds.get(name, 0.0) + time.perf_counter() - t0
        return doc

    def run(self, articles: Iterable[Article]) -> Iterator[WorkDoc]:
        """Process a stream; failed documents are recorded in `stats` and skipped."""
        for article in articles:
            self.stats.documents += 1
            try:
                doc = self(article)
            except Exception as exc:
                if any(s.on_error == "raise" for s in self.stages):
                    raise
                stage = next((n for n in getattr(exc, "__notes__", []) if n.startswith("in stage ")), None)
                self.stats.record_failure(
                    article.meta.get("path") or article.url or article.id,
                    # Our own errors carry a reason meant for a person; anything else keeps its type for debugging.
                    str(exc) if isinstance(exc, EventwireError) else f"{type(exc).__name__}: {exc}",
                    stage[9:] if stage else None,
                    article,
                )
                continue
            self.stats.succeeded += 1
            self.stats.events += len(doc.events)
            yield doc


def check_chain(specs: list[ComponentSpec]) -> None:
    """Fail before a run if a stage requires a layer that no earlier stage assigns."""
    have = set(BASE_LAYERS)
    for spec in specs:
        missing = [r for r in spec.requires if r not in have]
        if missing:
            raise PipelineError(
                f"stage {spec.name} requires {', '.join(missing)}, which no earlier stage assigns"
            )
        have.update(spec.assigns)


def load_pipeline_config(path: str | Path | None = None) -> dict[str, Any]:
    """Parse a pipeline TOML file; None loads the bundled default."""
    if path is None:
        text = resources.files("eventwire").joinpath("pipelines/default.toml").read_text("utf-8")
    else:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise PipelineError(f"cannot read pipeline {path}: {exc}") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError(f"invalid pipeline TOML {path or 'default'}: {exc}") from exc
