"""Session 12 audit: no political act is dated after its report's day or by a span's start or a relative clause."""

from datetime import date

import eventwire
from eventwire.components.dates import find_dates

PUB = date(2022, 9, 30)


def _political_dates(text: str, published: date = PUB) -> list[tuple[str, date | None]]:
    return [(e.plover.event, e.date.start) for e in eventwire.extract(text, published=published)
            if e.plover and e.plover.event != "ASSAULT"]


def test_a_deadline_after_the_report_does_not_date_the_threat() -> None:
    text = "Occupation officials threatened to evict residents who do not register by October 15."
    assert _political_dates(text) == [("THREATEN", PUB)]


def test_a_deadline_after_the_report_does_not_date_the_accusation() -> None:
    text = "Kyiv accused Moscow of planning false-flag attacks between October 3 and October 6."
    assert _political_dates(text) == [("ACCUSE", PUB)]


def test_a_meeting_agreed_for_a_later_day_keeps_that_day_flagged_planned() -> None:
    events = [e for e in eventwire.extract("The two presidents agreed to meet in Minsk on October 12.", published=PUB)
              if e.plover]
    assert [(e.date.start, [f.code for f in e.flags]) for e in events] == [(date(2022, 10, 12), ["planned"])]


def test_a_span_start_of_the_same_year_does_not_date_the_call() -> None:
    text = "A senator complained of rising fuel prices since March 2022 and called on regulators to investigate."
    assert {d for _, d in _political_dates(text)} == {PUB}


def test_a_year_in_a_relative_clause_about_the_subject_does_not_date_the_act() -> None:
    text = "Ivan Petrov, who had commanded a rebel unit near Horlivka in 2014, accused the generals of cowardice."
    assert _political_dates(text) == [("ACCUSE", PUB)]


def test_a_year_of_the_act_itself_still_dates_it() -> None:
    # Published early the next year: an act of a season or more before the report is retold (assemble_link.MAX_AGE_DAYS).
    text = "The ministry, which the council accused of fraud in 2019, denied the charge."
    assert ("ACCUSE", date(2019, 1, 1)) in _political_dates(text, date(2020, 2, 1))


def test_this_weekend_in_a_monday_story_is_the_weekend_just_gone() -> None:
    monday = date(2024, 8, 5)
    told = find_dates("Riots erupted across the city this weekend.", monday)
    assert [(d.start_date, d.end_date) for d in told] == [(date(2024, 8, 3), date(2024, 8, 4))]
    planned = find_dates("Activists will march this weekend.", monday)
    assert [(d.start_date, d.end_date) for d in planned] == [(date(2024, 8, 10), date(2024, 8, 11))]
    thursday = find_dates("The festival opens this weekend.", date(2024, 8, 8))
    assert [d.start_date for d in thursday] == [date(2024, 8, 10)]


def test_a_date_naming_another_event_does_not_date_the_act() -> None:
    text = "Army commanders faced sharp criticism over the September 28 strike on the barracks at Horlivka."
    assert {d for _, d in _political_dates(text)} <= {PUB}
    text = "Moscow accused Kyiv of staging the September 26 explosion at the dam."
    assert _political_dates(text) == [("ACCUSE", PUB)]


def test_a_date_on_the_acts_own_noun_or_setting_still_dates_it() -> None:
    text = "During the September 24 debate, the senator demanded an inquiry into the shelling."
    assert ("REQUEST", date(2022, 9, 24)) in _political_dates(text)
    assert _political_dates("The September 27 call by Kyiv for talks was rejected by Moscow.") == [
        ("REQUEST", date(2022, 9, 27))]
    # The rejection is not the call's day.
    assert _political_dates("Moscow rejected the September 27 call by Kyiv for talks.") == [("REJECT", PUB)]


def test_a_protest_the_triggers_stage_found_retold_is_no_political_event_either() -> None:
    retold = eventwire.extract("The regime used the army to quell street protests against its rule in 2019.",
                               published=PUB)
    assert retold == []
    news = eventwire.extract("Students held street protests against the new law in Minsk on Tuesday.", published=PUB)
    assert [(e.event_type, e.plover.event if e.plover else None) for e in news] == [("Protests", "PROTEST")]


def test_a_month_with_last_year_is_that_month_of_the_year_before() -> None:
    may = date(2025, 5, 3)
    told = find_dates("The court sided with the plaintiffs in January last year.", may)
    assert [(d.text, d.start_date, d.end_date) for d in told] == [
        ("January last year", date(2024, 1, 1), date(2024, 1, 31))]
    assert [d.start_date for d in find_dates("Talks resumed in March of this year.", may)] == [date(2025, 3, 1)]
    assert [d.start_date for d in find_dates("Talks resumed in March.", may)] == [date(2025, 3, 1)]
