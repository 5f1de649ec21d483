"""A feed is called malformed only for an XML parse error, not for feedparser's charset notes (review s20-b B4)."""

from __future__ import annotations

from readers_support import read_all

# Declared us-ascii but written in UTF-8 (the curly apostrophe): well-formed XML, yet feedparser sets its bozo flag.
HEAD = '<?xml version="1.0" encoding="us-ascii"?><rss version="2.0"><channel><title>Desk’s wire</title>'


def test_an_empty_entry_of_a_mislabelled_but_well_formed_feed_is_not_called_malformed(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(HEAD + "<item><title></title><description></description></item><item><title>Strike</title>"
                    "<description>Shelling hit Kharkiv’s centre on Monday.</description></item></channel></rss>",
                    encoding="utf-8")
    [art], [err] = read_all(feed)
    assert "Kharkiv’s centre" in art.text and err.source.endswith("#entry=0")
    # It said "(the feed is malformed: document declared as us-ascii, but parsed as utf-8)".
    assert err.reason == "feed entry has no text"


def test_a_mislabelled_feed_with_no_entries_says_so(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(HEAD + "</channel></rss>", encoding="utf-8")
    arts, [err] = read_all(feed)
    assert arts == [] and err.reason == "feed has no entries"
