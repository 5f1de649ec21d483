"""Round 39 (session 10): the four defects of the user audit.

- long documents: every stage near-linear (counted in sentence_of calls, not timed);
- future/conditional and war-long cumulative tolls are no event's figure;
- a political act is not dated to a background year that describes a person or another clause;
- an article with a URL and no outlet is sourced to the URL's host.
"""

from datetime import date

import pytest

import eventwire
from eventwire.api import load_pipeline
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2022, 3, 25)
PUB23 = date(2023, 1, 6)


def _violent(text: str, published: date = PUB) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities.best, e.injured.best) for e in eventwire.extract(text, published=published)
            if e.event_type and e.event_type != "Strategic developments"]


def test_forecast_toll_is_no_event_figure() -> None:
    text = ("Russian forces shelled Kharkiv on Monday, killing 3 civilians. A blogger complained that the shelling "
            "will lead to 1,000 deaths and 4,000 injuries by February.")
    assert _violent(text) == [(3, None)]


def test_forecast_toll_decision_is_recorded() -> None:
    pipe = load_pipeline()
    doc = pipe(Article(text="Russian forces shelled Kharkiv on Monday, killing 3 civilians. The shelling "
                            "could lead to 4,000 injuries.", published=PUB))
    assert any(d.get("status") == "future" and "4,000" in d.get("text", "") for d in doc.decisions)


def test_cumulative_toll_since_the_invasion_is_no_event_figure() -> None:
    text = ("Russian forces shelled Kharkiv on Monday, killing 3 civilians and wounding 5. "
            "Since the start of the invasion, 16,153 have been wounded.")
    assert _violent(text) == [(3, 5)]


def test_period_toll_since_a_date_shares_both_figures() -> None:
    text = ("Russian forces shelled Kharkiv on Monday, killing 3 civilians and wounding 5. "
            "The ministry said 1,351 soldiers have been killed and 3,825 wounded since February 24.")
    assert _violent(text) == [(3, 5)]


def test_wounded_told_with_a_war_long_death_tally_are_the_tallys() -> None:
    text = ("Russian forces shelled Kharkiv on Monday. An outlet cited a ministry claim that 8,742 Russian soldiers "
            "have been killed and 14,310 have been wounded.")
    assert _violent(text) == [(None, None)]


def test_a_days_toll_stays() -> None:
    text = "Russian forces shelled Kharkiv on Monday, killing 3 civilians and wounding 12 in total."
    assert _violent(text) == [(3, 12)]


def _political_dates(text: str) -> list[tuple[str, date | None]]:
    return [(e.plover.event, e.date.start) for e in eventwire.extract(text, published=PUB23)
            if e.plover and e.plover.event != "ASSAULT"]


def test_year_describing_the_subject_is_not_the_acts_date() -> None:
    text = ("Former commander of rebels in Donbas in 2014 and prominent blogger Ivan Petrov accused the "
            "Russian command of failing its troops.")
    assert _political_dates(text) == [("ACCUSE", PUB23)]


def test_year_of_an_earlier_clause_is_not_the_acts_date() -> None:
    text = ("The blogger explained that rebel forces recruited him out of prison in Horlivka in 2014, and "
            "accused mobilized men of being weak.")
    assert _political_dates(text) == [("ACCUSE", PUB23)]


def test_year_of_the_objects_act_is_not_the_accusations_date() -> None:
    text = "Putin falsely accused Ukraine of starting a war against its population in 2014."
    assert _political_dates(text) == [("ACCUSE", PUB23)]


def test_a_year_that_dates_the_act_stays() -> None:
    text = "In 2014, Russia accused Ukraine of starting a war."
    events = eventwire.extract(text, published=date(2014, 6, 1))
    assert [(e.plover.event, e.date.start) for e in events if e.plover] == [("ACCUSE", date(2014, 1, 1))]


def test_an_act_dated_a_season_before_the_report_is_retold_not_coded() -> None:
    # Session 12: an act the text dates more than 90 days before the report is background (the gold's rule).
    assert _political_dates("In 2014, Russia accused Ukraine of starting a war.") == []
    assert _political_dates("Russia accused Ukraine of shelling Donetsk on January 2, 2023.") == [
        ("ACCUSE", date(2023, 1, 2))]


@pytest.mark.parametrize(("url", "source", "expected"), [
    ("https://www.example.org/news/1.html", None, "example.org"),
    ("http://news.example.com/a?b=1", None, "news.example.com"),
    ("https://www.example.org/news/1.html", "Wire A", "Wire A"),
    (None, None, "art-1"),
])
def test_source_is_outlet_else_url_host_else_id(url: str | None, source: str | None, expected: str) -> None:
    text = ("Russian forces shelled Kharkiv on Monday, killing 3 civilians. "
            "Ukraine accused Russia of targeting civilians.")
    events = eventwire.extract(Article(id="art-1", url=url, source=source, text=text, published=PUB))
    assert {e.plover.event for e in events if e.plover} >= {"ASSAULT", "ACCUSE"}
    assert all(e.sources == [expected] for e in events)


def test_stages_are_near_linear_in_document_length(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed: doubling a report must about double the sentence look-ups (the political stage once
    # scanned every claim per event, so they quadrupled).
    unit = ("Ukraine accused Russia of shelling Kharkiv on Monday, officials said. Russian forces shelled Kharkiv, "
            "killing 3 civilians and wounding 5, the governor said. Russia called for talks, Peskov said.\n\n")
    calls = [0]
    original = WorkDoc.sentence_of

    def counted(self: WorkDoc, offset: int) -> int:
        calls[0] += 1
        return original(self, offset)

    monkeypatch.setattr(WorkDoc, "sentence_of", counted)
    pipe = load_pipeline()
    counts = []
    for n in (40, 80):
        calls[0] = 0
        pipe(Article(text=unit * n, published=PUB))
        counts.append(calls[0])
    assert counts[1] <= 2.5 * counts[0], counts


def test_a_figure_told_with_its_day_before_a_war_total_stays() -> None:
    text = ("Gunmen attacked a checkpoint in Baghdad on Friday. Two soldiers killed in the attack on Friday brought "
            "the number of soldiers to have died since the war began to at least 1,269.")
    assert _violent(text, date(2005, 1, 22)) == [(2, None)]
