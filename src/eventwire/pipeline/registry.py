"""Registry of component factories under versioned names, resolved lazily."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Protocol

from eventwire.errors import PipelineError
from eventwire.pipeline.workdoc import WorkDoc


class Component(Protocol):
    """A pipeline stage: takes the WorkDoc, fills the layers it assigns, returns it."""

    def __call__(self, doc: WorkDoc) -> WorkDoc: ...


@dataclass(frozen=True)
class ComponentSpec:
    """What a registered factory is, where it lives, and what it reads and writes."""

    name: str  # versioned: "places.gazetteer.v1"
    target: str  # "module:factory"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)

    def load(self) -> Callable[..., Component]:
        """Import the factory (only when a pipeline needs it)."""
        module, _, attr = self.target.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
        except (ImportError, AttributeError) as exc:
            raise PipelineError(f"component {self.name}: cannot load {self.target}: {exc}") from exc


class Registry:
    """Versioned component names → specs; built-ins from a table, plugins from entry points."""

    ENTRY_POINT_GROUP = "eventwire.components"

    def __init__(self, specs: Iterable[ComponentSpec] = ()):
        self._specs: dict[str, ComponentSpec] = {}
        for spec in specs:
            self.add(spec)

    def add(self, spec: ComponentSpec) -> None:
        """Register a spec; a name can be registered once."""
        if spec.name in self._specs:
            raise PipelineError(f"component {spec.name} is already registered")
        self._specs[spec.name] = spec

    def get(self, name: str) -> ComponentSpec:
        """The spec registered under `name`, or a clear error listing close names."""
        try:
            return self._specs[name]
        except KeyError:
            stem = name.rsplit(".", 1)[0]
            close = [n for n in self._specs if n.startswith(stem)]
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise PipelineError(f"unknown component {name!r}{hint}") from None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(sorted(self._specs.values(), key=lambda s: s.name))

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def load_plugins(self) -> None:
        """Add components that installed packages declare under the entry-point group."""
        for ep in entry_points(group=self.ENTRY_POINT_GROUP):
            spec = ep.load()
            if isinstance(spec, ComponentSpec) and spec.name not in self._specs:
                self.add(spec)


def default_registry() -> Registry:
    """The registry of built-in components plus installed plugins."""
    from eventwire.components.catalog import BUILTIN

    reg = Registry(BUILTIN)
    reg.load_plugins()
    return reg
