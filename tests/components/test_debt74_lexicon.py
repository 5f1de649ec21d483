"""The shared word lists hold what the modules that compose them need, and those modules still read each form."""

from __future__ import annotations

import re
from datetime import date

import pytest

from eventwire.components import casualties, lexicon, numbers, toll_status, trigger_background, trigger_status
from eventwire.components.assemble_date import _MONTH as DATE_CUE
from eventwire.components.dates import MONTHS, WEEKDAYS, find_dates


def test_calendar_lists_hold_every_month_and_day_in_order() -> None:
    months = lexicon.MONTH_NAMES.split("|")
    assert len(months) == 12 and months[0] == "January" and months[-1] == "December"
    assert lexicon.MONTH == "(?:" + lexicon.MONTH_NAMES + ")"
    assert lexicon.WEEKDAY_NAMES.split("|")[0] == "Monday" and len(lexicon.WEEKDAY_NAMES.split("|")) == 7
    # Each stem opens its month, in the same order.
    assert [m[:3].lower() for m in months] == lexicon.MONTH_STEMS.split("|")


def test_dates_tables_are_built_from_the_lexicon() -> None:
    assert [MONTHS[m.lower()] for m in lexicon.MONTH_NAMES.split("|")] == list(range(1, 13))
    assert MONTHS["sept"] == 9 and MONTHS["dec"] == 12
    assert WEEKDAYS == {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
                        "sunday": 6}


@pytest.mark.parametrize(("text", "start"), [
    ("Shelling hit the market on 14 September 2024, officials said.", date(2024, 9, 14)),
    ("SAN SALVADOR, 3 JAN 90 -- Rebels attacked a post.", date(1990, 1, 3)),
    ("The bridge was struck in August, the mayor said.", date(2024, 8, 1)),
])
def test_dates_read_months_named_and_abbreviated(text: str, start: date) -> None:
    found = find_dates(text, date(2024, 10, 2))
    assert [d.start_date for d in found] == [start]


def test_numbers_mask_a_muc_dateline_day() -> None:
    assert numbers._DATE.search("LIMA, 9 JAN 90 (EFE) -- Two guards died.") is not None
    assert numbers._DATE.search("Nine guards died on Tuesday.") is None


def test_status_patterns_read_the_shared_names() -> None:
    assert trigger_background.DAY_TOLD.search("Two men were shot dead on Thursday near the port.")
    assert trigger_background.DAY_TOLD.search("A mortar round killed a boy on May 3.")
    assert not trigger_background.DAY_TOLD.search("A mortar round killed a boy in the spring.")
    assert trigger_status._AGGREGATE.search("Forty people were killed in the province since March.")
    assert toll_status._CUMULATIVE.search("The toll since February 24 has reached 300.")
    assert not toll_status._CUMULATIVE.search("The toll since the talks has reached 300.")


def test_background_patterns_read_the_shared_names() -> None:
    assert trigger_background._SINCE_TIME.search("calm since Sunday")
    assert trigger_background._SINCE_TIME.search("calm since early October")
    text = "Officials had met daily since Saturday, when an attack on the depot "
    assert trigger_background._SINCE_WHEN.search(text)


def test_month_cue_of_an_answered_date() -> None:
    assert DATE_CUE.search("on Sept 12") and DATE_CUE.search("on 12")
    assert not DATE_CUE.search("on Friday")


def test_clause_break_ends_a_figure_clause() -> None:
    assert re.match(trigger_status.CLAUSE_BREAK, "; then")
    assert toll_status._CLAUSE_STOP.search("12 died, bringing the total to 40")
    assert trigger_status.CLAUSE_CUT.search("5 were hurt whereas others fled")


@pytest.mark.parametrize("head", ["No", "Every", "neither"])
def test_lone_person_not_after_a_negation_or_quantifier(head: str) -> None:
    assert casualties._ONE_BARE.match(f"{head} soldier was killed") is None


def test_lone_person_read_otherwise() -> None:
    assert casualties._ONE_BARE.match("Young soldier was killed") is not None
