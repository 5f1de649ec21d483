"""The bad-input folder (tests/fixtures/make_bad_inputs.py): one good story, every bad one reported."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

from readers_support import SEED, read_all

from eventwire.errors import DocumentTooLarge

SCRIPT = Path(__file__).resolve().parents[1] / "fixtures" / "make_bad_inputs.py"


def _module():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", SCRIPT)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_bad_input_folder(tmp_path):
    # A 0.2 MB "huge" file against a 0.1 MB limit stands in for 50 MB against the 10 MB default.
    _module().make_bad_inputs(tmp_path, big_mb=0.2, seed=SEED)
    arts, errs = read_all(tmp_path, published=date(2025, 6, 6), max_bytes=100_000)
    by_name = {Path(a.meta["path"]).name: a for a in arts}
    assert sorted(by_name) == ["invalid-utf8.txt", "russian-cp1251.txt", "seed-story.txt"]
    assert by_name["russian-cp1251.txt"].text.startswith("Ночью российские беспилотники атаковали Харьков.")
    assert by_name["invalid-utf8.txt"].meta["encoding_errors"] == 2
    reasons = {Path(e.source).name: e.reason for e in errs}
    assert reasons == {
        "binary.bin": "binary file, not text",
        "empty.txt": "empty document",
        "huge.txt": "document is 0.2 MB, over the 0.1 MB limit (--max-bytes)",
        "malformed-feed.xml": "malformed feed: <unknown>:5:31: mismatched tag",
        "no-article.html": "no article text found in HTML page",
    }
    assert isinstance(next(e for e in errs if e.source.endswith("huge.txt")), DocumentTooLarge)


def test_a_truncated_gzip_file_is_refused_not_read_in_part(tmp_path):
    import gzip

    whole = gzip.compress(SEED.read_bytes())
    (tmp_path / "story.txt.gz").write_bytes(whole)
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    arts, errs = read_all(tmp_path)
    assert [Path(a.meta["path"]).name for a in arts] == ["story.txt.gz"]
    assert [(Path(e.source).name, e.reason) for e in errs] == [
        ("cut.txt.gz", "truncated gzip file: it ends before its end-of-stream marker")]


def test_a_feed_cut_off_inside_an_entry_reports_that_entry_and_keeps_the_others(tmp_path):
    item = "<item><title>Strike on {0}</title><description>Drones hit {0} overnight.</description></item>"
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    cut = tmp_path / "cut.xml"
    cut.write_text(head + item.format("Kyiv") + item.format("Odesa")[:60])
    arts, errs = read_all(cut)
    assert [a.title for a in arts] == ["Strike on Kyiv"] and arts[0].text.endswith("Drones hit Kyiv overnight.")
    assert [(e.source, e.reason) for e in errs] == [
        (f"{cut}#entry=1", "malformed feed: the file ends inside this entry, so its text is incomplete")]
    # Cut inside a tag name, an attribute or a CDATA section: expat says "unclosed token"/"unclosed CDATA section".
    for n, at in enumerate(("<item><title>Strike on Odesa</title><descr",
                            '<item><title lang="e',
                            "<item><title>Strike</title><description><![CDATA[Drones hit Odesa, offic")):
        part = tmp_path / f"part{n}.xml"
        part.write_text(head + item.format("Kyiv") + at)
        arts, errs = read_all(part)
        assert [a.title for a in arts] == ["Strike on Kyiv"], at
        assert [e.source for e in errs] == [f"{part}#entry=1"] and "ends inside this entry" in errs[0].reason, at
    # Only the closing tags missing: nothing is lost, nothing is reported.
    tail = tmp_path / "tail.xml"
    tail.write_text(head + item.format("Kyiv") + item.format("Odesa") + "</channel>")
    arts, errs = read_all(tail)
    assert [a.title for a in arts] == ["Strike on Kyiv", "Strike on Odesa"] and errs == []


def test_utf16_without_a_byte_order_mark_is_text_not_binary(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    for enc in ("utf-16-le", "utf-16-be"):
        (tmp_path / f"{enc}.txt").write_bytes(seed.encode(enc))
    arts, errs = read_all(tmp_path)
    assert errs == [] and len(arts) == 2
    assert all(a.text.endswith(seed.split("\n\n", 1)[1].rstrip()) for a in arts)
    assert sorted(a.meta["encoding"] for a in arts) == ["utf-16-be", "utf-16-le"]
    (tmp_path / "noise.bin").write_bytes(b"\x00\x01" * 3000)  # NULs on one side, but control codes: binary
    _, errs = read_all(tmp_path / "noise.bin")
    assert [e.reason for e in errs] == ["binary file, not text"]


def test_a_broken_sidecar_is_reported_and_its_story_still_read(tmp_path):
    (tmp_path / "story.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "story.json").write_text('{"title": broken')
    arts, errs = read_all(tmp_path)
    assert [Path(a.meta["path"]).name for a in arts] == ["story.txt"]
    [err] = errs
    assert err.source.endswith("story.json") and err.reason.startswith("unreadable sidecar metadata: ")
    assert err.reason.endswith("(story.txt is read without it)")


def test_a_binary_file_forced_to_jsonl_or_csv_is_one_failure_not_a_crash(tmp_path):
    """--format skips sniffing, so the record readers meet the bytes themselves: one reason, the run goes on."""
    blob = tmp_path / "blob.dat"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text("Shelling hit Kherson on Monday.\n", encoding="utf-8")
    for fmt in ("jsonl", "csv"):
        arts, errs = read_all(blob, fmt=fmt)
        assert arts == [] and [(e.source, e.reason) for e in errs] == [(str(blob), "binary file (PNG image), not text")]
    arts, errs = read_all(blob, good, fmt="csv")
    assert len(errs) == 1 and [a.text for a in arts] == ["Shelling hit Kherson on Monday."]  # the next file goes on


def test_binary_bytes_behind_a_byte_order_mark_are_binary_not_text(tmp_path):
    """FF FE / FE FF / EF BB BF in front of noise used to be decoded as UTF-16/UTF-8 'text' and sent on."""
    import random

    rng = random.Random(7)
    noise = bytes(rng.getrandbits(8) for _ in range(4000))
    for name, bom in (("le.txt", b"\xff\xfe"), ("be.dat", b"\xfe\xff"), ("u8.txt", b"\xef\xbb\xbf")):
        (tmp_path / name).write_bytes(bom + noise)
    # Real text behind a BOM stays text, in any script (Cyrillic, Arabic, CJK, emoji as surrogate pairs).
    mixed = "Удар по Харкову. قصف على حلب. 基辅遭到袭击 🚀\n" + SEED.read_text(encoding="utf-8")
    (tmp_path / "story16.txt").write_bytes(mixed.encode("utf-16"))
    (tmp_path / "story8.txt").write_bytes(b"\xef\xbb\xbf" + mixed.encode("utf-8"))
    arts, errs = read_all(tmp_path)
    assert sorted(Path(a.meta["path"]).name for a in arts) == ["story16.txt", "story8.txt"]
    assert all(a.text.startswith("Удар по Харкову.") for a in arts)
    assert sorted((Path(e.source).name, e.reason) for e in errs) == [
        ("be.dat", "binary file, not text"), ("le.txt", "binary file, not text"), ("u8.txt", "binary file, not text")]


def test_a_folder_that_cannot_be_listed_is_a_failure_not_silently_skipped(tmp_path, monkeypatch):
    """os.walk drops a folder it may not list; the run must name it (root ignores permissions, so fake the OS error)."""
    import os

    (tmp_path / "a.txt").write_text("Shelling hit Kherson on Monday.\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Drones struck Sumy on Tuesday.\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts, errs = read_all(tmp_path)
    assert [Path(a.meta["path"]).name for a in arts] == ["a.txt"]
    assert [(e.source, e.reason) for e in errs] == [(str(locked), "cannot read folder: Permission denied")]


def test_pipes_and_folder_links_in_a_folder_are_named_not_read_or_lost(tmp_path):
    """A FIFO would block the walk for ever; a linked folder is not entered (it may loop) but is reported."""
    import os

    (tmp_path / "a.txt").write_text("Shelling hit Kherson on Monday.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    other = tmp_path.parent / f"{tmp_path.name}-other"
    other.mkdir()
    (tmp_path / "linked").symlink_to(other, target_is_directory=True)
    arts, errs = read_all(tmp_path)
    assert [Path(a.meta["path"]).name for a in arts] == ["a.txt"]
    assert sorted((Path(e.source).name, e.reason) for e in errs) == [
        ("linked", "a link to a folder is not followed: pass the folder itself"),
        ("pipe.txt", "not a regular file (a pipe, socket or device): skipped")]


def test_compressed_files_eventwire_does_not_open_are_named(tmp_path):
    """A .bz2 or .xz corpus was 'binary file, not text': the user was not told it only needs unpacking."""
    import bz2
    import lzma

    story = b"Shelling hit Kherson on Monday, killing one man, the governor said.\n"
    (tmp_path / "a.txt.bz2").write_bytes(bz2.compress(story))
    (tmp_path / "b.txt.xz").write_bytes(lzma.compress(story))
    (tmp_path / "c.txt").write_bytes(b"BZh is how this text starts, and it is text.\n")  # not the bzip2 magic
    arts, errs = read_all(tmp_path)
    assert [a.meta["path"].rsplit("/", 1)[-1] for a in arts] == ["c.txt"]
    assert sorted((Path(e.source).name, e.reason) for e in errs) == [
        ("a.txt.bz2", "binary file (bzip2-compressed file: unpack it first), not text"),
        ("b.txt.xz", "binary file (xz-compressed file: unpack it first), not text")]
