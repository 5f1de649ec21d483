"""A quote left open in a CSV's last column swallowed every later row: that row is refused, the rest read again."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers import read_source
from eventwire.readers.options import ReadOptions

ROWS = ("id,text\n"
        "1,\"Gunmen killed two villagers near Kano on Monday, police said.\"\n"
        "2,\"A stray quote opens this cell and never closes it.\n"
        "3,Shelling hit Sumy on Friday and killed one man.\n"
        "4,A drone struck Odesa on Sunday and injured four people.\n")


def _read(tmp_path: Path, text: str) -> list[Article | ReaderError]:
    path = tmp_path / "corpus.csv"
    path.write_text(text, encoding="utf-8")
    return list(read_source(str(path), ReadOptions()))


def test_open_quote_in_last_column_is_a_failure_naming_its_line(tmp_path: Path) -> None:
    items = _read(tmp_path, ROWS)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ReaderError)]
    assert [a.id for a in articles] == ["1", "3", "4"]  # the rows before and after are kept
    assert len(errors) == 1 and errors[0].source.endswith("#line=3")
    assert "quote left open" in errors[0].reason and "end of the file (line 5)" in errors[0].reason
    assert [a.meta["path"].rsplit("=", 1)[1] for a in articles] == ["2", "4", "5"]  # the file's own line numbers


def test_cut_off_last_row_is_a_failure(tmp_path: Path) -> None:
    items = _read(tmp_path, ROWS.split("3,", 1)[0].replace("2,\"A stray", "2,\"A cut"))
    assert [type(i).__name__ for i in items] == ["Article", "ReaderError"]


def test_closed_quotes_over_lines_are_one_good_row(tmp_path: Path) -> None:
    items = _read(tmp_path, "id,text\n1,\"Shelling hit Sumy on Friday.\nOne man was killed.\"\n2,A drone hit Odesa.\n")
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "2"]
    assert not [i for i in items if isinstance(i, ReaderError)]
