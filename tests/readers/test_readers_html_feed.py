"""HTML (trafilatura) and RSS/Atom/JSON Feed readers."""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime, timezone

from readers_support import FIXTURES, read_all


def test_html_article():
    [a], errs = read_all(FIXTURES / "strike-report.html")
    assert errs == []
    assert a.title == "Drone strike hits Kharkiv apartment block"
    assert a.published == date(2025, 6, 7)
    assert a.source == "Example Wire"
    assert a.language == "en"
    assert a.url == "https://wire.example.org/world/kharkiv-drone-strike"
    assert "at least 17 were injured" in a.text
    assert "All rights reserved" not in a.text and "Sport" not in a.text  # boilerplate removed
    assert a.meta["format"] == "html"


def test_html_gzip_named_txt(tmp_path):
    # Content decides: gzip of an HTML page, under a misleading name.
    p = tmp_path / "page.txt"
    p.write_bytes(gzip.compress((FIXTURES / "strike-report.html").read_bytes()))
    [a], _ = read_all(p)
    assert a.meta["format"] == "html" and a.meta["gzip"] is True
    assert a.title == "Drone strike hits Kharkiv apartment block"


def test_gzip_bomb_is_capped(tmp_path):
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip.compress(b"a" * 2_000_000))
    _, [e] = read_all(p, max_bytes=500_000)
    assert "over the 0.5 MB limit (--max-bytes)" in e.reason


def test_html_without_article():
    arts, [e] = read_all(FIXTURES / "no-article.html")
    assert arts == [] and e.reason == "no article text found in HTML page"


def test_rss_content_summary_and_title_only():
    arts, errs = read_all(FIXTURES / "feed.rss")
    assert errs == []
    assert [a.meta["path"].rsplit("#", 1)[1] for a in arts] == ["entry=0", "entry=1", "entry=2"]
    full, summary, headline = arts
    # content:encoded beats the description, and its HTML is stripped into paragraphs.
    # The title is read as the text's first line (a headline), the body after a blank line.
    assert full.text == ("Missiles hit Odesa port overnight\n\n"
                         "Two missiles hit the port of Odesa overnight, the regional administration said."
                         "\n\nOne worker was killed and three were injured; a grain warehouse caught fire.")
    assert full.published == datetime(2025, 6, 6, 2, 10, tzinfo=timezone.utc)
    assert full.source == "Example Wire – World" and full.language == "en"
    assert full.url == "https://wire.example.org/world/odesa-port"
    assert summary.text == ("Shelling reported near Kherson\n\n"
                            "Artillery shelling damaged houses in a village near Kherson, officials said.")
    assert summary.meta["text_from"] == "summary"
    assert headline.text == "Air raid alert declared in Kyiv" and headline.meta["text_from"] == "title"
    assert headline.published is None


def test_feed_entry_without_date_gets_fallback():
    arts, _ = read_all(FIXTURES / "feed.rss", published=date(2025, 6, 6))
    assert arts[2].published == date(2025, 6, 6)


def test_atom():
    arts, errs = read_all(FIXTURES / "feed.atom")
    assert errs == [] and len(arts) == 2
    assert arts[0].text == ("Drones downed over Sumy region\n\n"
                            "Air defences destroyed 12 drones over the Sumy region, the governor said."
                            "\n\nNo casualties were reported.")
    assert arts[0].published == datetime(2025, 6, 6, 9, 15, tzinfo=timezone.utc)
    assert arts[1].published == datetime(2025, 6, 5, 16, 0, tzinfo=timezone.utc)  # updated when no published
    assert arts[0].source == "Example Monitor"


def test_malformed_feed():
    arts, [e] = read_all(FIXTURES / "malformed-feed.xml")
    assert arts == [] and e.reason.startswith("malformed feed: ") and "mismatched tag" in e.reason


def test_bozo_feed_with_entries_is_used(tmp_path):
    # An undeclared entity makes the feed ill-formed, but feedparser still recovers the item.
    p = tmp_path / "bozo.xml"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T &nbsp; x</title>'
                 "<item><title>Strike on Sumy</title><description>A drone hit a house in Sumy.</description>"
                 "</item></channel></rss>")
    [a], errs = read_all(p)
    assert errs == [] and a.text == "Strike on Sumy\n\nA drone hit a house in Sumy." and "feed_warning" in a.meta


def test_json_feed(tmp_path):
    p = tmp_path / "feed.json"
    p.write_text(json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Example JSON",
        "items": [{"id": "1", "title": "Shelling in Nikopol", "content_html": "<p>Shelling hit Nikopol.</p>",
                   "url": "https://example.org/n", "date_published": "2025-06-06T07:00:00+00:00"},
                  {"id": "2"}]}))
    arts, errs = read_all(p)
    assert [a.text for a in arts] == ["Shelling in Nikopol\n\nShelling hit Nikopol."]
    assert arts[0].published == datetime(2025, 6, 6, 7, 0, tzinfo=timezone.utc)
    assert [e.reason for e in errs] == ["feed entry has no text"]


