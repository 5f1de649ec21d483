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
