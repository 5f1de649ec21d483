"""Records whose text, id and date sit under other names: built-in aliases and --field FIELD=KEY."""

from __future__ import annotations

import json
from datetime import date

import pytest
from readers_support import read_all

from eventwire.readers.fields import map_record, parse_field_map


def test_jsonl_aliases_doc_text_and_doc_id(tmp_path):
    p = tmp_path / "corpus.jsonl"
    p.write_text(json.dumps({"doc_id": 7, "doc_text": "Police fired tear gas in Lucknow.", "date": "2002-03-10"}) + "\n")
    (art,), errs = read_all(p)
    assert errs == []
    assert (art.id, art.text, art.published) == ("7", "Police fired tear gas in Lucknow.", date(2002, 3, 10))


def test_explicit_field_map_wins_over_aliases(tmp_path):
    p = tmp_path / "corpus.jsonl"
    rec = {"body": "A teaser.", "story_text": "Shelling hit Kherson on Monday.", "when": "2025-06-02"}
    p.write_text(json.dumps(rec) + "\n")
    (art,), errs = read_all(p, fields={"text": "story_text", "published": "when"})
    assert errs == [] and art.text == rec["story_text"] and art.published == date(2025, 6, 2)
    # A named key that a record lacks is reported under that name.
    _, (err,) = read_all(p, fields={"text": "missing_key"})
    assert err.reason == "missing 'missing_key' field"


def test_csv_field_map_names_the_text_column(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("ref,words\nr1,Two people were killed in a strike on Kharkiv.\n")
    _, (err,) = read_all(p)
    assert "--field text=COLUMN" in err.reason
    (art,), errs = read_all(p, fields={"text": "words", "id": "ref"})
    assert errs == [] and (art.id, art.text) == ("r1", "Two people were killed in a strike on Kharkiv.")


def test_exact_name_beats_alias_and_unknown_keys_pass_through():
    out = map_record({"body": "b", "text": "t", "meta": {"k": 1}}, {})
    assert out["text"] == "t" and out["meta"] == {"k": 1}
    out = map_record({"text": "t", "body": "b"}, {})
    assert out["text"] == "t"


@pytest.mark.parametrize("bad", ["text", "text=", "colour=hue"])
def test_parse_field_map_rejects_bad_pairs(bad):
    with pytest.raises(ValueError):
        parse_field_map([bad])


def test_mojibake_is_repaired_and_noted(tmp_path):
    # UTF-8 text decoded once as Windows-1252 upstream, then saved as UTF-8 again.
    original = "‘We demand a ban,’ the café owner in Київ said — today."
    p = tmp_path / "garbled.jsonl"
    p.write_text(json.dumps({"text": original.encode("utf-8").decode("cp1252", errors="replace")}) + "\n")
    (art,), _ = read_all(p)
    assert art.text == original
    assert "mojibake" in art.meta["text_repaired"]
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps({"text": original}) + "\n")
    (art,), _ = read_all(clean)
    assert art.text == original and "text_repaired" not in art.meta


def test_a_csv_without_a_header_takes_column_numbers(tmp_path):
    # The AG News layout: class, title, description, and no header row.
    p = tmp_path / "headerless.csv"
    p.write_text('"3","Strike on Kharkiv","Shelling hit Kharkiv on Monday, killing two people."\n'
                 '"1","Clashes in Kherson","Fighting continued near Kherson on Tuesday."\n')
    arts, errs = read_all(p, fields={"text": "3", "title": "2"})
    assert errs == [] and [a.title for a in arts] == ["Strike on Kharkiv", "Clashes in Kherson"]
    assert arts[0].text.endswith("Shelling hit Kharkiv on Monday, killing two people.")
    assert [a.meta["path"].rsplit("#", 1)[1] for a in arts] == ["line=1", "line=2"]
    # A header row that names known fields is skipped; numbers still count columns.
    named = tmp_path / "named.csv"
    named.write_text("label,headline,body\n" + p.read_text())
    arts, errs = read_all(named, fields={"text": "3", "title": "2"})
    assert errs == [] and [a.title for a in arts] == ["Strike on Kharkiv", "Clashes in Kherson"]
    # Without the flag the reason says what to do; a column past the last is the same missing column.
    for fields in ({}, {"text": "4"}):
        _, (err,) = read_all(p, fields=fields)
        assert "no 'text' column" in err.reason or "no '4' column" in err.reason
