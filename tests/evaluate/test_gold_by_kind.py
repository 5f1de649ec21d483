"""The gold figures per source kind (benchmarks/events.py gold --by-kind)."""

from __future__ import annotations

from eventwire.evaluate.gold import by_kind, kind_of


def test_kind_of_reads_the_source_pointer() -> None:
    assert kind_of({"source": {"kind": "file", "path": "news/isw_2022/txt/May_02_2022.txt"}}) == "isw"
    assert kind_of({"source": {"kind": "tsv_line", "path": "news/gaza_news_headlines/gaza-news.txt"}}) == "headline"
    assert kind_of({"source": {"kind": "fundus", "path": "news/fundus_testdata/us/X.json"}}) == "fundus"
    assert kind_of({"source": {"kind": "wikinews", "path": "news/wikinewssum_en_sample/x.jsonl"}}) == "wikinews"
    assert kind_of({"source": {"kind": "file", "path": "news/bbc_fulltext/politics/150.txt"}}) == "bbc"
    assert kind_of({"source": {"kind": "file", "path": "seed/kyiv-airstrikes.txt"}}) == "other"


def test_by_kind_sums_counts_per_kind() -> None:
    rows = [{"kind": "isw", "gold": 10, "system": 9, "matched": 8},
            {"kind": "isw", "gold": 2, "system": 3, "matched": 2},
            {"kind": "headline", "gold": 1, "system": 2, "matched": 1}]
    got = by_kind(rows)
    assert list(got) == ["headline", "isw"]
    assert (got["isw"]["documents"], got["isw"]["tp"], got["isw"]["fp"], got["isw"]["fn"]) == (2, 10, 2, 2)
    assert got["headline"]["precision"] == 0.5 and got["headline"]["recall"] == 1.0
