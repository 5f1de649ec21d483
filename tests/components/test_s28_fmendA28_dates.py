"""Session 28, fmendA28: a progressive verb of doing with a determiner-led act ("are continuing their assault on X")
is going on as the report is written; only a verb about an act ("are investigating the strike on X") leaves the act
on its own earlier day (final read B). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2022, 8, 22)


def _days(text: str) -> dict[str, date | None]:
    return {e.location.name: e.date.start for e in extract(text, published=DAY)
            if is_violent(e) and e.location and e.sub_event_type}


@pytest.mark.parametrize("verb", [
    "are continuing their assault on", "are still continuing their assault on", "are now continuing the assault on",
    "are still pressing their attacks on",
])
def test_a_verb_of_doing_with_its_act_takes_the_report_day(verb: str) -> None:
    days = _days(f"Russian forces captured Pisky on August 20. Russian forces {verb} Avdiivka.")
    assert days == {"Pisky": date(2022, 8, 20), "Avdiyivka": DAY}


def test_intensifying_the_shelling_is_going_on_now() -> None:
    days = _days("Russian forces shelled Nikopol on August 20. Russian forces are also intensifying the shelling of "
                 "Marhanets.")
    assert days == {"Nikopol": date(2022, 8, 20), "Marhanets": DAY}


@pytest.mark.parametrize("about", [
    "Ukrainian officials are investigating the strike on a hospital in",
    "Local authorities are condemning the shelling of a school in",
    "Prosecutors are reviewing the attack on a school in",
])
def test_a_verb_about_the_act_leaves_it_on_its_day(about: str) -> None:
    days = _days(f"Russian forces shelled Nikopol on August 20. {about} Marhanets.")
    assert days == {"Nikopol": date(2022, 8, 20), "Marhanets": date(2022, 8, 20)}
