"""Corpus files over --max-bytes: JSON Lines and CSV are read record by record, the limit applying to each."""

from __future__ import annotations

import csv
import gzip
import io
import json

from readers_support import read_all

from eventwire.readers import ReadOptions
from eventwire.readers.dispatch import read_stream

LIMIT = 2_000  # stands in for the 10 MB default: each file below is several times larger, each record far smaller
TEXT = "Shelling hit Kharkiv on Tuesday, killing {} people, officials said. Café owners fled the district."


def _records(n: int) -> list[dict[str, str]]:
    return [{"id": f"d{i}", "text": TEXT.format(i + 1), "title": f"Report {i}"} for i in range(n)]


def test_a_large_jsonl_corpus_is_read_record_by_record(tmp_path):
    lines = [json.dumps(r, ensure_ascii=False) for r in _records(40)]
    lines.insert(5, json.dumps({"id": "big", "text": "x " * LIMIT}))  # one record over the limit
    lines.insert(9, "{not json")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 2 * LIMIT
    arts, errs = read_all(path, max_bytes=LIMIT)
    assert [a.id for a in arts] == [f"d{i}" for i in range(40)]
    assert arts[0].text == "Report 0\n\n" + TEXT.format(1) and "Café" in arts[0].text  # UTF-8 kept
    assert [(e.source.rsplit("#", 1)[1], e.reason.split(",")[0]) for e in errs] == [
        ("line=6", "document is 4"), ("line=10", "invalid JSON: Expecting property name enclosed in double quotes "
                                                 "at column 2")]
    assert errs[0].reason.endswith("over the 2,000 bytes limit (--max-bytes)")


def test_a_large_gzipped_jsonl_corpus_and_one_piped_in(tmp_path):
    data = "".join(json.dumps(r) + "\n" for r in _records(30)).encode("utf-8")
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(data))
    assert len(data) > 2 * LIMIT
    arts, errs = read_all(path, max_bytes=LIMIT)
    assert errs == [] and [a.id for a in arts] == [f"d{i}" for i in range(30)]
    piped = list(read_stream(io.BytesIO(data), ReadOptions(max_bytes=LIMIT)))
    assert [a.id for a in piped] == [f"d{i}" for i in range(30)]  # type: ignore[union-attr]


def test_a_large_csv_corpus_is_read_row_by_row(tmp_path):
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="cp1252", newline="") as f:  # not UTF-8: the encoding is judged on the head
        writer = csv.DictWriter(f, fieldnames=["id", "title", "text"])
        writer.writeheader()
        writer.writerows(_records(40))
    assert path.stat().st_size > 2 * LIMIT
    arts, errs = read_all(path, max_bytes=LIMIT)
    assert errs == [] and len(arts) == 40 and "Café" in arts[-1].text and arts[-1].meta["path"] == f"{path}#line=41"


def test_a_large_single_document_or_json_array_is_still_refused(tmp_path):
    text = tmp_path / "long.txt"
    text.write_text(TEXT.format(3) * 100, encoding="utf-8")
    array = tmp_path / "array.json"
    array.write_text(json.dumps(_records(40)), encoding="utf-8")
    arts, errs = read_all(text, array, max_bytes=LIMIT)
    assert arts == [] and [e.source for e in errs] == [str(text), str(array)]
    assert all(e.reason.startswith("document is ") and e.reason.endswith(", over the 2,000 bytes limit (--max-bytes)")
               for e in errs)


def test_a_large_utf16_json_lines_file_loses_no_record_to_its_byte_order_mark(tmp_path):
    """Read record by record (over --max-bytes), a UTF-16 file kept its BOM as U+FEFF: line 1 failed as invalid JSON."""
    line = json.dumps({"text": "Shelling hit Kherson on Monday, killing one man, the governor said."}) + "\n"
    big = tmp_path / "big16.jsonl"
    big.write_bytes((line * 400).encode("utf-16"))  # about 60 KB against a 20 KB limit
    arts, errs = read_all(big, max_bytes=20_000)
    assert errs == [] and len(arts) == 400 and arts[0].text.startswith("Shelling hit Kherson")


def test_a_large_jsonl_corpus_of_api_dumps_is_read_record_by_record(tmp_path):
    # Each line one API response ({"status", "articles": [...]}), as a small file is read: streaming past the
    # limit used to fail every line with "missing 'text' field".
    lines = [json.dumps({"status": "ok", "articles": _records(40)[k : k + 4]}, ensure_ascii=False)
             for k in range(0, 40, 4)]
    path = tmp_path / "dumps.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 2 * LIMIT
    arts, errs = read_all(path, max_bytes=LIMIT)
    assert errs == []
    assert [a.id for a in arts] == [f"d{i}" for i in range(40)]
    assert arts[5].meta["path"].endswith("dumps.jsonl#line=2&articles=1")
