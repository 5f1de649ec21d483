"""Record files (JSON Lines, CSV) over --max-bytes: streamed record by record, the limit applying to each record."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import IO

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import GZIP_MAGIC, TRUNCATED, too_large
from eventwire.readers.csvfile import read_csv_text
from eventwire.readers.decode import bom_encoding, decode_bytes
from eventwire.readers.jsonl import line_records
from eventwire.readers.options import ReadOptions
from eventwire.readers.sniff import sniff

HEAD = 65536
Opener = Callable[[], IO[bytes]]


def unzipped_head(head: bytes) -> bytes:
    """The first decompressed bytes of gzip data (`head` unchanged when it is not gzip)."""
    if head[:2] != GZIP_MAGIC:
        return head
    try:
        return gzip.GzipFile(fileobj=io.BytesIO(head)).read1(HEAD)
    except (OSError, EOFError):
        return b""


def record_format(head: bytes, name: str, options: ReadOptions) -> str | None:
    """'jsonl' or 'csv' when a source starting with `head` holds one record a line (so it can be streamed)."""
    head = unzipped_head(head)
    if not head:
        return None
    fmt = options.fmt or sniff(head, name)
    if fmt == "jsonl" and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{") and not _one_line_record(head):
        return None  # a JSON array or one pretty-printed object: nothing can be read before the whole document
    return fmt if fmt in ("jsonl", "csv") else None


def _one_line_record(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    return first.startswith(b"{") and first.endswith(b"}")


def read_records(open_bytes: Opener, head: bytes, where: str, fmt: str,
                 options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles of a large JSON Lines or CSV source; `open_bytes` gives its (maybe gzipped) bytes from the start."""
    head = unzipped_head(head)
    try:
        # One encoding for the whole source, judged on its head cut at a line end (not inside a letter).
        bom = bom_encoding(head)
        encoding = bom or decode_bytes(head[: head.rfind(b"\n") + 1] or head, where).encoding
    except ReaderError as e:
        yield e
        return
    # Codecs that consume a byte-order mark: "utf-16-le" kept it as U+FEFF, and line 1 failed as "invalid JSON".
    encoding = "utf-8-sig" if encoding == "utf-8" else encoding[:6] if bom else encoding
    try:
        yield from _records(open_bytes, head, where, fmt, options, encoding)
    except EOFError:  # gzip's cut-off stream: the records before the cut were yielded
        yield ReaderError(where, f"{TRUNCATED}; the records before the cut were read, the cut-off one was not")


def _records(open_bytes: Opener, head: bytes, where: str, fmt: str, options: ReadOptions,
             encoding: str) -> Iterator[Article | ReaderError]:
    with ExitStack() as stack:

        def open_text() -> io.TextIOWrapper:
            raw: IO[bytes] = stack.enter_context(open_bytes())
            if _is_gzip(raw):
                raw = stack.enter_context(gzip.GzipFile(fileobj=raw))  # type: ignore[arg-type]
            return stack.enter_context(io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline=""))

        if fmt == "csv":
            first = head.decode(encoding, errors="replace").lstrip("\ufeff").split("\n", 1)[0]
            yield from read_csv_text(open_text, first, where, options)
            return
        for n, line in enumerate(open_text(), start=1):
            if len(line) > options.max_bytes:  # one record over the limit is refused alone; the others go on
                yield too_large(f"{where}#line={n}", len(line.encode(encoding, errors="replace")), options.max_bytes)
            elif line.strip():
                yield from line_records(line, f"{where}#line={n}", options)


def _is_gzip(raw: IO[bytes]) -> bool:
    peek = getattr(raw, "peek", None)
    if peek is not None:  # a file or stdin: look without consuming
        return bool(peek(2)[:2] == GZIP_MAGIC)
    start = raw.tell()  # bytes in memory
    magic = raw.read(2)
    raw.seek(start)
    return magic == GZIP_MAGIC
