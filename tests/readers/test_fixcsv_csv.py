"""Rows over --max-bytes are skipped to their real end by each reader; closed quotes are not "left open" (review s20-c)."""

from __future__ import annotations

import csv
import io

import pytest
from readers_support import read_all

from eventwire.model import Article
from eventwire.readers import ReadOptions, read_sources
from eventwire.readers.csvrows import RowLines

PARA = "Shelling hit the eastern suburbs overnight and crews worked until dawn, officials said.\n"


def test_a_closed_multiline_cell_over_the_limit_is_refused_whole_and_its_lines_are_not_rows(tmp_path):
    # Over csv's 131,072-character floor, its tail paragraphs were read as 421 articles, each named by its own text.
    cell = PARA * 1_600  # about 140,000 characters on 1,600 lines, properly closed
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nok1,Drones struck Odesa.\nbig,"{cell}"\nok2,Missiles hit Lviv.\n', encoding="utf-8")
    arts, [err] = read_all(path, max_bytes=150_000 - 20_000)
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert err.source.endswith("#line=3") and err.reason == (
        "document is over the 0.1 MB limit (--max-bytes): its quoted cell runs from line 3 to line 1603; reading goes "
        "on at line 1604")


def test_a_long_first_line_whose_quoted_cell_goes_on_is_skipped_to_the_closing_quote(tmp_path):
    # The parser stopped inside the cell and went on at its next line, which became a row of its own.
    path = tmp_path / "desk.csv"
    path.write_text('id,text\nbig,"' + "x " * 80_000 + '\nthe end of the story, officials said."\nok1,Drones struck '
                    "Odesa.\n", encoding="utf-8")
    arts, [err] = read_all(path, max_bytes=2_000)
    assert [a.id for a in arts] == ["ok1"]
    assert err.source.endswith("#line=2") and "its quoted cell runs from line 2 to line 3;" in err.reason


def test_the_parser_is_given_no_more_of_a_row_than_the_limit():
    # The parser held a quote left open up to its cell limit, a process-wide value other readers changed.
    lines = list(RowLines(io.StringIO('big,"' + PARA * 5_000, newline=""), 2_000, csv.excel, "t.csv"))
    assert sum(map(len, lines)) <= 2_000 + 2 and lines[-1] == '"\n'


@pytest.mark.parametrize("big", [
    'b1,"' + 'with ""doubled"" quotes, and commas\n' * 60 + 'end."\n',
    'b2,"' + "text\n" * 600 + 'end"tail, "more\n',  # the quote after a space is a character: the row ends here
    'b3,"' + "x\n" * 1_200 + 'end","next cell\nspans"\n',  # a second quoted cell, over two lines
    "b4," + "y" * 3_000 + ' 5" of rain\n',  # a quote inside an unquoted cell is a character
    'b5,"' + "z" * 3_000 + '""\nstill quoted"\n',  # a doubled quote at a line end keeps the cell open
    'b6,"' + "line\r\n" * 600 + 'end"\r\n',  # Windows line ends
])
def test_a_skipped_row_ends_where_csv_ends_it(big):
    text = f'r1,"One"\n{big}r2,"Two, ""2"""\nstill quoted\nr3,Three\n'
    lines = RowLines(io.StringIO(text, newline=""), 2_000, csv.excel, "t.csv")
    reader, rows = csv.reader(lines), []
    while True:
        lines.next_row()
        row = next(reader, None)
        if row is None:
            break
        rows.append("skipped" if lines.skipped else row)
    assert rows == ["skipped" if len("".join(r)) > 2_000 else r for r in csv.reader(io.StringIO(text, newline=""))]


def test_readers_with_other_limits_do_not_change_each_others(tmp_path):
    # csv.field_size_limit is process-wide: reader B's 2,000 bytes made A refuse a 0.15 MB row under its 0.2 MB.
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text('id,text\na1,"Drones struck Odesa."\na2,"' + PARA * 1_700 + '"\n', encoding="utf-8")
    b.write_text('id,text\nb1,"Drones struck Kharkiv."\n', encoding="utf-8")
    first = read_sources([str(a)], ReadOptions(max_bytes=200_000))
    assert next(first).id == "a1"
    assert [x.id for x in read_sources([str(b)], ReadOptions(max_bytes=2_000))] == ["b1"]
    [rest] = list(first)
    assert isinstance(rest, Article) and rest.id == "a2"


@pytest.mark.parametrize("row", [
    # A later line with header-many cells, but prose: its first cell is not shaped like an id, and no date.
    'm1,"Shelling hit Kharkiv on Monday.\nTwo people were killed, officials said, and power was cut."\n',
    # A closed cell that ends in a line break: it does not run on to the end of the file.
    'm1,"Shelling hit Kharkiv, officials said.\n"\n',
])
def test_a_short_row_with_a_closed_multiline_cell_is_read(tmp_path, row):
    path = tmp_path / "desk.csv"
    path.write_text(f"id,text,published\n{row}m2,Drones struck Odesa.,2025-06-03\n", encoding="utf-8")
    arts, errs = read_all(path)
    assert errs == [] and [a.id for a in arts] == ["m1", "m2"]


def test_a_swallowed_row_is_still_named_by_its_date_when_ids_look_like_prose(tmp_path):
    # Titles come first: "Sumy strike" has no id shape, but its date column holds a date, so it is a row.
    path = tmp_path / "desk.csv"
    path.write_text('title,text,date\nKharkiv,"Shelling hit Kharkiv.",2025-06-02\nOdesa,"Drones struck Odesa.\n'
                    "Sumy strike,Missiles hit Sumy.,2025-06-04\nLviv,Missiles hit Lviv.\"\n"
                    'Kyiv,"Drones hit Kyiv.",2025-06-06\n', encoding="utf-8")
    arts, [err] = read_all(path)
    assert [a.title for a in arts] == ["Kharkiv", "Kyiv"] and err.source.endswith("#line=3")
    assert "a quoted cell runs on to line 5: a quote left open" in err.reason
