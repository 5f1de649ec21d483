"""An attack on, blockade of or seizure of a named oil or gas site is placed at the site, not the country or unit.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

_DAY = date(2024, 4, 14)


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("A drone struck the Khor Mor gas field in Iraq's Kurdistan region on Wednesday, halting gas supplies.",
     "Explosions/Remote violence", "Khor Mor"),
    ("Tribal protesters shut down Libya's Sharara oilfield on Sunday, forcing the oil company to halt output.",
     "Protests", "Sharara field"),
    ("The Rapid Support Forces seized the Heglig oil field in West Kordofan on Monday after clashes with the army.",
     "Battles", "Heglig"),
    ("Houthi rebels said they fired missiles at the Khurais oil field in Saudi Arabia on Friday.",
     "Explosions/Remote violence", "Khurais"),
    ("Shelling hit the al-Jaili refinery north of Khartoum on Sunday, setting storage tanks ablaze.",
     "Explosions/Remote violence", "Jaili refinery"),
])
def test_the_event_is_at_the_named_site(text: str, etype: str, place: str) -> None:
    got = [(e.event_type, e.location.name if e.location else None) for e in extract(text, published=_DAY)]
    assert (etype, place) in got, got
