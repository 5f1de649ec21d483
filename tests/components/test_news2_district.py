"""News and wire stories (session 17): an undated district of a city struck on the story's day is that city's strike."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2025, 3, 9)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)]


def test_an_undated_district_hit_folds_into_the_citys_strike_of_the_day() -> None:
    text = ("Russian missiles struck Kyiv on Sunday, killing three people, the mayor said.\n\n"
            "In Kyiv's Obolon district, a drone hit an apartment block and one woman was killed, rescuers said.")
    assert _places(text) == ["Kyiv"]


def test_a_district_hit_on_another_day_stays_its_own_event() -> None:
    text = ("Russian missiles struck Kyiv on Sunday, killing three people, the mayor said.\n\n"
            "In Kyiv's Obolon district, a drone hit an apartment block on March 2, rescuers said.")
    assert len(_places(text)) == 2
