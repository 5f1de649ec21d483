"""A wire dateline may name two posts joined by a slash ("AMMAN/BEIRUT, 3 March 2005 - ...")."""

from eventwire.geoparsing.dateline import wire_dateline


def test_two_posts_with_a_slash_are_one_dateline():
    text = "AMMAN/BEIRUT, 3 March 2005 - A car bomb went off near a police post on Thursday, officials said."
    m = wire_dateline(text)
    assert m is not None and m.group().startswith("AMMAN/BEIRUT")


def test_a_slash_in_a_sentence_start_is_still_no_dateline():
    assert wire_dateline("Police/army units said on Tuesday that two men were held.") is None
