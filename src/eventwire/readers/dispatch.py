"""Route bytes, files, directories and stdin to the reader their content calls for."""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import GZIP_MAGIC, maybe_gunzip, too_large
from eventwire.readers.csvfile import read_csv_bytes
from eventwire.readers.decode import binary_kind
from eventwire.readers.feed import read_feed_bytes
from eventwire.readers.html import read_html_bytes
from eventwire.readers.jsonl import read_jsonl_bytes
from eventwire.readers.large import HEAD, read_records, record_format
from eventwire.readers.options import FORMATS, ReadOptions
from eventwire.readers.sniff import sniff
from eventwire.readers.text import load_sidecar, read_text_bytes, sidecar_paths

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")

STDIN = "<stdin>"
# Formats a `<name>.json` sidecar can describe (one document per file).
_SIDECAR_FORMATS = ("text", "html")
_SIDECAR_OWNERS = (".txt", ".text", ".md", ".html", ".htm", ".txt.gz", ".html.gz")


def _formats(data: bytes, path: str, options: ReadOptions, name: str, hint: str | None) -> str:
    if options.fmt:
        if options.fmt not in FORMATS:
            raise ReaderError(path, f"unknown format '{options.fmt}' (one of: {', '.join(FORMATS)})")
        return options.fmt
    fmt = sniff(data, name or path)
    if hint and fmt in ("text", "xml"):
        return hint
    if fmt == "binary":
        kind = binary_kind(data) or "binary data"
        raise ReaderError(path, "binary file, not text" if kind == "binary data" else f"binary file ({kind}), not text")
    if fmt == "xml":
        raise ReaderError(path, "XML document that is neither an RSS/Atom feed nor an HTML page")
    return fmt


def read_bytes(
    data: bytes, path: str, options: ReadOptions, *, name: str = "", url: str | None = None,
    hint: str | None = None, encoding: str | None = None, meta: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> Iterator[Article | ReaderError]:
    """Articles from one document's bytes, sniffed; every failure is yielded, never raised."""
    try:
        was_gzip = data[:2] == GZIP_MAGIC
        items: Iterator[Article | ReaderError]
        try:
            data = maybe_gunzip(data, path, options.max_bytes)
        except ReaderError:
            fmt = record_format(data[:HEAD], name or path, options)
            if fmt is None:
                raise
            # A gzipped corpus that is large, cut off or damaged: streamed record by record, each held to the
            # limit; the one record reader says where the stream broke and keeps the records before it.
            items = read_records(lambda: io.BytesIO(data), data[:HEAD], path, fmt, options)
        else:
            items = _document_items(data, path, options, name, url, hint, encoding, meta)
        for item in items:
            if isinstance(item, Article):
                if extra:
                    item.meta.update(extra)
                if was_gzip:
                    item.meta["gzip"] = True
            yield item
    except ReaderError as e:
        yield e
    except Exception as e:  # noqa: BLE001 - a parser bug on one document must not stop the run
        yield ReaderError(path, f"reader failed: {type(e).__name__}: {e}")


def _document_items(
    data: bytes, path: str, options: ReadOptions, name: str, url: str | None, hint: str | None,
    encoding: str | None, meta: dict[str, Any] | None,
) -> Iterator[Article | ReaderError]:
    """The reader for one document's (decompressed) bytes, chosen by its sniffed format."""
    if not data.strip():
        raise ReaderError(path, "empty document")
    fmt = _formats(data, path, options, name, hint)
    meta = dict(meta or {})
    if url and not meta.get("url"):
        meta["url"] = url
    if fmt == "text":
        return iter([read_text_bytes(data, path, options, meta, declared_encoding=encoding)])
    if fmt == "html":
        return iter([read_html_bytes(data, path, options, url=url, meta=meta)])
    if fmt == "jsonl":
        return read_jsonl_bytes(data, path, options)
    if fmt == "csv":
        return read_csv_bytes(data, path, options)
    return read_feed_bytes(data, path, options)


def read_file(path: Path, options: ReadOptions, sidecar: bool = True) -> Iterator[Article | ReaderError]:
    """Articles from one file; the size limit is checked on disk before reading."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            with path.open("rb") as f:
                head = f.read(HEAD)
            fmt = record_format(head, path.name, options)
            if fmt is None:
                yield too_large(where, size, options.max_bytes)
            else:  # a corpus of many records: the limit is per record, as for small files
                yield from read_records(lambda: path.open("rb"), head, where, fmt, options)
            return
        data = path.read_bytes()
    except OSError as e:
        yield ReaderError(where, f"cannot read file: {e.strerror or e}")
        return
    meta: dict[str, Any] = {}
    has_sidecar = sidecar and any(side.is_file() for side in sidecar_paths(path) if side != path)
    if has_sidecar and (options.fmt or sniff(data, path.name)) in _SIDECAR_FORMATS:
        try:
            meta = load_sidecar(path)
        except ReaderError as e:
            yield ReaderError(e.source, f"{e.reason} ({path.name} is read without it)")
    yield from read_bytes(data, where, options, name=path.name, meta=meta)


def is_sidecar(path: Path, siblings: set[str]) -> bool:
    """Whether a .json file holds metadata for a sibling document rather than articles."""
    if not path.name.lower().endswith(".json"):
        return False
    stem = path.name[:-5]
    return stem in siblings or any(stem + ext in siblings for ext in _SIDECAR_OWNERS)


def read_directory(root: Path, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from every file under `root` (sorted, hidden files and sidecars skipped)."""
    unreadable: list[OSError] = []  # os.walk skips a folder it cannot list; say so instead of losing its files
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append, followlinks=False):
        yield from _folder_errors(unreadable)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for link in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            # os.walk does not enter linked folders (a link may loop back); tell the user rather than drop them.
            yield ReaderError(os.path.join(dirpath, link), "a link to a folder is not followed: pass the folder itself")
        names = set(filenames)
        for fname in sorted(filenames):
            path = Path(dirpath, fname)
            if fname.startswith(".") or is_sidecar(path, names) or (options.skip and str(path.resolve()) in options.skip):
                continue
            if _special_file(path):
                # A FIFO or device in a folder would block the run or never end; a named one is still read.
                yield ReaderError(str(path), "not a regular file (a pipe, socket or device): skipped")
                continue
            yield from read_file(path, options)
    yield from _folder_errors(unreadable)


