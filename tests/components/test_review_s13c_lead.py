"""Final review (s13c) fixes C3 and C8: forces as the head of the object; a dateline later than its stamp."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import extract

PUB = date(2024, 6, 3)


def test_relatives_and_retired_soldiers_are_civilians() -> None:
    for text in ("Gunmen killed the wives of soldiers in Maiduguri on Monday.",
                 "Gunmen shot two police officers' children in Kano on Monday.",
                 "Gunmen killed three retired soldiers at a market in Kano on Monday."):
        assert {sub for sub, _ in coded(text, PUB)} == {"Attack"}, text
    assert ("Armed clash", "Kano") in coded("Gunmen attacked two police officers in Kano on Monday.", PUB)


def test_a_dateline_two_days_after_the_stamp_does_not_move_the_story() -> None:
    text = "Strike on Kyiv\n\nKYIV, June 6 (Reuters) - Russian missiles struck Kyiv on Thursday, officials said."
    days = {e.date.start for e in extract(text, published=date(2024, 6, 4)) if e.event_type is not None}
    assert date(2024, 6, 6) not in days  # "Thursday" before a 4 June stamp is 30 May; the dateline is no stamp
    days = {e.date.start for e in extract(text, published=date(2024, 6, 5)) if e.event_type is not None}
    assert days == {date(2024, 6, 6)}  # one day after the GMT stamp: the local day
