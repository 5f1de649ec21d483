"""An HTML page that is only menus and link lists is refused by the reader, naming why (session-20 audit)."""

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
