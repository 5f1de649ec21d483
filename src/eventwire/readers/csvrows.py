"""The lines of a CSV text for csv.reader, each row held to --max-bytes by the reader that reads it."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from eventwire.errors import DocumentTooLarge
from eventwire.readers.common import too_large

# The states of csv's C parser that decide where a row ends (excel dialect: no escape character, "" is a quote).
_START, _FIELD, _QUOTED, _QUOTE_IN_QUOTED = range(4)
# After a quote, a delimiter, or other text, in each state: the parser's transitions, so a skipped row ends where
# csv.reader would have ended it.
_ON_QUOTE = {_START: _QUOTED, _FIELD: _FIELD, _QUOTED: _QUOTE_IN_QUOTED, _QUOTE_IN_QUOTED: _QUOTED}
_ON_DELIMITER = {_START: _START, _FIELD: _START, _QUOTED: _QUOTED, _QUOTE_IN_QUOTED: _START}
_ON_TEXT = {_START: _FIELD, _FIELD: _FIELD, _QUOTED: _QUOTED, _QUOTE_IN_QUOTED: _FIELD}


class RowLines:
    """Lines for csv.reader; a row longer than `limit` characters is skipped to its end instead of parsed.

    The count is this reader's own: csv.field_size_limit is process-wide, so another reader (a thread, a second
    generator) with another --max-bytes changed this one's limit (review s20-c D2).
    """

    def __init__(self, stream: Iterable[str], limit: int, dialect: type[csv.Dialect] | csv.Dialect,
                 source: str) -> None:
        self.stream, self.limit, self.source = iter(stream), limit, source
        self.quote, self.delimiter = dialect.quotechar or '"', dialect.delimiter
        self.marks = re.compile(f"[{re.escape(self.quote + self.delimiter)}]")  # once a file, not a line
        self.line = 0  # lines read so far
        self.first = 1  # the current row's first line
        self.size = 0  # characters of the current row so far
        self.eof = False  # the stream ended inside a row: a quote left open ran on to the end
        self.skipped: DocumentTooLarge | None = None  # the current row, refused unparsed
        self.open_to_end = False  # ... because its quote never closed: nothing after it can be read

    def next_row(self) -> None:
        """Start counting a new row (csv.reader reads no line ahead, so it starts at the next line)."""
        self.first, self.size, self.skipped = self.line + 1, 0, None

    def __iter__(self) -> Iterator[str]:
        limit = self.limit
        for line in self.stream:
            self.line += 1
            self.size += len(line)
            if self.size > limit and self.size - _break_length(line) > limit:
                yield self._skip(line)
                if self.open_to_end:
                    return
            else:
                yield line
        self.eof = True

    def _skip(self, line: str) -> str:
        """Read on to the row's last line, note the refusal, and give csv.reader a line that ends the row."""
        fed = self.line > self.first  # the row's earlier lines went to the parser: it is inside a quoted cell
        state = self._state_after(line, _QUOTED if fed else _START)
        while state == _QUOTED:
            more = next(self.stream, None)
            if more is None:
                self.open_to_end, self.eof = True, True
                break
            self.line += 1
            if self.quote in more:  # a line with no quote leaves a quoted cell open
                state = self._state_after(more, _QUOTED)
        self.skipped = self._error(line)
        # The parser sits at a row's start, or inside a quoted cell: these close the row it holds (kept <= limit).
        return f"{self.quote}\n" if fed else "\n"

    def _state_after(self, line: str, state: int) -> int:
        """The parser's state at the end of `line` (its line break left out), from `state` at its start."""
        text = line.rstrip("\r\n")
        at = 0
        for m in self.marks.finditer(text):
            if m.start() > at:
                state = _ON_TEXT[state]
            state = _ON_QUOTE[state] if m.group() == self.quote else _ON_DELIMITER[state]
            at = m.end()
        if len(text) > at:
            state = _ON_TEXT[state]
        return state

    def _error(self, line: str) -> DocumentTooLarge:
        where = f"{self.source}#line={self.first}"
        if self.line == self.first:  # one line, all in memory: its size
            text = line[: len(line) - _break_length(line)]
            return too_large(where, len(text) if text.isascii() else len(text.encode(errors="replace")), self.limit)
        over = too_large(where, self.limit + 1, self.limit, at_least=True).reason
        if not self.open_to_end:
            return DocumentTooLarge(where, f"{over}: its quoted cell runs from line {self.first} to line "
                                           f"{self.line}; reading goes on at line {self.line + 1}")
        return DocumentTooLarge(where, f"{over}: a quoted cell runs on from line {self.first} to the end of the file "
                                       f"(line {self.line}), so a quote was likely left open (\"\" inside a quoted "
                                       f"cell is a quote); the rows after line {self.first} were not read")


def _break_length(line: str) -> int:
    """Characters of the line break that ends `line` (0, 1 or 2)."""
    return len(line) - len(line.rstrip("\r\n"))