def _folder_errors(errors: list[OSError]) -> Iterator[ReaderError]:
    """One failure per folder that could not be listed, in the order they were met."""
    while errors:
        e = errors.pop(0)
        yield ReaderError(str(e.filename), f"cannot read folder: {e.strerror or e}")


def _special_file(path: Path) -> bool:
    """Whether `path` exists but is neither a regular file nor a link to one."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False  # a dangling link or a vanished file: read_file says why


def read_stream(stream: BinaryIO, options: ReadOptions, where: str = STDIN) -> Iterator[Article | ReaderError]:
    """Articles from a byte stream (stdin), read up to the size limit and sniffed like a file."""
    try:
        data = stream.read(options.max_bytes + 1)
    except OSError as e:
        yield ReaderError(where, f"cannot read: {e}")
        return
    if len(data) > options.max_bytes:
        if record_format(data[:HEAD], "", options) == "jsonl":
            # JSON Lines piped in: go on line by line from what was read (stdin cannot be read twice, so CSV cannot).
            rest = io.BufferedReader(ChainedStream(data, stream))  # type: ignore[arg-type]
            yield from read_records(lambda: rest, data[:HEAD], where, "jsonl", options, reopenable=False)
            return
        yield too_large(where, len(data), options.max_bytes, at_least=True)
        return
    yield from read_bytes(data, where, options, name="")


class ChainedStream(io.RawIOBase):
    """Bytes already read, then the rest of the stream they came from."""

    def __init__(self, first: bytes, rest: BinaryIO):
        self._first, self._rest = io.BytesIO(first), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        n = self._first.readinto(buf)
        return n if n else self._rest.readinto(buf) if hasattr(self._rest, "readinto") else 0


def read_path(source: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from a file, a directory, or stdin ('-')."""
    if source == "-":
        yield from read_stream(sys.stdin.buffer, options)
        return
    path = Path(source)
    if path.is_dir():
        yield from read_directory(path, options)
    elif path.exists():
        yield from read_file(path, options)
    elif _SCHEME.match(source):  # "ftp://..." or "s3://...": a URL eventwire does not fetch, not a missing file
        yield ReaderError(source, f"unsupported URL scheme {source.split(':', 1)[0]!r}: only http and https "
                                  "URLs are fetched (download it and pass the file)")
    else:
        yield ReaderError(source, "no such file or directory")
