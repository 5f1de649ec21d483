"""The merge summary keeps merged events joined into others apart from stale ones removed."""

from eventwire.cli.extra import merge_summary

BASE = {"events": 12, "articles": 3, "clusters": 10, "multi_source": 2, "duplicates": 1, "mentions": 0,
        "flags": {}, "seconds": 0.2}


def test_joined_merged_events_are_not_called_stale() -> None:
    said = merge_summary({**BASE, "removed": 3, "joined": 2})
    assert "1 stale merged events removed, 2 joined into others (their ids kept as aliases)" in said


def test_without_joins_the_sentence_is_as_before() -> None:
    said = merge_summary({**BASE, "removed": 0, "joined": 0})
    assert "0 stale merged events removed;" in said and "joined" not in said
