"""Record files (JSON Lines, CSV) over --max-bytes: streamed record by record, the limit applying to each record."""

from __future__ import annotations

import gzip
import io
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterator
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
# Records of a damaged gzip source dropped before its first unreadable one (the damage starts before it shows).
LAG = 4
# Characters of records held back after the first that looks damaged, waiting for the stream to say whether it is;
# past this, a source that can be opened again is checked whole, one that cannot (stdin) is taken as sound.
HOLD = 1 << 24
Opener = Callable[[], IO[bytes]]


def unzipped_head(head: bytes) -> bytes:
    """The first decompressed bytes of gzip data, up to any damage (`head` unchanged when it is not gzip)."""
    if head[:2] != GZIP_MAGIC:
        return head
    d, out = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS), b""
    # Fed in steps, so a damaged stream still gives what it decoded before zlib stopped (a cut one does too).
    for at in range(0, len(head), 512):
        try:
            out += d.decompress(head[at : at + 512], HEAD - len(out))
        except zlib.error:
            break
        if len(out) >= HEAD or d.eof:
            break
    return out


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


def read_records(open_bytes: Opener, head: bytes, where: str, fmt: str, options: ReadOptions,
                 reopenable: bool = True) -> Iterator[Article | ReaderError]:
    """Articles of a large JSON Lines or CSV source; `open_bytes` gives its (maybe gzipped) bytes from the start
    (each call anew, unless not `reopenable`: stdin)."""
    gzipped = head[:2] == GZIP_MAGIC
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
    items = _records(open_bytes, head, where, fmt, options, encoding)
    if not gzipped:
        yield from items
        return
    yield from _checked(items, where, open_bytes if reopenable else None)


def _gzip_damage(open_bytes: Opener) -> str | None:
    """Why a gzip source fails its checks (zlib's reason), or None when it is sound or only cut off."""
    with open_bytes() as raw:
        d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            while chunk := raw.read(1 << 16):
                while chunk:
                    if d.eof:  # another gzip member follows, or trailing bytes the record reader judges
                        if chunk[:2] != GZIP_MAGIC:
                            return None
                        d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
                    d.decompress(chunk, 1 << 20)  # output is dropped: only the checks matter
                    chunk = d.unconsumed_tail or d.unused_data
        except zlib.error as e:
            return str(e)
    return None


Records = Generator[Article | ReaderError, None, None]


def _checked(items: Records, where: str, reopen: Opener | None) -> Iterator[Article | ReaderError]:
    """A gzip stream's records and how it broke, in one pass: a cut keeps every record before it; damage stops at
    its first sign.

    Deflate garbles its output from the damage on, and zlib notices it late (often only at the end-of-stream check):
    the last LAG records always wait, and from the first unreadable record or replaced character on every record
    waits, until the stream ends (a sound source with a bad record: all are kept) or fails (the waiting ones go).
    """
    kept, held, watch, damage = 0, 0, True, None
    pending = deque[Article | ReaderError]()
    try:
        for item in items:
            pending.append(item)
            if watch and (held or _looks_damaged(item)):
                held += len(item.text) + 1 if isinstance(item, Article) else 1
                if held <= HOLD:
                    continue
                # Too much to hold: check the whole source (a second pass, only here) or, on stdin, go on as sound.
                watch, damage = False, _gzip_damage(reopen) if reopen else None
                if damage:
                    pending.clear()
                    break
            while len(pending) > LAG:
                out = pending.popleft()
                kept += isinstance(out, Article)
                yield out
    except EOFError:  # a cut stream: everything decoded before the cut is sound
        kept += sum(isinstance(i, Article) for i in pending)
        yield from pending
        yield ReaderError(where, f"{TRUNCATED}; the records before the cut were read, the cut-off one was not")
        return
    except (zlib.error, gzip.BadGzipFile) as e:  # the damage shows: what waits is dropped
        damage = str(e)
    finally:
        items.close()
    if damage:
        yield ReaderError(where, f"corrupt gzip data: {damage}; the {kept} records read before the damage showed were "
                                 "kept, the rest were not (damage can change a record without making it unreadable: "
                                 "fetch the file again)")
        return
    yield from pending  # the stream ended sound: a record that looked damaged was only a bad one


def _looks_damaged(item: Article | ReaderError) -> bool:
    return isinstance(item, ReaderError) or "\ufffd" in item.text or "\ufffd" in (item.title or "")


def _records(open_bytes: Opener, head: bytes, where: str, fmt: str, options: ReadOptions,
             encoding: str) -> Records:
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
