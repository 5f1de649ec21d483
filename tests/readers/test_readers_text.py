"""Plain-text reader: encodings, sidecars, titles and every bad-input case."""

from __future__ import annotations

import json
from datetime import date

from readers_support import SEED, read_all

from eventwire.errors import DocumentTooLarge

RUSSIAN = (
    "Ночью российские беспилотники атаковали Харьков.\n\n"
    "По словам мэра, погибли два человека, ещё семнадцать получили ранения.\n"
)


def test_seed_story():
    seed = SEED
    arts, errs = read_all(seed, published=date(2025, 6, 6))
    assert errs == []
    [a] = arts
    assert a.title == "Russia Launches Major Airstrikes Across Ukraine, Hits Kyiv"
    assert a.published == date(2025, 6, 6)
    assert a.text.startswith("Russia Launches Major Airstrikes")  # title stays in the text
    assert "Qatana district" in a.text
    assert a.meta["path"] == str(seed)
    assert a.id.startswith("art_")
    again, _ = read_all(seed, published=date(2025, 6, 6))
    assert again[0].id == a.id  # deterministic


def test_sidecar_metadata_wins(tmp_path):
    (tmp_path / "story.txt").write_text("Shelling hit Kherson.\nTwo people were hurt in the shelling.\n")
    (tmp_path / "story.json").write_text(json.dumps({
        "title": "Kherson shelled", "url": "https://example.org/k", "published": "2025-06-05",
        "source": "Example Wire"}))
    [a], errs = read_all(tmp_path / "story.txt", published=date(2025, 1, 1))
    assert errs == []
    assert (a.title, a.url, a.source, a.published) == (
        "Kherson shelled", "https://example.org/k", "Example Wire", date(2025, 6, 5))


def test_source_override_and_fallback_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("A missile hit a depot in Dnipro on Friday, officials said.")
    [a], _ = read_all(p, published=date(2025, 6, 6), source="Override")
    assert a.source == "Override" and a.published == date(2025, 6, 6)
    assert a.title is None  # a single sentence is not a headline


