"""A quote left open stops at the cell limit and is named; short rows with a multi-line text are read (review s20-b)."""

from __future__ import annotations

from readers_support import read_all

ROW = "r{0},Drones struck Odesa on Wednesday and {0} people were hurt\n"


def test_a_quote_left_open_stops_at_the_cell_limit_and_reading_goes_on(tmp_path):
    # The open quote joined all 4,000 rows after it into one cell (the whole file held in memory), then said its size.
    body = 'r0,"Shelling hit Kharkiv on Monday.\n' + "".join(ROW.format(i) for i in range(1, 4_000))
    path = tmp_path / "desk.csv"
    path.write_text("id,text\n" + body, encoding="utf-8")
    arts, [err] = read_all(path, max_bytes=2_000)
    assert err.source.endswith("#line=2") and err.reason.startswith(
        "document is over the 2,000 bytes limit (--max-bytes): a quoted cell runs on from line 2 to line ")
    assert "a quote was likely left open" in err.reason and "; reading goes on at line " in err.reason
    resumed = int(err.reason.rsplit(" ", 1)[1])
    # The cell stops at 131,072 characters (csv's default limit, the floor), about 2,200 rows of 60: the rest is read.
    assert 2_000 < resumed < 2_400
    assert [a.id for a in arts] == [f"r{i}" for i in range(resumed - 2, 4_000)]


def test_a_short_row_with_a_multiline_quoted_text_is_read(tmp_path):
    # It was refused as "a quote left open": the row leaves out its date, and its text spans two lines.
    path = tmp_path / "desk.csv"
    path.write_text('id,text,published\nm1,"Shelling hit Kharkiv on Monday.\nTwo people were killed, officials '
                    'said."\nm2,"Drones struck Odesa on Wednesday, officials said.",2025-06-03\n', encoding="utf-8")
    arts, errs = read_all(path)
    assert errs == [] and [a.id for a in arts] == ["m1", "m2"]
    assert arts[0].text.endswith("officials said.") and arts[0].published is None


def test_a_quote_left_open_to_the_end_of_the_file_is_still_named(tmp_path):
    # No later line reads as a row of three cells, but the cell runs on to the end: no closing quote ended it.
    path = tmp_path / "desk.csv"
    path.write_text('id,text,published\nm1,"Shelling hit Kharkiv on Monday.",2025-06-02\nm2,"Drones struck Odesa.\n'
                    "Two people were hurt, the mayor said.\nPower was cut in the port.\n", encoding="utf-8")
    arts, [err] = read_all(path)
    assert [a.id for a in arts] == ["m1"] and err.source.endswith("#line=3")
    assert "a quote left open" in err.reason
