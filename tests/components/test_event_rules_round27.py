"""Round 27: background, feared attacks, span tallies, past year-less dates, launched strikes, "no let-up"."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components import trigger_background
from eventwire.components.dates import find_dates
from eventwire.evaluate.common import is_violent


def violent(text: str, day: date) -> list[tuple[str, str | None]]:
    """(sub-event type, place name) of the violent events found in a headline published on `day`."""
    return [(e.sub_event_type or "", e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


@pytest.mark.parametrize("text", [
    # A past start point (gold README: background).
    "How many soldiers are still missing since the Taliban attack on Kunduz?",
    "Trucks cross into Mosul for the first time since the ISIS attack",
    # A headline's bare cause: an attack told elsewhere.
    "Activists in Lviv face a reckoning after Russian attacks",
    "Kenya closes the border crossing after Shabaab attack and vows a response",
    # Feared or expected attacks are no events.
    "Deep anxiety in Kharkiv over feared Russian offensive",
    "City braces for looming assault on Kherson",
    # A toll over a war or a span of months sums up many events.
    "More than 200 aid workers killed in six months in Sudan",
    "Only a third of the militants killed in Mali war: report",
])
def test_background_headlines_yield_no_violent_event(text: str) -> None:
    assert violent(text, date(2024, 5, 10)) == []


@pytest.mark.parametrize(("text", "sub"), [
    # A cause that names its place or site is the event itself (the merger links reactions to it).
    ("President tells ministers to act after Kharkiv strike", "Air/drone strike"),
    ("Talks resume after killings at Bamako market", "Attack"),
    # A toll with no span stays an event.
    ("Israeli strike kills 20 in war-torn Gaza", "Air/drone strike"),
    # "It has been 4 days since the killing" dates a recent event; the killing stays (MUC dev).
    ("Police say it has been four days since the killing of a judge in Lima by rebels", "Attack"),
])
def test_events_told_as_news_stay(text: str, sub: str) -> None:
    assert sub in [s for s, _ in violent(text, date(2024, 5, 10))]


def test_no_let_up_does_not_negate_the_strikes() -> None:
    got = violent("UN says no let-up in Russian air strikes on Kharkiv", date(2024, 5, 10))
    assert ("Air/drone strike", "Kharkiv") in got


def test_launched_strikes_by_a_party_at_a_place_are_air_strikes() -> None:
    got = violent("U.S. launches fresh strikes on rebel targets in Yemen", date(2024, 1, 12))
    assert [s for s, _ in got] == ["Air/drone strike"]
    assert violent("Company launches strike fund for workers in Detroit", date(2024, 1, 12)) == []


def test_a_year_less_date_prefers_the_past() -> None:
    # "October 7" told in May is last October, not the coming one.
    d = find_dates("all were killed on October 7", date(2024, 5, 23))[0]
    assert d.start_date == date(2023, 10, 7)
    # A date just ahead is still the future one ("will meet on June 20" told on June 10).
    d = find_dates("the envoys will meet on June 20", date(2024, 6, 10))[0]
    assert d.start_date == date(2024, 6, 20)
    # "30 DECEMBER" in a story of 3 JAN 90 is the December just past.
    d = find_dates("ON 30 DECEMBER THE ARMY ATTACKED", date(1990, 1, 3))[0]
    assert d.start_date == date(1989, 12, 30)


def test_an_event_long_before_publication_is_no_new_event() -> None:
    assert violent("Bodies of three captives killed on October 7 recovered in Kfar Aza", date(2024, 5, 23)) == []


def test_background_rules_can_be_switched_off() -> None:
    text = "Activists in Lviv face a reckoning after Russian attacks"
    trigger_background.DISABLED.add("cause")
    try:
        assert violent(text, date(2024, 5, 10)) != []
    finally:
        trigger_background.DISABLED.discard("cause")
    assert violent(text, date(2024, 5, 10)) == []


@pytest.mark.parametrize(("text", "sub", "place"), [
    # "gun down" in the present tense, as "gunned down" (UCDP headlines).
    ("Unknown attackers gun down tribal elder in Kandahar", "Attack", "Kandahār"),
    # A lone headline opening with "Clashes in <town>" is the report of a fight there.
    ("Clashes in Idlib and Hama countryside", "Armed clash", "Idlib"),
])
def test_headline_triggers_round27(text: str, sub: str, place: str) -> None:
    assert (sub, place) in violent(text, date(2019, 5, 5))


def test_clashes_in_a_story_still_need_a_party() -> None:
    # Only a lone headline is the report itself; "clashes in" inside a story is checked as before.
    assert violent("Fans argued after the match. Clashes in the stands of the Milan stadium were brief.",
                   date(2019, 5, 5)) == []


def test_a_district_or_site_of_a_struck_city_is_part_of_the_city_event() -> None:
    text = ("Russian missiles struck Kyiv overnight, killing two. In Kyiv's Shevchenko district, a five-story building "
            "was hit and caught fire. The missiles also hit the Darnytsia plant in Kyiv.")
    got = violent(text, date(2026, 5, 24))
    assert [p for _, p in got] == ["Kyiv"]
