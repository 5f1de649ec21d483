"""CSV/TSV files: a text column plus optional id/title/url/source/published (names in readers.fields)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import TextIO

from eventwire.errors import ReaderError
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
    # No cell limit in the parser: a cell over it raised mid-row and every later row was lost. Rows over
    # --max-bytes are refused one by one below, as JSON Lines records are (2**31 - 1 fits a C long everywhere).
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(open_text(), dialect)
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
            reader, line_of_row = csv.reader(open_text(), dialect), 1
    elif has_text:
        line_of_row = reader.line_num + 1
    elif len(header) == 1:
        # A one-column file without a header: every row is one text.
        columns, line_of_row = [text_key or "text"], 1
        reader = csv.reader(open_text(), dialect)
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
            yield ReaderError(f"{path}#line={reader.line_num}", f"malformed CSV row: {e}; the rows after it were "
                                                                "not read")
            break
        where, row_start = f"{path}#line={line_of_row}", line_of_row
        line_of_row = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if any(cell.strip() for cell in row[len(columns):]):
            # zip would drop the extra cells: the text cut at an unquoted comma and the date taken from its middle.
            yield ReaderError(where, f"row has {len(row)} cells but the header has {len(columns)}: quote cells "
                                     "that hold the delimiter (a comma in the text?)")
            continue
        if len(row) < len(columns) and reader.line_num > row_start:
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
