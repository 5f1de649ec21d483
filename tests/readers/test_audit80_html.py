"""HTML pages of menus only and broken feeds are refused with a reason that names the cause (session-20 audit)."""

from __future__ import annotations

from readers_support import read_all

from eventwire.readers.html import prose_words


def test_a_page_of_menu_links_is_no_article(tmp_path):
    links = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(80))
    page = tmp_path / "nav.html"
    page.write_text(f"<html><body><nav><ul>{links}</ul></nav><footer>Privacy | Terms</footer></body></html>")
    arts, [err] = read_all(page)
    # It was stored and then failed at the language stage as "unsupported language: und".
    assert arts == [] and err.reason == "no article text found in HTML page: only short lines such as menu links"


def test_an_article_with_short_headings_is_still_read(tmp_path):
    body = ("<h2>Kharkiv</h2><p>Shelling hit two districts of Kharkiv overnight, the regional governor said on "
            "Tuesday.</p><h2>Sumy</h2><p>A drone struck a power substation near Sumy, cutting power to homes.</p>")
    page = tmp_path / "story.html"
    page.write_text(f"<html><body><article><h1>Overnight attacks</h1>{body}</article></body></html>")
    [art], errs = read_all(page)
    assert errs == [] and "power substation near Sumy" in art.text


def test_prose_words_counts_long_or_closed_lines_only():
    assert prose_words("World\nPolitics\nSection 12\nSubscribe now") == 0
    assert prose_words("Home\nTroops withdrew.\nShelling hit two districts of the city overnight") == 10


def test_an_empty_entry_of_a_malformed_feed_says_the_feed_is_malformed(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
                    "<entry><title>Strike</title><content>Shelling hit Kharkiv on Monday, killing two people."
                    "</content></entry><entry><title>Next<content>cut</feed>")
    [art], [err] = read_all(feed)
    assert "Kharkiv" in art.text and err.source.endswith("#entry=1")
    # It said only "feed entry has no text", as for a well-formed entry left empty by its writer.
    assert err.reason == "feed entry has no text (the feed is malformed: mismatched tag at line 1)"
