"""Review fixes (session 22): a cut or damaged gzipped corpus goes through the one record reader, in any encoding."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from readers_support import read_all

from eventwire.readers.dispatch import read_stream
from eventwire.readers.options import ReadOptions

CUT = "truncated gzip file: it ends before its end-of-stream marker; the records before the cut were read, " \
      "the cut-off one was not"
WORDS = "drones struck the port of Odesa on day injuring two officials said shelling hit Kherson".split()


def _lines(n: int) -> list[str]:
    # Varied wording, so the compressed stream is not one long repeat.
    return [json.dumps({"id": f"r{i}", "text": " ".join(WORDS[(i * k) % len(WORDS)] for k in range(1, 13)) + f" {i}."})
            + "\n" for i in range(n)]


def _decoded_before_cut(cut: bytes) -> bytes:
    got = b""
    reader = gzip.GzipFile(fileobj=io.BytesIO(cut))
    try:
        while chunk := reader.read1(4096):
            got += chunk
    except EOFError:
        pass
    return got


@pytest.mark.parametrize("max_bytes", [10_000_000, 5_000])  # in memory, or streamed from disk
def test_a_cut_utf16_corpus_keeps_every_whole_record_and_says_the_cut_once(tmp_path: Path, max_bytes: int) -> None:
    data = "".join(_lines(300)).encode("utf-16")
    whole = gzip.compress(data)
    cut = whole[: len(whole) * 2 // 3]
    survived = _decoded_before_cut(cut).decode("utf-16", errors="ignore").count("\n")
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(cut)
    arts, errs = read_all(path, max_bytes=max_bytes)
    assert 0 < survived < 300
    # A raw newline byte is half a UTF-16 newline: the in-memory path lost one more record and said "invalid JSON".
    assert [a.id for a in arts] == [f"r{i}" for i in range(survived)]
    assert [e.reason for e in errs] == [CUT]


def test_a_cut_corpus_in_memory_keeps_the_gzip_mark_like_a_whole_one(tmp_path: Path) -> None:
    whole = gzip.compress("".join(_lines(300)).encode())
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    arts, _ = read_all(path)
    assert arts and all(a.meta.get("gzip") is True for a in arts)


def _damaged(n: int, at: float) -> bytes:
    data = bytearray(gzip.compress("".join(_lines(n)).encode()))
    data[int(len(data) * at)] ^= 0x55  # one flipped byte in the middle of the deflate stream
    return bytes(data)


@pytest.mark.parametrize("max_bytes", [10_000_000, 5_000])
def test_a_damaged_corpus_keeps_only_sound_records_and_says_why(tmp_path: Path, max_bytes: int) -> None:
    want = {json.loads(line)["id"]: json.loads(line)["text"] for line in _lines(2000)}
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(_damaged(2000, 0.5))
    arts, errs = read_all(path, max_bytes=max_bytes)
    # The records before the damage are kept, whole and unchanged, in order; no garbled one is stored.
    assert 0 < len(arts) < 2000
    assert [(a.id, a.text) for a in arts] == [(f"r{i}", want[f"r{i}"]) for i in range(len(arts))]
    # One failure, with zlib's reason, instead of "reader failed: BadGzipFile" or a run of "invalid JSON" lines.
    [err] = errs
    assert err.reason.startswith("corrupt gzip data: ") and f"the {len(arts)} records read before" in err.reason


def test_damaged_gzip_on_stdin_says_the_damage_once(tmp_path: Path) -> None:
    opts = ReadOptions(max_bytes=5_000)
    items = list(read_stream(io.BytesIO(_damaged(2000, 0.5)), opts))
    errs = [i for i in items if not hasattr(i, "text")]
    assert errs and errs[-1].reason.startswith("corrupt gzip data: ")
    assert not any(e.reason.startswith("reader failed") for e in errs)


def test_damage_in_a_large_files_head_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    # A flipped byte in the first 64 KiB of a file over --max-bytes escaped as an uncaught zlib.error (run stopped).
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(_damaged(2000, 0.05))
    arts, errs = read_all(path, max_bytes=5_000)
    assert [e.reason.split(";")[0] for e in errs] == ["corrupt gzip data: Error -3 while decompressing data: invalid "
                                                      "distance too far back"]
    assert [a.id for a in arts] == [f"r{i}" for i in range(len(arts))]
