"""A quote left open is held to the row limit and named; short rows with a multi-line text are read (review s20-b)."""

from __future__ import annotations

from readers_support import read_all

ROW = "r{0},Drones struck Odesa on Wednesday and {0} people were hurt\n"


def test_a_quote_left_open_is_not_held_in_memory_and_stops_reading(tmp_path):
    # The open quote joined all 4,000 rows after it into one cell (the whole file held in memory), then said its size.
    # It is now skipped past --max-bytes to the end of the file, where its quote is still open (review s20-c D1):
    # the rows after it are inside the quote by csv's rules, so they are not read, and the error says so.
    body = 'r0,"Shelling hit Kharkiv on Monday.\n' + "".join(ROW.format(i) for i in range(1, 4_000))
    path = tmp_path / "desk.csv"
    path.write_text("id,text\n" + body, encoding="utf-8")
    arts, [err] = read_all(path, max_bytes=2_000)
    assert arts == [] and err.source.endswith("#line=2") and err.reason.startswith(
        "document is over the 2,000 bytes limit (--max-bytes): a quoted cell runs on from line 2 to the end of the "
        "file (line 4001), so a quote was likely left open")
    assert err.reason.endswith("; the rows after line 2 were not read")


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
