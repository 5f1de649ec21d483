"""JSON Lines and CSV readers: one Article per record, a ReaderError per bad record."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from readers_support import read_all


def test_jsonl_with_bad_lines(tmp_path):
    p = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "A drone hit Kyiv.", "title": "Kyiv hit", "url": "https://e.org/1",
                    "source": "Wire", "published": "2025-06-06"}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Shelling in Kherson.", "published": "2025-06-05T10:00:00Z"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        json.dumps({"text": "Odd date.", "published": "sometime"}),
        '{"text": "cut off',
    ]
    p.write_text("\n".join(lines) + "\n")
    arts, errs = read_all(p, published=date(2025, 1, 1))
    assert [a.id for a in arts[:1]] == ["a1"]
    first, second, third = arts
    assert (first.title, first.url, first.source, first.published) == (
        "Kyiv hit", "https://e.org/1", "Wire", date(2025, 6, 6))
    assert first.meta["path"] == f"{p}#line=1"
    assert second.published == datetime(2025, 6, 5, 10, 0, tzinfo=timezone.utc)
    assert second.id.startswith("art_") and second.meta["path"] == f"{p}#line=5"
    assert third.published == date(2025, 1, 1) and third.meta["published_invalid"] == "sometime"
    assert [(e.source.rsplit("#", 1)[1], e.reason) for e in errs] == [
        ("line=2", "invalid JSON: Expecting property name enclosed in double quotes at column 2"),
        ("line=4", "missing 'text' field (or body/content/doc_text/...; name another with --field text=KEY)"),
        ("line=6", "expected a JSON object, got list"),
        ("line=7", "'text' must be a string, got int"),
        ("line=9", "invalid JSON: Unterminated string starting at column 10"),  # not "starting at at column"
    ]


def test_json_array(tmp_path):
    p = tmp_path / "arr.json"
    p.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]))
    arts, errs = read_all(p)
    assert [a.text for a in arts] == ["One.", "Two."] and errs == []
    assert arts[1].meta["path"] == f"{p}#item=1"


def test_csv_with_header_aliases(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('headline,body,date,link\n'
                 '"Kyiv hit","A drone hit Kyiv, officials said.\nTwo were hurt.",2025-06-06,https://e.org/1\n'
                 '"Empty row","",2025-06-06,\n'
                 '"Kherson","Shelling in Kherson.",,\n', encoding="utf-8")
    arts, errs = read_all(p, source="CSV Wire")
    assert [a.title for a in arts] == ["Kyiv hit", "Kherson"]
    assert arts[0].text == "Kyiv hit\n\nA drone hit Kyiv, officials said.\nTwo were hurt."  # headline first
    assert arts[0].published == date(2025, 6, 6) and arts[0].url == "https://e.org/1"
    assert arts[0].source == "CSV Wire"
    # Row line numbers count physical lines (the first record spans two).
    assert [a.meta["path"].rsplit("#", 1)[1] for a in arts] == ["line=2", "line=5"]
    assert [(e.source.rsplit("#", 1)[1], e.reason) for e in errs] == [("line=4", "empty document")]


def test_tsv_and_semicolon(tmp_path):
    (tmp_path / "a.tsv").write_text("id\ttext\nx1\tA strike in Sumy.\n")
    (tmp_path / "b.csv").write_text("text;title\nA strike in Izium.;Izium\n")
    arts, errs = read_all(tmp_path / "a.tsv", tmp_path / "b.csv")
    assert errs == []
    assert [(a.id, a.text) for a in arts][0] == ("x1", "A strike in Sumy.")
    assert (arts[1].text, arts[1].title) == ("Izium\n\nA strike in Izium.", "Izium")


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n")
    arts, [e] = read_all(p)
    assert arts == [] and "no 'text' column" in e.reason


def test_a_broken_json_file_names_where_it_breaks_in_plain_words(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text('[{"text": "One."},\n {"text": "unterminated')
    arts, errs = read_all(p)
    assert arts == [] and [e.reason for e in errs] == [
        "invalid JSON: Unterminated string starting at line 2 column 11"]


def test_csv_cells_with_doubled_quotes_keep_their_columns(tmp_path):
    """The dialect was sniffed from the header alone (doublequote=False): 'said ""no""' split a cell and every
    later column shifted (171 AG News rows, about 600 UCDP GED rows read with the wrong text or date)."""
    f = tmp_path / "quoted.csv"
    f.write_text('"title","text","published"\n'
                 '"Strike on Kharkiv","The governor said ""two were killed"", and more later.","2025-06-03"\n'
                 '"Kherson","Shelling hit Kherson.","2025-06-02"\n', encoding="utf-8")
    arts, errs = read_all(f)
    assert errs == [] and [(a.title, str(a.published)) for a in arts] == [
        ("Strike on Kharkiv", "2025-06-03"), ("Kherson", "2025-06-02")]
    assert arts[0].text.endswith('The governor said "two were killed", and more later.')


def test_a_csv_row_with_more_cells_than_its_header_fails_instead_of_losing_them(tmp_path):
    """An unquoted comma in the text cut it there, and the date was read from the text's middle."""
    f = tmp_path / "loose.csv"
    f.write_text("title,text,published\n"
                 "Strike,Drones hit Kharkiv, killing two, officials said.,2025-06-03\n"
                 "Kherson,Shelling hit Kherson.,2025-06-02,\n", encoding="utf-8")  # a trailing empty cell is fine
    arts, errs = read_all(f)
    assert [(a.title, str(a.published)) for a in arts] == [("Kherson", "2025-06-02")]
    assert [(e.source, e.reason) for e in errs] == [(
        f"{f}#line=2", "row has 5 cells but the header has 3: quote cells that hold the delimiter (a comma in the text?)")]


