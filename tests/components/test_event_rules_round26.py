"""Round 26: violence words used in another sense in general news yield no violent event; real violence stays."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

DAY = date(2025, 6, 6)


def violent(text: str) -> list[str]:
    """Sub-event types of the violent events found in `text`."""
    return [e.sub_event_type or "" for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "The bank hired Merrill Lynch to arrange the share offering in London, the company said.",
    "Lynch ran for 120 yards as the home side won in Seattle.",
    "Qatar signed a gas deal with Shell in Doha on Monday.",
    "Coach Robinson blasts officials after a late penalty decision in Madrid.",
    "Working on the show in Manchester has been an absolute blast, the presenter said.",
    "The explosion in consumer gadgets will continue this year, delegates in Las Vegas were told.",
    "A 48-hour strike by baggage handlers at Heathrow airport in London began on Friday.",
    "A strong earthquake which struck southern Japan killed one person, officials said.",
    "The singer died of a heart attack at his home in Nashville.",
    "Hackers launched a denial-of-service attack on the bank's website in Frankfurt.",
    "The crew were doing some location shooting in Las Vegas last week.",
    "The film bombed at the box office in Los Angeles.",
    "Their work in Luanda is harder because of the huge number of landmines dotted around the country.",
])
def test_other_senses_yield_no_violent_event(text: str) -> None:
    assert violent(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("A car bomb exploded outside the stadium in Madrid, injuring 17 people.", "Remote explosive/landmine/IED"),
    ("Israeli troops storm Khan Younis, south Gaza, killing scores of Palestinians", None),
    ("Explosions were heard near the Guazapa volcano as the army shelled rebel positions.", None),
    ("Shining Path called a 48-hour armed strike in Ayacucho and gunmen killed two police officers.", None),
])
def test_real_violence_in_the_same_words_stays(text: str, sub: str | None) -> None:
    found = violent(text)
    assert found, text
    if sub is not None:
        assert sub in found
