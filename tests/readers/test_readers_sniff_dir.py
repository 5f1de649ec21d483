"""Content sniffing, directories (recursive, hidden and sidecar files skipped), stdin, forced formats."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from readers_support import FIXTURES, SEED, read_all

from eventwire.readers import ReadOptions, sniff
from eventwire.readers.dispatch import read_stream

HTML = (FIXTURES / "strike-report.html").read_bytes()
RSS = (FIXTURES / "feed.rss").read_bytes()


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (HTML, "page.html", "html"),
        (HTML, "page.txt", "html"),  # an HTML file named .txt
        (gzip.compress(HTML), "page.html.gz", "html"),
        (RSS, "feed.xml", "feed"),
        (RSS, "feed.txt", "feed"),
        (gzip.compress(RSS), "x", "feed"),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "p.xml", "html"),
        (b'<?xml version="1.0"?>\n<urlset><url><loc>x</loc></url></urlset>', "sitemap.xml", "xml"),
        (b'{"text": "A strike."}\n{"text": "Another."}\n', "data", "jsonl"),
        (b'[{"text": "A strike."}]', "data.json", "jsonl"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "f.json", "feed"),
        (b"id,text,title\n1,A strike,T\n", "rows", "csv"),
        (b"A plain story, with commas.\nSecond line.\n", "story", "text"),
        (b"A plain story.\n", "story.csv", "csv"),  # the name breaks ties for plain text
        (b"\x89PNG\r\n\x1a\n\x00\x00", "img.txt", "binary"),
        ("\ufeffKyiv story".encode(), "s.txt", "text"),
    ],
)
def test_sniff(data, name, fmt):
    assert sniff(data, name) == fmt


def test_directory_recursive_sniffed(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "story.txt").write_text("Kherson shelled\nShelling hit Kherson overnight.\n")
    (tmp_path / "story.json").write_text(json.dumps({"source": "Sidecar Wire"}))  # a sidecar, not data
    (tmp_path / "sub" / "page.txt").write_bytes(HTML)  # HTML named .txt
    (tmp_path / "sub" / "feed.xml").write_bytes(RSS)
    (tmp_path / "sub" / "deeper" / "page.html.gz").write_bytes(gzip.compress(HTML))
    (tmp_path / "sub" / "rows.jsonl").write_text('{"text": "A drone hit Sumy."}\n')
    (tmp_path / ".hidden" / "x.txt").write_text("hidden story should be skipped")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "sub" / "blob.bin").write_bytes(b"\x00" * 100)
    arts, errs = read_all(tmp_path)
    paths = [Path(a.meta["path"].split("#")[0]).relative_to(tmp_path).as_posix() for a in arts]
    # Top-down: a folder's files (sorted) before its subfolders.
    assert paths == ["story.txt", "sub/feed.xml", "sub/feed.xml", "sub/feed.xml", "sub/page.txt",
                     "sub/rows.jsonl", "sub/deeper/page.html.gz"]
    assert arts[0].source == "Sidecar Wire"
    assert [a.meta["format"] for a in arts] == ["text", "feed", "feed", "feed", "html", "jsonl", "html"]
    assert [(Path(e.source).name, e.reason) for e in errs] == [("blob.bin", "binary file, not text")]


def test_forced_format(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(HTML)
    [a], _ = read_all(p, fmt="text")
    assert a.text.startswith("<!DOCTYPE html>") and a.meta["format"] == "text"
    _, [e] = read_all(p, fmt="pdf")
    assert "unknown format 'pdf'" in e.reason


def test_read_stream_sniffs():
    arts = list(read_stream(io.BytesIO(b'{"text": "A drone hit Sumy."}\n'), ReadOptions()))
    assert arts[0].text == "A drone hit Sumy." and arts[0].meta["path"] == "<stdin>#line=1"
    [e] = list(read_stream(io.BytesIO(b"x" * 2000), ReadOptions(max_bytes=1000)))
    assert e.reason == "document is over the 1,000 bytes limit (--max-bytes)"  # stdin: size unknown


def test_stdin_dash(tmp_path):
    code = ("import sys; sys.path.insert(0, 'src');"
            "from eventwire.readers import ReadOptions, read_sources;"
            "[print(a.meta['path'], a.title) for a in read_sources(['-'], ReadOptions())]")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], input=SEED.read_bytes(), capture_output=True,
                         cwd=root, check=True, timeout=60)
    assert out.stdout.decode().strip() == "<stdin> Russia Launches Major Airstrikes Across Ukraine, Hits Kyiv"


def test_one_source_given_as_a_string_is_one_source_not_its_letters(tmp_path):
    """read_sources("a/b.txt") iterated the letters, and the "/" among them is the whole file system."""
    from eventwire.readers import ReadOptions, read_sources

    story = tmp_path / "story.txt"
    story.write_text("Shelling hit Kherson on Monday.\n", encoding="utf-8")
    for one in (str(story), story):
        [art] = list(read_sources(one, ReadOptions()))
        assert art.meta["path"] == str(story)