def test_title_already_opening_the_text_is_not_repeated_and_can_be_left_out(tmp_path):
    p = tmp_path / "feed.json"
    p.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Example JSON", "items": [
        {"id": "1", "title": "Shelling  in Nikopol", "content_text": "Shelling in Nikopol\n\nShelling hit Nikopol."}]}))
    arts, _ = read_all(p)
    assert arts[0].text == "Shelling in Nikopol\n\nShelling hit Nikopol."  # spacing aside, it already opens so
    arts, _ = read_all(FIXTURES / "feed.atom", headline=False)
    assert arts[0].text.startswith("Air defences destroyed 12 drones") and arts[0].title == "Drones downed over Sumy region"


def test_a_page_whose_og_title_is_the_site_name_keeps_its_own_headline(tmp_path):
    # ISW's pages set og:title to "Institute for the Study of War"; the headline is in <title> before " | ".
    body = "<p>" + "Russian drones struck the port of Odesa overnight, killing two people, the governor said. " * 3
    head = ('<meta property="og:title" content="Example Institute" />'
            '<meta property="og:site_name" content="Example Institute" />')
    for title, want in (("Drone Strike Update: Odesa Port, June 5 | Example Institute",
                         "Drone Strike Update: Odesa Port, June 5"),
                        ("Example Institute - Drone Strike Update: Odesa Port", "Drone Strike Update: Odesa Port"),
                        ("Example Institute", "Example Institute")):  # nothing better to find: unchanged
        page = tmp_path / "page.html"
        page.write_text(f'<html lang="en"><head><title>{title}</title>{head}</head>'
                        f"<body><article>{body}</p></article></body></html>", encoding="utf-8")
        [a], errs = read_all(page)
        assert errs == [] and a.title == want and a.source == "Example Institute"
        assert a.text.startswith(want + "\n\n")


def test_a_page_labelled_latin_1_keeps_its_windows_1252_quotes_and_dashes(tmp_path):
    """Browsers read charset=iso-8859-1 as windows-1252; Python's latin-1 made “ ” ’ – control characters that
    trafilatura dropped ('This is terror, he said  the citys mayor agreed')."""
    body = ("<html><head><meta charset='iso-8859-1'><title>Strike on Kharkiv</title></head><body><article>"
            "<h1>Strike on Kharkiv</h1><p>Russian drones struck Kharkiv on Tuesday, killing two people and injuring "
            "five, the governor said. “This is terror,” he said – the city’s mayor agreed.</p><p>Air defences shot "
            "down 12 of 15 drones over the region overnight, officials said on Wednesday.</p></article></body></html>")
    (tmp_path / "latin1.html").write_bytes(body.encode("cp1252"))
    (tmp_path / "plain.html").write_bytes(body.replace("“", '"').replace("”", '"').replace("’", "'")
                                          .replace("–", "-").replace("Kharkiv on", "Kharkiv (Charkiw) on")
                                          .replace("Tuesday", "Tuesday, à midi").encode("latin-1"))
    arts, errs = read_all(tmp_path)
    assert errs == []
    by_name = {a.meta["path"].rsplit("/", 1)[-1]: a for a in arts}
    assert "“This is terror,” he said – the city’s mayor agreed." in by_name["latin1.html"].text
    assert "Tuesday, à midi" in by_name["plain.html"].text  # real Latin-1 without 0x80-0x9F bytes: as before


def test_utf16_feeds_and_pages_are_sniffed_as_feeds_and_pages(tmp_path):
    """The decoded byte-order mark stayed in front of '<': a UTF-16 RSS file became one 'text' article of raw XML."""
    rss = ('<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>Wire</title><item>'
           "<title>Strike on Odesa</title><description>Three people were killed in Odesa on Monday when a drone hit "
           "a house.</description><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate></item></channel></rss>")
    (tmp_path / "wire.rss").write_bytes(rss.encode("utf-16"))
    page = ("<html><head><title>Strike on Kharkiv</title></head><body><article><h1>Strike on Kharkiv</h1><p>Russian "
            "drones struck Kharkiv on Tuesday, killing two people and injuring five, the governor said on Wednesday."
            "</p><p>Air defences shot down 12 of 15 drones over the region overnight, officials said.</p></article>"
            "</body></html>")
    (tmp_path / "page.txt").write_bytes(page.encode("utf-16"))
    arts, errs = read_all(tmp_path)
    assert errs == []
    assert sorted((a.meta["format"], a.title) for a in arts) == [("feed", "Strike on Odesa"), ("html", "Strike on Kharkiv")]
    assert all("<" not in a.text for a in arts)
