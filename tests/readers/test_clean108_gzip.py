"""A gzipped corpus over --max-bytes is read in one pass: damage is told from the stream itself, not a first read."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import IO

import pytest
from readers_support import read_all

from eventwire.model import Article
from eventwire.readers import large
from eventwire.readers.dispatch import read_stream
from eventwire.readers.options import ReadOptions

WORDS = "rockets hit the depot near Izium at dawn and two soldiers were hurt the governor wrote".split()


def _lines(n: int) -> list[str]:
    return [json.dumps({"id": f"r{i}", "text": " ".join(WORDS[(i * k) % len(WORDS)] for k in range(1, 12)) + f" {i}."})
            + "\n" for i in range(n)]


def _damaged(n: int) -> bytes:
    data = bytearray(gzip.compress("".join(_lines(n)).encode()))
    data[len(data) // 2] ^= 0x55
    return bytes(data)


def _read(data: bytes) -> tuple[list[Article | object], int]:
    """Items of a gzipped JSON Lines source read as a large one, and how often its bytes were opened."""
    opened = 0

    def open_bytes() -> IO[bytes]:
        nonlocal opened
        opened += 1
        return io.BytesIO(data)

    items = list(large.read_records(open_bytes, data[: large.HEAD], "wire.jsonl.gz", "jsonl",
                                    ReadOptions(max_bytes=5_000)))
    return items, opened


def test_a_sound_gzipped_corpus_is_opened_once() -> None:
    items, opened = _read(gzip.compress("".join(_lines(500)).encode()))
    assert [a.id for a in items if isinstance(a, Article)] == [f"r{i}" for i in range(500)]
    assert opened == 1  # it was 2: a whole decompression to check the stream, then the records


def test_a_bad_record_in_a_sound_corpus_holds_the_rest_back_until_the_stream_ends_sound() -> None:
    lines = _lines(300)
    lines[10] = "{not json\n"
    lines[20] = json.dumps({"id": "odd", "text": "a replaced \ufffd character"}) + "\n"
    items, opened = _read(gzip.compress("".join(lines).encode()))
    want = [f"r{i}" for i in range(300) if i != 10]
    want[19] = "odd"  # line 21 (r20) was replaced by the odd record
    assert [a.id for a in items if isinstance(a, Article)] == want
    [err] = [e for e in items if not isinstance(e, Article)]
    assert err.reason.startswith("invalid JSON") and opened == 1


@pytest.mark.parametrize("hold", [large.HOLD, 2_000])  # held in memory, or checked by a second read past HOLD
def test_a_damaged_corpus_keeps_the_same_sound_records_either_way(monkeypatch: pytest.MonkeyPatch, hold: int) -> None:
    monkeypatch.setattr(large, "HOLD", hold)
    want = [json.loads(line) for line in _lines(2000)]
    items, opened = _read(_damaged(2000))
    arts = [a for a in items if isinstance(a, Article)]
    assert 0 < len(arts) < 2000 and [(a.id, a.text) for a in arts] == [(w["id"], w["text"]) for w in want[:len(arts)]]
    [err] = [e for e in items if not isinstance(e, Article)]
    assert err.reason.startswith("corrupt gzip data: ") and f"the {len(arts)} records read" in err.reason
    assert opened == (1 if hold == large.HOLD else 2)


def test_a_sound_corpus_past_hold_is_checked_once_and_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(large, "HOLD", 2_000)
    lines = _lines(400)
    lines[3] = "{not json\n"
    items, opened = _read(gzip.compress("".join(lines).encode()))
    assert len([a for a in items if isinstance(a, Article)]) == 399 and opened == 2


def test_damaged_gzip_on_stdin_keeps_no_garbled_record() -> None:
    want = {json.loads(line)["id"]: json.loads(line)["text"] for line in _lines(2000)}
    items = list(read_stream(io.BytesIO(_damaged(2000)), ReadOptions(max_bytes=5_000)))
    arts = [a for a in items if isinstance(a, Article)]
    assert arts and all(want.get(a.id) == a.text for a in arts)
    assert [e.reason.split(":")[0] for e in items if not isinstance(e, Article)] == ["corrupt gzip data"]


def test_a_gzipped_file_on_disk_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress("".join(_lines(300)).encode()))
    arts, errs = read_all(path, max_bytes=5_000)
    assert [a.id for a in arts] == [f"r{i}" for i in range(300)] and errs == []
