"""Merge round 18: stated figures read by the extractor's number reader; ISW gold found without the article id."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from merge_helpers import KYIV, strike

from eventwire.merge.toll_mentions import figures
from eventwire.model import Article, Evidence


def test_figures_skip_identifiers_dates_money_and_decimals() -> None:
    assert figures("Flash Update #38 on the fighting") == set()
    assert figures("Daily log 2014-05-05") == set()
    assert figures("Charity raises $5,000 for 3 families") == {3}
    assert figures("Food for 2.2 million people") == set()
    assert figures("Talks on 9/11 anniversary") == set()


def test_figures_keep_counts_a_month_name_hid() -> None:
    # The old pattern read "martyrs" as "March" and "separatist" as "September" and dropped the figure.
    assert figures("23 martyrs, including 5 children, in air raids") == {23, 5}
    assert figures("11 separatist fighters killed in an offensive") == {11}


def test_a_figure_before_an_outlet_name_or_a_word_in_st_counts() -> None:
    # "st"/"th" cut off a figure only as a suffix: " - The Daily Paper" and "staffers" are no suffixes.
    assert figures("Strikes in the south kill 48 - The Daily Paper") == {48}
    assert figures("Clinic closes after 2 staffers killed") == {2}
    assert figures("Shelling 20 km from the border; 3 hours of fire") == set()


def test_figures_are_the_figures_as_written() -> None:
    # The number reader makes "more than 20" a floor of 21; the report still states 20.
    assert figures("More than 20 killed in overnight strikes") == {20}
    assert figures("Between 4 and 6 dead after shelling") == {4, 6}
    assert figures("two killed in a raid") == set()  # words fit too many events of a day


def _isw_module() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import merge_isw

    return merge_isw


def test_isw_gold_rows_are_found_whatever_the_article_title() -> None:
    """A gold row names its event by file, type, sub-type, place and day: a new title (new ids) changes nothing."""
    match_gold = _isw_module().match_gold
    text = "Russian forces shelled Kyiv on Monday."
    for title in ("April 1, 7:00 pm ET", "Russian Offensive Campaign Assessment"):
        art = Article(title=title, text=text)
        ev = strike(f"ev_{len(title)}", "isw", 2, place=KYIV, article=art.id)
        ev.evidence = [Evidence(article_id=art.id, start=0, end=len(text), text=text, supports=["event_type"])]
        row = {"event_id": "ev_labelled_long_ago", "file": "April_1_2022.txt", "event_type": ev.event_type,
               "sub_event_type": ev.sub_event_type, "geonameid": KYIV["geonameid"], "date": str(ev.date.start),
               "evidence_start": 99}  # a stale offset: the content key still finds it
        hits = match_gold([row], [ev], {art.id: "April_1_2022.txt"})
        assert hits == {"ev_labelled_long_ago": ev}
        assert match_gold([{**row, "file": "April_2_2022.txt"}], [ev], {art.id: "April_1_2022.txt"}) == {}