def test_written_dates_are_read_and_ambiguous_ones_are_kept_visible(tmp_path):
    """'June 6, 2025' and epoch seconds were unparseable: every event of such a file lost its date."""
    rows = [("June 6, 2025", date(2025, 6, 6)), ("Fri, 6 Jun 2025", date(2025, 6, 6)),
            ("6th June 2025", date(2025, 6, 6)), ("Sept. 6, 2025", date(2025, 9, 6)),
            ("2025/06/06", date(2025, 6, 6)), ("1749204000", date(2025, 6, 6)),
            ("06/07/2025", None), ("June 31, 2025", None), ("Junk 6, 2025", None)]
    f = tmp_path / "dated.jsonl"
    f.write_text("".join(json.dumps({"id": str(i), "text": "Shelling hit Kherson.", "published": raw}) + "\n"
                         for i, (raw, _) in enumerate(rows)), encoding="utf-8")
    arts, errs = read_all(f)
    assert errs == []
    got = [(a.published.date() if isinstance(a.published, datetime) else a.published) for a in arts]
    assert got == [want for _, want in rows]
    # Day and month in an unknown order stay unparsed, and the value stays in meta for a person to see.
    assert arts[6].meta["published_invalid"] == "06/07/2025"


def test_an_api_dump_is_read_record_by_record_with_its_outlet_and_date(tmp_path):
    """NewsAPI's {"status", "articles": [...]} was one failure ("missing 'text' field"); its publishedAt and its
    {"id", "name"} source object were not read either."""
    dump = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": "wire", "name": "Example Wire"}, "title": "Strike on Kharkiv",
         "content": "Russian drones struck Kharkiv on Tuesday, killing two people.",
         "publishedAt": "2025-06-03T08:00:00Z"},
        {"source": {"id": None, "name": "Other Wire"}, "title": "Kherson",
         "content": "Shelling hit Kherson on Monday.", "pubDate": "Mon, 02 Jun 2025 09:00:00 GMT"}]}
    (tmp_path / "line.json").write_text(json.dumps(dump) + "\n", encoding="utf-8")
    (tmp_path / "pretty.json").write_text(json.dumps(dump, indent=2), encoding="utf-8")
    arts, errs = read_all(tmp_path)
    assert errs == []
    assert [(a.meta["path"].rsplit("/", 1)[-1], a.source, a.published.date()) for a in arts] == [
        ("line.json#line=1&articles=0", "Example Wire", date(2025, 6, 3)),
        ("line.json#line=1&articles=1", "Other Wire", date(2025, 6, 2)),
        ("pretty.json#articles=0", "Example Wire", date(2025, 6, 3)),
        ("pretty.json#articles=1", "Other Wire", date(2025, 6, 2))]
