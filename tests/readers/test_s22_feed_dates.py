"""A feed entry whose date cannot be read keeps the raw date in meta, for RSS <pubDate> and Atom <updated> alike."""
from eventwire.readers import ReadOptions
from eventwire.readers.feed import read_feed_bytes

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Shelling hits a depot</title><id>a1</id><updated>not a date</updated>
<summary>Artillery hit a fuel depot near the river on Monday.</summary></entry>
<entry><title>Talks resume</title><id>a2</id><updated>2024-03-04T10:00:00Z</updated>
<summary>Delegations met again in the capital.</summary></entry>
</feed>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Clashes in the north</title><pubDate>someday soon</pubDate>
<description>Fighting was reported near the border town.</description></item>
</channel></rss>"""


def test_atom_updated_unreadable_is_kept() -> None:
    arts = list(read_feed_bytes(ATOM, "desk.atom", ReadOptions()))
    assert [a.meta.get("published_invalid") for a in arts] == ["not a date", None]
    assert arts[0].published is None and arts[1].published is not None


def test_rss_pubdate_unreadable_is_kept() -> None:
    (art,) = list(read_feed_bytes(RSS, "desk.rss", ReadOptions()))
    assert art.published is None and art.meta.get("published_invalid") == "someday soon"
