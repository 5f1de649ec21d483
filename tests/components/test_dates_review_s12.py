"""Review fixes (session 12): a weekday after until/through/by is the coming day only on a positive cue."""

from datetime import date

import pytest

from eventwire.components.dates import find_dates

WEDNESDAY = date(2025, 6, 4)
MONDAY = date(2024, 8, 5)


def _days(text: str, published: date) -> list[tuple[str, date | None]]:
    return [(d.text, d.start_date) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "day"), [
    ("Russian forces shelled the town until Sunday, when they withdrew.", date(2025, 6, 1)),
    ("Rebels held the bridge until Monday.", date(2025, 6, 2)),
    ("Troops surrounded the village by Monday.", date(2025, 6, 2)),
    ("They returned to the village by Tuesday.", date(2025, 6, 3)),
    ("The army fought through Monday to retake the town.", date(2025, 6, 2)),  # ("to retake" follows the day)
    ("The talks failed to reach a deal by Tuesday noon.", date(2025, 6, 3)),  # ("failed to" tells a past)
])
def test_simple_past_narration_keeps_the_day_gone_by(text: str, day: date) -> None:
    assert [d for _, d in _days(text, WEDNESDAY)] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("Authorities extended the curfew until Sunday.", date(2025, 6, 8)),  # a deadline verb in the past tense
    ("The hearing was adjourned until Monday.", date(2025, 6, 9)),
    ("Schools are closed until Monday.", date(2025, 6, 9)),  # a present clause
    ("Envoys said a deal could be signed by Friday.", date(2025, 6, 6)),  # a modal
    ("The mayor asked residents to leave by Friday.", date(2025, 6, 6)),  # an infinitive before the day
])
def test_a_cue_before_the_day_reads_forward(text: str, day: date) -> None:
    assert [d for _, d in _days(text, WEDNESDAY)] == [day]


def test_an_abbreviation_does_not_end_the_sentence() -> None:
    # "U.S." is no sentence edge: the modal before it still governs the weekday.
    assert _days("Envoys could see U.S. troops leave by Friday.", WEDNESDAY) == [("Friday", date(2025, 6, 6))]


def test_the_callers_sentence_bounds_the_clause() -> None:
    text = "Rebels held the bridge until Monday. Aid will arrive soon."
    cut = text.index(". ") + 1
    assert [(d.text, d.start_date) for d in find_dates(text, WEDNESDAY, 0, cut)] == [("Monday", date(2025, 6, 2))]


@pytest.mark.parametrize("text", [
    "Talks are planned for this weekend.",
    "Protests are set for this weekend in the capital.",
    "Rallies are scheduled this weekend.",
    "A vote is slated for this weekend.",
])
def test_a_scheduled_weekend_in_a_monday_story_is_the_coming_one(text: str) -> None:
    (found,) = find_dates(text, MONDAY)
    assert (found.start_date, found.end_date) == (date(2024, 8, 10), date(2024, 8, 11))


def test_a_told_weekend_in_a_monday_story_is_the_one_just_gone() -> None:
    (found,) = find_dates("Clashes erupted this weekend in the capital.", MONDAY)
    assert (found.start_date, found.end_date) == (date(2024, 8, 3), date(2024, 8, 4))


def test_a_violent_event_told_in_the_past_keeps_its_weekday() -> None:
    import eventwire

    (ev,) = eventwire.extract("Russian forces shelled Kharkiv until Sunday, killing two civilians.",
                              published="2025-06-04")
    assert ev.date is not None and ev.date.start == date(2025, 6, 1) and ev.date.text == "Sunday"


@pytest.mark.parametrize(("text", "day"), [
    ("Officials have said fighting continued through Monday.", date(2025, 6, 2)),  # "have" governs "said"
    ("Residents who are now in Kyiv said shelling lasted until Sunday.", date(2025, 6, 1)),  # a relative clause
    ("The army, which has lost many men, held the town until Monday.", date(2025, 6, 2)),
    ("Ukrainian troops clung to positions in the town until Sunday.", date(2025, 6, 1)),  # "to" + noun
    ("Soldiers went to Bakhmut by Monday.", date(2025, 6, 2)),  # "to" + a name is no infinitive
])
def test_a_cue_outside_the_weekdays_clause_does_not_read_forward(text: str, day: date) -> None:
    assert [d for _, d in _days(text, WEDNESDAY)] == [day]


def test_a_present_clause_after_a_report_verb_still_reads_forward() -> None:
    assert _days("Officials said the roads are closed until Monday.", WEDNESDAY) == [("Monday", date(2025, 6, 9))]
