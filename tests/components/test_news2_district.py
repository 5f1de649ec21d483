"""News and wire stories (session 17): an undated district of a city struck on the story's day is that city's strike."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, is_violent

_DAY = date(2025, 3, 9)


def _events(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location.name if e.location else None, fatalities_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_an_undated_district_hit_folds_into_the_citys_strike_of_the_day() -> None:
    # The district's deaths come with it: they are the city's toll.
    text = ("Russian missiles struck Kyiv on Sunday, officials said.\n\n"
            "In Kyiv's Darnytsia district, a drone hit a school and two men were killed, medics said.")
    assert _events(text) == [("Kyiv", 2)]


def test_a_district_hit_on_another_day_stays_its_own_event() -> None:
    text = ("Russian missiles struck Kyiv on Sunday, killing three people, the mayor said.\n\n"
            "In Kyiv's Obolon district, a drone hit an apartment block on March 2, rescuers said.")
    assert len(_events(text)) == 2


def test_another_citys_district_does_not_fold_into_this_city() -> None:
    # District names recur across cities: Kharkiv's Shevchenko district is no part of the strike on Kyiv.
    text = ("Russian missiles struck Kyiv on Sunday, killing two people, officials said.\n\n"
            "In Kharkiv's Shevchenko district, a drone hit a school and one man was killed, medics said.")
    got = _events(text)
    assert len(got) == 2 and ("Kyiv", 2) in got
