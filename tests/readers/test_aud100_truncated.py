"""A cut-off gzipped corpus keeps its whole records before the cut and records the cut as a failure."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from readers_support import read_all

CUT = "truncated gzip file: it ends before its end-of-stream marker; the records before the cut were read, " \
      "the cut-off one was not"


def _cut_corpus(tmp_path: Path, name: str, lines: list[str]) -> tuple[Path, int]:
    """A gzipped corpus cut two thirds of the way in, and how many of its lines survive whole."""
    data = "".join(lines).encode()
    whole = gzip.compress(data)
    cut = whole[: len(whole) * 2 // 3]
    survived = gzip.GzipFile(fileobj=io.BytesIO(cut))
    got = b""
    try:
        while chunk := survived.read1(4096):
            got += chunk
    except EOFError:
        pass
    path = tmp_path / name
    path.write_bytes(cut)
    return path, got.count(b"\n")


@pytest.mark.parametrize("max_bytes", [10_000_000, 5_000])  # read whole in memory, or streamed record by record
def test_a_cut_off_jsonl_gz_keeps_the_records_before_the_cut(tmp_path, max_bytes):
    lines = [json.dumps({"id": f"r{i}", "text": f"Shelling hit Kherson on day {i}, killing a man."}) + "\n"
             for i in range(300)]
    path, whole_lines = _cut_corpus(tmp_path, "wire.jsonl.gz", lines)
    arts, errs = read_all(path, max_bytes=max_bytes)
    assert 0 < whole_lines < 300
    assert [a.id for a in arts] == [f"r{i}" for i in range(whole_lines)]
    assert [(e.source, e.reason) for e in errs] == [(str(path), CUT)]


def test_a_cut_off_csv_gz_keeps_the_rows_before_the_cut(tmp_path):
    rows = ["id,text\n"] + [f'c{i},"Drones struck Odesa on day {i}, injuring two."\n' for i in range(300)]
    path, whole_lines = _cut_corpus(tmp_path, "wire.csv.gz", rows)
    arts, errs = read_all(path)
    assert [a.id for a in arts] == [f"c{i}" for i in range(whole_lines - 1)]  # less the header
    assert [e.reason for e in errs] == [CUT]
