"""Round 38: a weekday after "until/through/by" bounds a state that lasts from the report on: the coming day."""

from datetime import date

from eventwire.components.dates import find_dates

SUNDAY = date(2024, 4, 14)
WEDNESDAY = date(2023, 11, 22)


def _days(text: str, published: date) -> list[tuple[str, date | None]]:
    return [(d.text, d.start_date) for d in find_dates(text, published)]


def test_through_monday_in_a_sunday_story_is_the_coming_monday() -> None:
    text = "Ministry keeps schools in the north shut through Monday after rocket fire"
    assert _days(text, SUNDAY) == [("Monday", date(2024, 4, 15))]


def test_until_and_by_a_weekday_look_forward() -> None:
    assert _days("Two airports halt all departures until Monday morning", SUNDAY) == [("Monday morning", date(2024, 4, 15))]
    assert _days("Release of the hostages is delayed until Friday", WEDNESDAY) == [("Friday", date(2023, 11, 24))]
    assert _days("Mediators hope for a truce by Friday, officials said.", WEDNESDAY) == [("Friday", date(2023, 11, 24))]


def test_the_deadline_on_its_own_day_is_that_day() -> None:
    assert _days("Mediators hope for a truce by Wednesday.", WEDNESDAY) == [("Wednesday", WEDNESDAY)]


def test_a_past_state_keeps_the_day_gone_by() -> None:
    assert _days("The curfew was in force until Monday, when troops left.", WEDNESDAY) == [
        ("Monday", date(2023, 11, 20))]
    assert _days("Fighting continued through Monday, medics said.", WEDNESDAY) == [("Monday", date(2023, 11, 20))]


def test_a_deadline_opening_a_sentence_sets_a_past_scene_unless_a_future_follows() -> None:
    assert _days("But by Monday, the shekel had climbed again.", WEDNESDAY) == [("Monday", date(2023, 11, 20))]
    assert _days("By Monday, the shekel climbed again.", WEDNESDAY) == [("Monday", date(2023, 11, 20))]
    assert _days("By Monday, aid will reach the north.", WEDNESDAY) == [("Monday", date(2023, 11, 27))]


def test_a_span_end_is_not_a_deadline() -> None:
    assert _days("Rain fell Sunday through Monday in the north.", WEDNESDAY) == [
        ("Sunday", date(2023, 11, 19)), ("Monday", date(2023, 11, 20))]
    assert _days("In the three trading days through Monday, the shekel rose.", WEDNESDAY) == [
        ("Monday", date(2023, 11, 20))]


def test_a_newspaper_named_after_a_weekday_is_no_deadline() -> None:
    assert _days("The book, by Sunday Times reporter Ann Lee, is out.", WEDNESDAY) == [("Sunday", date(2023, 11, 19))]


def test_a_wrapped_wire_line_is_no_sentence_opening() -> None:
    text = "Officials postponed the vote\nuntil Monday, the spokesman said."
    assert _days(text, WEDNESDAY) == [("Monday", date(2023, 11, 27))]


def test_a_passive_deadline_is_no_past_state() -> None:
    assert _days("The vote was postponed until Monday.", WEDNESDAY) == [("Monday", date(2023, 11, 27))]
