"""CSV/TSV files: a text column plus optional id/title/url/source/published (names in readers.fields)."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator
from typing import TextIO

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import parse_published, too_large
from eventwire.readers.csvrows import RowLines
from eventwire.readers.decode import decode_bytes
from eventwire.readers.fields import ALIASES
from eventwire.readers.jsonl import record_to_article
from eventwire.readers.options import ReadOptions


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    """The delimiter the header line uses, with RFC 4180 quoting ("" inside a quoted cell is a quote)."""
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel
    # From one line the sniffer cannot see doubled quotes and says doublequote=False: a later cell holding
    # 'he said ""no""' then splits in two and every column after it shifts (AG News, UCDP GED rows).

    class Sniffed(csv.excel):
        delimiter = sniffed.delimiter
        quotechar = sniffed.quotechar or '"'

    return Sniffed


# A first cell's shape: each word with a digit is "9", each other word "a" ("q3" and "r12" are "9", "reuters-7" is
# "a-9", "Two people were killed" is "a a a a"), so a swallowed line that starts like a row can be told from prose.
_NUMBERED = re.compile(r"\w*\d\w*")
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def _shape(cell: str) -> str:
    """The shape of a row's first cell (see above)."""
    return _SPACES.sub(" ", _WORD.sub("a", _NUMBERED.sub("9", cell.strip())))


def _swallows_rows(row: list[str], n_columns: int, dialect: type[csv.Dialect] | csv.Dialect, starts: set[str],
                   date_column: int | None) -> bool:
    """Whether a cell that runs over lines holds rows of its own: a later line reads as one of the file's rows.

    Such a line has the header's number of cells, and its first cell has the shape of the file's other row starts
    (`starts`) or its date column holds a date; prose with commas rarely does both.
    """
    for cell in row:
        for line in cell.split("\n")[1:]:
            try:
                cells = next(csv.reader([line.rstrip("\r")], dialect), [])
            except csv.Error:
                continue
            if len(cells) == n_columns and (
                    _shape(cells[0]) in starts
                    or (date_column is not None and parse_published(cells[date_column]) is not None)):
                return True
    return False


def _date_column(columns: list[str], options: ReadOptions) -> int | None:
    """The index of the column read as the published date, if any."""
    named = options.fields.get("published")
    for i, column in enumerate(columns):
        if column == named if named else ALIASES.get(column.lower()) == "published":
            return i
    return None


def read_csv_bytes(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from CSV rows; a row without text yields a ReaderError and reading goes on."""
    text = decode_bytes(data, path).text  # an undecodable document raises: read_bytes reports it
    if not text.strip():
        yield ReaderError(path, "empty document")
        return
    yield from read_csv_text(lambda: io.StringIO(text, newline=""), text.split("\n", 1)[0], path, options)


def read_csv_text(open_text: Callable[[], TextIO], first_line: str, path: str,
                  options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from the rows of a CSV text stream (`open_text` gives a fresh one from its start)."""
    # The sniffer only needs the header and a few rows; long article cells would slow it down.
    dialect = _dialect(first_line)
    # No cell limit in the parser: RowLines holds each row to this reader's --max-bytes before it is parsed. The
    # limit is process-wide, so every reader sets the same value (2**31 - 1 fits a C long everywhere).
    csv.field_size_limit(2**31 - 1)
    lines = RowLines(open_text(), options.max_bytes, dialect, path)
    reader = csv.reader(lines, dialect)
    try:
        header = next(reader, [])
    except csv.Error as e:
        yield ReaderError(path, f"malformed CSV: {e}")
        return
    if lines.skipped:
        yield lines.skipped
        return
    columns = [h.strip().strip("\ufeff") for h in header]
    text_key = options.fields.get("text")
    has_text = text_key in columns if text_key else any(ALIASES.get(c.lower()) == "text" for c in columns)
    numbered = bool(text_key and text_key.isdigit() and 1 <= int(text_key) <= len(header))
    if not numbered and not has_text and len(header) != 1:
        yield ReaderError(path, f"CSV has no {text_key!r} column" if text_key else
                          "CSV has no 'text' column (header needs one of: text, body, content, ...; "
                          "name another with --field text=COLUMN)")
        return
    reread = False  # the first line is a row, not a header
    if numbered:
        # Column numbers, 1 first (e.g. AG News, which has no header: its first row, "3","Fears for ...", is data).
        reread = not any(ALIASES.get(c.lower()) for c in columns)
        columns = [str(i) for i in range(1, len(header) + 1)]
    elif not has_text:
        # A one-column file without a header: every row is one text.
        reread, columns = True, [text_key or "text"]
    if reread:
        lines = RowLines(open_text(), options.max_bytes, dialect, path)
        reader = csv.reader(lines, dialect)
    date_column = _date_column(columns, options)
    before = ""  # the previous row's first cell: a row start, for _swallows_rows
    while True:
        lines.next_row()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield ReaderError(f"{path}#line={lines.line}", f"malformed CSV row: {e}; the rows after it were not read")
            break
        if lines.skipped:
            yield lines.skipped
            if lines.open_to_end:
                break
            continue
        where = f"{path}#line={lines.first}"
        if not any(cell.strip() for cell in row):
            continue
        if any(cell.strip() for cell in row[len(columns):]):
            # zip would drop the extra cells: the text cut at an unquoted comma and the date taken from its middle.
            yield ReaderError(where, f"row has {len(row)} cells but the header has {len(columns)}: quote cells "
                                     "that hold the delimiter (a comma in the text?)")
            continue
        if len(row) < len(columns) and lines.line > lines.first and (lines.eof or _swallows_rows(
                row, len(columns), dialect, {_shape(c) for c in (row[0], before) if c.strip() and "\n" not in c},
                date_column)):
            # A quote left open swallows the next lines into one cell, up to the end of the file (the parser read
            # past the last line) or to the next stray quote: those rows were read as text, or lost.
            yield ReaderError(where, f"row has {len(row)} cells but the header has {len(columns)}, and a quoted "
                                     f"cell runs on to line {lines.line}: a quote left open (\"\" inside a "
                                     "quoted cell is a quote) joined the rows after it")
            continue
        if lines.eof:
            # The quote opened in the last column never closed: the parser read on to the end of the file, so every
            # later row was swallowed into this one's text (it has the header's cells, which the check above needs).
            # The row is refused and the lines after its first are read again as rows of their own.
            yield ReaderError(where, f"a quoted cell opened on line {lines.first} runs on to the end of the file "
                                     f"(line {lines.line}): a quote left open (\"\" inside a quoted cell is a "
                                     "quote), or the file was cut off; this row is left out and the lines after "
                                     f"line {lines.first} are read again as rows")
            start = lines.first
            lines = RowLines(itertools.islice(open_text(), start, None), options.max_bytes, dialect, path)
            lines.line = start  # line numbers stay the file's
            reader = csv.reader(lines, dialect)
            continue
        before = row[0]
        size = sum(len(cell) for cell in row)
        if size * 4 > options.max_bytes:  # 4 bytes a character at most: encode only rows near the limit
            size = sum(len(cell.encode("utf-8", errors="replace")) for cell in row)
            if size > options.max_bytes:
                yield too_large(where, size, options.max_bytes)
                continue
        # Empty cells stay: an empty text cell is an "empty document", not a missing column.
        rec = dict(zip(columns, row, strict=False))
        try:
            yield record_to_article(rec, where, options, "csv")
        except ReaderError as e:
            yield e
