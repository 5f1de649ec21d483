"""A wire dateline's town stands in for an act's place only when the act plausibly happened there: not for an act at
sea, not "off the <X> coast", not for a bureau filing another country's news. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=date(1987, 10, 20))
            if is_violent(e)]


@pytest.mark.parametrize(("text", "where"), [
    ("NAIROBI, Oct 19 - Pirates attacked a Greek freighter off the Somali coast on Monday, the agency said.",
     "Somalia"),
    ("DUBAI, Oct 19 - Gunboats attacked a Liberian tanker off the Iranian coast on Monday, shipping sources said.",
     "Iran"),
])
def test_off_a_demonyms_coast_is_that_country_not_the_dateline(text: str, where: str) -> None:
    assert _places(text) == [where]


@pytest.mark.parametrize("text", [
    # Warships act at sea: the capital the story was filed from is not where.
    "WASHINGTON, Oct 19 - U.S. warships destroyed two oil platforms on Monday, the Pentagon said.",
    # A bureau filing another country's news, with no place told for the act.
    "NICOSIA, Oct 19 - Iran said its troops launched a new offensive on Monday and killed hundreds of soldiers.",
])
def test_an_act_at_sea_or_a_bureaus_news_is_not_at_the_dateline(text: str) -> None:
    assert _places(text) == [None]


def test_a_ship_hit_with_no_place_does_not_take_the_land_place_before() -> None:
    text = ("LONDON, Oct 19 - Iraqi jets attacked a tanker in the northern Gulf on Monday, Lloyds said. A second "
            "tanker was hit by a missile later in the day, the agency said.")
    assert set(_places(text)) == {None}


@pytest.mark.parametrize(("text", "where"), [
    # Local news with no other place: the dateline is where.
    ("NICOSIA, Oct 19 - A bomb exploded in a cafe on Monday, killing two people, police said.", "Nicosia"),
    # A foreign attacker named by a demonym alone: the act is in the dateline's country.
    ("BEIRUT, Oct 19 - Israeli jets bombed Palestinian targets on Monday, local radio said.", "Beirut"),
    # Another country as the source, but the story names the dateline's own people: local news.
    ("BEIRUT, Oct 19 - Syria said its troops shelled Druze positions on Monday, Lebanese police said.", "Beirut"),
    # A ship in another clause leaves a land act at the dateline.
    ("KARACHI, Oct 19 - Gunmen killed two dock guards on Monday after a freighter docked, police said.", "Karachi"),
])
def test_the_dateline_stays_where_the_act_plausibly_happened(text: str, where: str) -> None:
    assert _places(text) == [where]


def test_a_land_act_still_takes_the_town_told_before() -> None:
    text = ("BAGHDAD, Oct 19 - Iraqi jets bombed the Iranian town of Dezful on Monday, a spokesman said. A missile hit "
            "a residential area later in the day, the spokesman said.")
    assert set(_places(text)) == {"Dezful"}


def test_a_ships_toll_told_after_is_no_second_event_at_the_dateline() -> None:
    text = ("LONDON, Oct 20 - The Iranian tanker Sea Star was attacked and hit on October 18, Lloyds said.\n"
            "One crewman was killed.")
    events = [e for e in extract(text, published=date(1987, 10, 20)) if is_violent(e)]
    assert [e.location for e in events] == [None]


def test_a_ship_told_from_a_sources_town_is_not_there() -> None:
    # "In London, Lloyds said": where the news came from, not where the tanker was (nor the story's setting).
    text = ("BAGHDAD, March 23 - Iraqi warplanes hit the jetty at Iran's Kharg island oil terminal on Sunday, Iraq said. "
            "In London, Lloyds insurance said the Iranian tanker Sea Star was hit on Saturday.")
    assert sorted(_places(text), key=str) == ["Kharg Island", None]


def test_a_land_act_told_from_a_sources_town_keeps_it() -> None:
    text = ("BAGHDAD, March 23 - Iraqi warplanes hit the jetty at Iran's Kharg island oil terminal on Sunday, Iraq said. "
            "In Basra, officials said a car bomb killed five people on Saturday.")
    assert sorted(_places(text), key=str) == ["Basrah", "Kharg Island"]
