"""CSV/TSV files: a text column plus optional id/title/url/source/published (names in readers.fields)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import TextIO

from eventwire.errors import DocumentTooLarge, ReaderError
from eventwire.model import Article
from eventwire.readers.common import too_large
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


def _swallows_rows(row: list[str], n_columns: int, dialect: type[csv.Dialect] | csv.Dialect) -> bool:
    """Whether a cell that runs over lines holds rows of its own (a later line has the header's cells) or the rest."""
    for cell in row:
        if "\n" not in cell:
            continue
        if cell.endswith("\n"):  # a closed cell ends at its quote: one left open runs on to the end of the file
            return True
        for line in cell.split("\n")[1:]:
            try:
                if len(next(csv.reader([line.rstrip("\r")], dialect), [])) == n_columns:
                    return True
            except csv.Error:
                continue
    return False


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
    # A cell of more characters than --max-bytes is surely over it: the parser stops there instead of holding a
    # quote left open and the rest of the file in memory (307 MB took 1.8 GB); the row is refused below and reading
    # goes on at the next line. The limit is global: never under csv's default of 131,072, which other readers
    # expect; 2**31 - 1 fits a C long everywhere.
    csv.field_size_limit(min(max(options.max_bytes + 1, 131_072), 2**31 - 1))
    last = [""]  # the line the parser read last: it sizes a one-line row that passed the cell limit

    def lines() -> Iterator[str]:
        for line in open_text():
            last[0] = line
            yield line

    reader = csv.reader(lines(), dialect)
    try:
        header = next(reader)
    except csv.Error as e:
        yield ReaderError(path, f"malformed CSV: {e}")
        return
    columns = [h.strip().strip("\ufeff") for h in header]
    text_key = options.fields.get("text")
    has_text = text_key in columns if text_key else any(ALIASES.get(c.lower()) == "text" for c in columns)
    if text_key and text_key.isdigit() and 1 <= int(text_key) <= len(header):
        # Column numbers, 1 first (e.g. AG News, which has no header: its first row, "3","Fears for ...", is data).
        named = any(ALIASES.get(c.lower()) for c in columns)
        columns, line_of_row = [str(i) for i in range(1, len(header) + 1)], reader.line_num + 1
        if not named:
            reader, line_of_row = csv.reader(lines(), dialect), 1
    elif has_text:
        line_of_row = reader.line_num + 1
    elif len(header) == 1:
        # A one-column file without a header: every row is one text.
        columns, line_of_row = [text_key or "text"], 1
        reader = csv.reader(lines(), dialect)
    else:
        yield ReaderError(path, f"CSV has no {text_key!r} column" if text_key else
                          "CSV has no 'text' column (header needs one of: text, body, content, ...; "
                          "name another with --field text=COLUMN)")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            if not str(e).startswith("field larger than field limit"):
                yield ReaderError(f"{path}#line={reader.line_num}", f"malformed CSV row: {e}; the rows after it "
                                                                    "were not read")
                break
            # The parser dropped the rest of the line: only this row is lost, and the next line starts a row.
            yield _over_limit(path, line_of_row, reader.line_num, last[0], options.max_bytes)
            line_of_row = reader.line_num + 1
            continue
        where, row_start = f"{path}#line={line_of_row}", line_of_row
        line_of_row = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if any(cell.strip() for cell in row[len(columns):]):
            # zip would drop the extra cells: the text cut at an unquoted comma and the date taken from its middle.
            yield ReaderError(where, f"row has {len(row)} cells but the header has {len(columns)}: quote cells "
                                     "that hold the delimiter (a comma in the text?)")
            continue
        if len(row) < len(columns) and reader.line_num > row_start and _swallows_rows(row, len(columns), dialect):
            # A quote left open swallows the next lines into one cell: those rows were read as text, or lost.
            yield ReaderError(where, f"row has {len(row)} cells but the header has {len(columns)}, and a quoted "
                                     f"cell runs on to line {reader.line_num}: a quote left open (\"\" inside a "
                                     "quoted cell is a quote) joined the rows after it")
            continue
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


def _over_limit(path: str, first: int, last: int, line: str, limit: int) -> DocumentTooLarge:
    """The error for a row whose cell passed the parser's limit: its size if on one line, else the open quote."""
    if last == first:
        return too_large(f"{path}#line={first}", len(line) if line.isascii() else len(line.encode(errors="replace")),
                         limit)
    err = too_large(f"{path}#line={first}", limit + 1, limit, at_least=True)
    return DocumentTooLarge(err.source, f"{err.reason}: a quoted cell runs on from line {first} to line {last}, "
                                        f"so a quote was likely left open (\"\" inside a quoted cell is a quote) "
                                        f"and joined the rows after it; reading goes on at line {last + 1}")