def test_utf8_bom_and_crlf(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfHeadline here\r\nBody line one.\r\nBody line two.\r\n")
    [a], _ = read_all(p)
    assert a.text == "Headline here\nBody line one.\nBody line two.\n"
    assert a.title == "Headline here"


def test_unicode_spaces_and_curly_quotes_kept(tmp_path):
    p = tmp_path / "u.txt"
    text = "Mayor said\u2002“at least four” were killed in Kyiv’s centre."
    p.write_text(text, encoding="utf-8")
    [a], _ = read_all(p)
    assert a.text == text and a.meta["encoding"] == "utf-8"


def test_windows_1251_russian(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes(RUSSIAN.encode("cp1251"))
    [a], errs = read_all(p)
    assert errs == []
    assert a.text == RUSSIAN  # non-English text is not a reader error
    assert a.meta["encoding"] == "cp1251"
    assert a.title is None  # the first line ends with a period: a sentence, not a headline


def test_invalid_utf8_mostly_utf8_is_kept_with_count(tmp_path):
    p = tmp_path / "bad.txt"
    good = "Kyiv’s mayor said “at least four” were killed.\n".encode()
    p.write_bytes(good[:4] + b"\xff" + good[4:] + b"\xc3")
    [a], errs = read_all(p)
    assert errs == []
    assert a.meta["encoding_errors"] == 2
    assert a.text.startswith("Kyiv\ufffd’s mayor said “at least four”")


def test_cp1252_smart_quote(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes(b"The mayor said it\x92s the worst attack on Kyiv this year.")
    [a], _ = read_all(p)
    assert a.text == "The mayor said it’s the worst attack on Kyiv this year."


def test_binary_file(tmp_path):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    arts, [e] = read_all(p)
    assert arts == [] and e.reason == "binary file, not text" and e.source == str(p)


def test_pdf_named(tmp_path):
    p = tmp_path / "report.txt"
    p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    _, [e] = read_all(p)
    assert e.reason == "binary file (PDF), not text"


def test_empty_and_whitespace(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_text(" \n\t\u2002\n", encoding="utf-8")
    arts, errs = read_all(tmp_path / "e.txt", tmp_path / "w.txt")
    assert arts == [] and [e.reason for e in errs] == ["empty document", "empty document"]


def test_too_large_checked_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 300_000)  # 1.5 MB
    arts, [e] = read_all(p, max_bytes=1_000_000)
    assert arts == [] and isinstance(e, DocumentTooLarge)
    assert e.reason == "document is 1.5 MB, over the 1.0 MB limit (--max-bytes)"


def test_missing_path():
    arts, [e] = read_all("/nonexistent/story.txt")
    assert arts == [] and e.reason == "no such file or directory"


def test_errors_do_not_stop_the_run(tmp_path):
    seed = SEED
    (tmp_path / "empty.txt").write_bytes(b"")
    arts, errs = read_all(tmp_path / "empty.txt", "/nonexistent", seed)
    assert len(arts) == 1 and len(errs) == 2


def test_publication_date_from_file_name(tmp_path):
    from datetime import date

    from eventwire.readers import ReadOptions, read_sources
    from eventwire.readers.common import date_from_filename

    assert date_from_filename("isw/April_01_2022.txt") == date(2022, 4, 1)
    assert date_from_filename("/x/2025-06-06-kyiv.txt") == date(2025, 6, 6)
    assert date_from_filename("/x/6_June_2025.html") == date(2025, 6, 6)
    assert date_from_filename("/x/report-12345678.txt") is None
    assert date_from_filename("/x/story.txt") is None
    f = tmp_path / "March_03_2022.txt"
    f.write_text("Shelling hit Kharkiv overnight, officials said.\n", encoding="utf-8")
    [article] = list(read_sources([str(f)], ReadOptions()))
    assert article.published == date(2022, 3, 3) and article.meta["published_from"] == "filename"
    # An explicit --published wins over the file name.
    [article] = list(read_sources([str(f)], ReadOptions(published=date(2022, 3, 4))))
    assert article.published == date(2022, 3, 4)


def test_a_dateline_or_a_byline_opening_a_report_is_not_its_title(tmp_path):
    """ISW's text files open with a dateline, some with a byline above it: neither names the report."""
    body = "Russian forces shelled Kharkiv City on April 1. Ukrainian officials reported two civilians killed.\n"
    cases = {
        "dateline.txt": ("April 1, 7:00 pm ET\n" + body, None),
        "byline.txt": ("Kateryna Stepanenko, Karolina Hird, and Frederick W. Kagan\nAugust 24, 6:30 pm ET\n" + body,
                       None),
        "lone_author.txt": ("Mason Clark\nApril 3, 3pm ET\n" + body, None),
        "special.txt": ("April 9, 4:30 pm ET\nSpecial Edition: Russian Military Capabilities\n" + body,
                        "Special Edition: Russian Military Capabilities"),
        "by.txt": ("By Jane Smith\nMonday, June 6, 2025\nShelling kills two in Kherson\n" + body,
                   "Shelling kills two in Kherson"),
        # Real headlines stay titles, including ones that open with a date or read like a list of names.
        "dated_headline.txt": ("April 25 strike kills 3 in Kharkiv\n" + body, "April 25 strike kills 3 in Kharkiv"),
        "toll.txt": ("May 9, 10 dead\n" + body, "May 9, 10 dead"),
        "names.txt": ("Russian Forces and Ukrainian Troops Clash\n" + body, "Russian Forces and Ukrainian Troops Clash"),
    }
    for name, (text, _) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name, (text, title) in cases.items():
        [a], errs = read_all(tmp_path / name, published=date(2022, 4, 1))
        assert errs == [] and a.title == title, name
        assert a.text.startswith(text.split("\n", 1)[0])  # the text itself keeps every line
    [dated], _ = read_all(tmp_path / "dateline.txt", published=date(2022, 4, 1))
    [bylined], _ = read_all(tmp_path / "byline.txt", published=date(2022, 4, 1))
    assert dated.meta.get("title_from") is None and bylined.meta.get("title_from") is None
