"""Exception tree; each error carries the CLI exit code it maps to."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every eventwire error."""

    exit_code = 1


class UsageError(EventwireError):
    """Bad arguments or configuration supplied by the user."""

    exit_code = 2


class NotMerged(UsageError):
    """Merged events asked of a store that `eventwire merge` has not run on."""


class ConfigError(UsageError):
    """An invalid pipeline or settings file."""


class PipelineError(ConfigError):
    """A pipeline whose stages are unknown or whose requires/assigns do not chain."""


class ReaderError(EventwireError):
    """A document that could not be read; the run records it and goes on."""

    exit_code = 3

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DocumentTooLarge(ReaderError):
    """A document over the configured size limit."""


class ComponentError(EventwireError):
    """A component failed on one document."""

    exit_code = 3


class StoreError(EventwireError):
    """A storage backend failure."""


class GazetteerError(EventwireError):
    """The gazetteer index is missing or unreadable."""


class PartialFailure(EventwireError):
    """The run finished but some documents failed."""

    exit_code = 3
