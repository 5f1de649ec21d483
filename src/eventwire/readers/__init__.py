"""Readers: files, directories, stdin and URLs to Article records (failures yielded, not raised)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.dispatch import read_bytes, read_path
from eventwire.readers.options import FORMATS, ReadOptions
from eventwire.readers.sniff import sniff
from eventwire.readers.url import is_url, read_url

__all__ = ["FORMATS", "ReadOptions", "read_bytes", "read_source", "read_sources", "sniff"]


def read_source(source: str, options: ReadOptions | None = None) -> Iterator[Article | ReaderError]:
    """Articles from one source: a path, a directory, '-' for stdin, or an http(s) URL."""
    options = options or ReadOptions()
    if is_url(source):
        yield from read_url(source, options)
    else:
        yield from read_path(source, options)


def read_sources(sources: Sequence[str | Path] | str | Path,
                 options: ReadOptions | None = None) -> Iterator[Article | ReaderError]:
    """Articles from every source in order (one source or a list); a bad document yields a ReaderError."""
    # One path given as a string would be read letter by letter, and its "/" is the whole file system.
    for source in [sources] if isinstance(sources, (str, Path)) else sources:
        yield from read_source(str(source), options)
