"""ISW round 98: an act told with "have been ...ing" goes on as the report is written; it takes no earlier day."""
from datetime import date

from eventwire.api import extract

PUB = date(2022, 6, 9)
# A first sentence that names a day in the past: a later sentence's simple past may take that day (the lookback).
FIRST = "Officials in Zaporizhia said on May 1 that the army had received new tanks. "


def _clash_days(text: str) -> list[date]:
    return [e.date.start for e in extract(text, published=PUB)
            if e.sub_event_type == "Armed clash" and e.location and e.location.name == "Kurakhove"]


def test_have_been_attacking_is_dated_on_the_report_day() -> None:
    days = _clash_days(FIRST + "Enemy brigades have been conducting infantry attacks near Kurakhove, where the front "
                               "has barely moved.")
    assert days == [PUB]


def test_simple_past_still_takes_the_earlier_day() -> None:
    # Near miss: no progressive, so the day told in the sentence before still dates the act (and an act 39 days
    # old is then left out as recalled, as before this round).
    days = _clash_days(FIRST + "Enemy brigades conducted infantry attacks near Kurakhove, where the front has barely "
                               "moved.")
    assert PUB not in days
