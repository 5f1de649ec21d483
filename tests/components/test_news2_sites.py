"""News and wire stories (session 17): a curated oil field is a site, and a country-level lead retells the raid on it."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, is_violent

_DAY = date(1987, 5, 12)


def _events(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location.name if e.location else None, fatalities_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_country_level_lead_folds_into_the_undated_raid_on_an_oil_field() -> None:
    # The lead's "Iranian offshore rigs" (dated Tuesday, the story's day) and the field told with no day are one raid.
    text = ("BAHRAIN, May 12 - Warplanes of unknown origin bombed a pair of Iranian offshore rigs on Tuesday "
            "morning, according to port agents.\n\nPort agents added that the planes attacked Iran's Sassan oilfield "
            "before sunrise.")
    assert [name for name, _ in _events(text)] == ["Sassan field"]


def test_a_country_level_lead_with_no_site_told_stays_at_the_country() -> None:
    text = ("BAHRAIN, May 12 - Warplanes of unknown origin bombed a pair of Iranian offshore rigs on Tuesday "
            "morning, according to port agents.\n\nThe agents added that a fire was still burning on one of them.")
    assert [name for name, _ in _events(text)] == ["Iran"]


def test_a_site_attacked_as_a_habit_does_not_take_the_days_lead() -> None:
    # "have frequently attacked the Sassan oilfield" tells no raid of that day: the lead and its toll stay at Iran.
    text = ("BAHRAIN, May 12 - Warplanes of unknown origin bombed a pair of Iranian offshore rigs on Tuesday "
            "morning, killing six workers, according to port agents.\n\nIraqi aircraft have frequently attacked "
            "the Sassan oilfield, the agents said.")
    assert ("Iran", 6) in _events(text)
