"""Session 30, wire177: 1987 wire copy's other senses (walkouts, a bank's name, a ticker with its exchange) code no
violence; modern air strikes and lynchings told with like words stay. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 10, 20)
NOW = date(2024, 5, 20)


def _violent(text: str, day: date = DAY) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "GENOA, Oct 20 - A shipping line took on extra stevedores to offset a rolling strike in Italian harbours.",
    "OSLO, Oct 20 - Output at the strike-hit mines near Kiruna fell by a third, the company said.",
    "ROTTERDAM, Oct 20 - Three tankers lay idle beside the strike-bound wharf in Rotterdam.",
    "CHICAGO, Oct 20 - Bus drivers in Chicago began a wildcat strike, the operator said.",
    "NEW YORK, Oct 20 - BROKERAGE MERRILL LYNCH POSTS HIGHER THIRD QUARTER EARNINGS",
    "NEW YORK, Oct 20 - A trust run by Merrill LYnch Asset Management bought five mln shares.",
    "TOKYO, Oct 20 - Mobil Corp <MOB.N> will set up a trading desk in Tokyo, a spokesman said.",
])
def test_wire_copy_senses_are_no_violence(text: str) -> None:
    assert _violent(text) == []


@pytest.mark.parametrize("text", [
    # fmend30 D1: a wildcat, sympathy or sit-down strike is a walkout, so a protest, not a deleted trigger.
    "SANTOS, Oct 20 - Stevedores staged a wildcat strike in Santos on Tuesday over pay.",
    "HAIFA, Oct 20 - Port staff in Haifa staged sympathy strikes on Monday, their union said.",
    "TURIN, Oct 20 - Car workers in Turin began a sit-down strike at the plant on Monday.",
])
def test_walkout_adjectives_keep_the_protest(text: str) -> None:
    subs = [e.sub_event_type for e in extract(text, published=DAY)]
    assert "Peaceful protest" in subs and _violent(text) == []


def test_a_walkout_beside_a_bombing_keeps_the_air_strike_where_it_fell() -> None:
    # fmend30 D1: as on c6c303a, the bombing stays at the bombed city.
    text = "Crane operators staged sympathy strikes in Haifa as Israeli warplanes bombed Beirut."
    assert _violent(text, NOW) == [("Air/drone strike", "Beirut")]
    assert "Peaceful protest" in [e.sub_event_type for e in extract(text, published=NOW)]


@pytest.mark.parametrize(("text", "sub"), [
    # D1: "intermittent strikes" tells an air campaign too.
    ("Nigerian jets carried out intermittent strikes in Borno state on Monday, the air force said.",
     "Air/drone strike"),
    ("Israel carried out intermittent strikes on Gaza City overnight, killing at least 9 people.", "Air/drone strike"),
    # D2: dockers or wages near an air strike are no pay dispute.
    ("A Russian strike in Mykolaiv overnight forced stevedores to stop loading sunflower oil.", "Air/drone strike"),
    ("An Israeli strike in Khan Younis on Sunday came as the agency said it could not pay wages.", "Air/drone strike"),
    # D3: in war copy "strike-hit" means hit by an air strike.
    ("Rescuers searched the strike-hit apartment block in Zaporizhzhia for survivors on Monday.", "Air/drone strike"),
])
def test_air_strikes_told_with_walkout_words_stay(text: str, sub: str) -> None:
    assert [s for s, _ in _violent(text, NOW)] == [sub]


@pytest.mark.parametrize("text", [
    # D4: a caps headline's "LYNCH" is the act unless it follows "Merrill".
    "ACCRA, Oct 20 - TOWNSPEOPLE LYNCH THREE ALLEGED ROBBERS IN GHANA",
    "ACCRA, Oct 20 - A mob lynched two alleged robbers in Accra, police said.",
])
def test_lynchings_stay(text: str) -> None:
    assert [s for s, _ in _violent(text)] == ["Mob violence"]
