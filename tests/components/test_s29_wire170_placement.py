"""Session 29, wire170: wire placement. A country the act is told in is not replaced by the story's most named country,
and a country told by a compass part that the dateline's town lies outside is where. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 3, 10)


def _places(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e)]


def test_a_country_the_act_is_told_in_keeps_it() -> None:
    text = ("The United States said its navy would stay. The United States briefed its allies. "
            "Officials pointed to a rocket attack on Thursday in Kuwait waters on a tanker under the American flag.")
    assert _places(text) == ["Kuwait"]


def test_a_compass_part_of_the_country_beats_the_bureau_town() -> None:
    assert _places("N'DJAMENA, March 25 - Army headquarters said troops killed 400 Libyan soldiers in taking an "
                   "airstrip in northern Chad on Sunday.") == ["Chad"]
    # A capital near the country's middle lies in no part of it.
    assert _places("BAGHDAD, March 11 - Iraq said its forces had crushed an Iranian attack in northern Iraq.") == \
        ["Iraq"]


def test_a_bureau_town_inside_the_part_told_stays() -> None:
    assert _places("N'DJAMENA, March 25 - Chad said troops killed 200 Libyan soldiers in fighting in southern Chad.") \
        == ["N'Djamena"]
