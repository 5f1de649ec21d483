"""CSV rows over --max-bytes are refused one by one; the rows after them are still read (session-20 audit)."""

from __future__ import annotations

from readers_support import read_all

LIMIT = 2_000
ROW = 'r{0},"Shelling hit Kharkiv on Tuesday, killing {0} people, officials said."\n'


def test_a_csv_cell_far_over_the_limit_loses_no_later_row(tmp_path):
    # 200 KB is over both --max-bytes and the old parser cell limit (131,072): the rows after it were never read.
    body = ROW.format(1) + 'big,"' + "x " * 100_000 + '"\n' + "".join(ROW.format(i) for i in range(2, 40))
    path = tmp_path / "corpus.csv"
    path.write_text("id,text\n" + body, encoding="utf-8")
    arts, errs = read_all(path, max_bytes=LIMIT)
    assert [a.id for a in arts] == [f"r{i}" for i in range(1, 40)]
    assert [(e.source.rsplit("#", 1)[1], e.reason) for e in errs] == [
        ("line=3", "document is 0.2 MB, over the 2,000 bytes limit (--max-bytes)")]


def test_a_csv_row_over_the_limit_but_under_the_parser_limit_is_refused_alone(tmp_path):
    # 50 KB: under the old cell limit, so it was read whole although over --max-bytes.
    body = ROW.format(1) + 'mid,"' + "y " * 25_000 + '"\n' + "".join(ROW.format(i) for i in range(2, 30))
    path = tmp_path / "corpus.csv"
    path.write_text("id,text\n" + body, encoding="utf-8")
    arts, errs = read_all(path, max_bytes=LIMIT)
    assert "mid" not in [a.id for a in arts] and len(arts) == 29
    assert [e.source.rsplit("#", 1)[1] for e in errs] == ["line=3"]
    assert errs[0].reason.endswith("over the 2,000 bytes limit (--max-bytes)")


def test_a_quote_left_open_is_named_not_reported_as_a_missing_text(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text('id,title,text\nq1,One,"Shelling hit Kharkiv on Monday."\nq2,"Two,Shelling hit Sumy.\n'
                    'q3,Three,"Drones struck Odesa on Wednesday."\nq4,Four,"Missiles hit Lviv."\n', encoding="utf-8")
    arts, [err] = read_all(path)
    assert [a.id for a in arts] == ["q1", "q4"]
    # It said "missing 'text' field" for q2, and nothing named q3, joined to it.
    assert err.source.endswith("#line=3") and err.reason == (
        'row has 2 cells but the header has 3, and a quoted cell runs on to line 4: a quote left open ("" inside a '
        "quoted cell is a quote) joined the rows after it")


def test_a_multiline_quoted_text_in_a_full_row_is_still_read(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text('id,text,published\nm1,"Shelling hit Kharkiv.\nTwo people were killed.",2025-06-03\n',
                    encoding="utf-8")
    [art], errs = read_all(path)
    assert errs == [] and art.text.endswith("Two people were killed.") and str(art.published) == "2025-06-03"
