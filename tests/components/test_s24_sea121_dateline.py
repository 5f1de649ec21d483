"""A land act at the wire dateline stays there when its sentence merely mentions the sea, a coast or "offshore".

The sea-word rules that moved such acts (session 24's first cut of issue #4) were removed after review; these
sentences pin main's answers so that no later rule reads a surface word as the act's place.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=date(2024, 1, 12))
            if is_violent(e)]


@pytest.mark.parametrize(("text", "where"), [
    # A sea word in another clause (after "hours after", "as", "who").
    ("BAGHDAD, Jan 12 - A car bomb killed 12 people at a market on Friday, hours after U.S. aircraft carriers "
     "arrived in the Gulf.", "Baghdad"),
    ("RIYADH, Jan 12 - Gunmen attacked a compound housing Western oil workers on Friday, killing five, many of whom "
     "worked on offshore rigs.", "Riyadh"),
    # "offshore" qualifying a firm.
    ("LAGOS, Jan 12 - Gunmen killed three workers of an offshore oil services company in an attack on its office "
     "on Friday, police said.", "Lagos"),
    ("MOSCOW, Jan 12 - A businessman who ran offshore companies was shot dead outside his home on Friday, police "
     "said.", "Moscow"),
    ("HOUSTON, Jan 12 - A gunman killed two workers at the headquarters of an offshore drilling company on Friday, "
     "police said.", "Houston"),
    # "the Gulf" before a land noun.
    ("KUWAIT, Jan 12 - Gunmen attacked a ferry terminal in the Gulf sheikhdom on Friday, killing two guards.",
     "Kuwait City"),  # the bureau's city (session 32, dateline187), as for every dateline here
    # A demonym's coast in a relative clause, or "near" a coast (on land).
    ("ATHENS, Jan 12 - Police said a gunman killed two migrants on Friday who had arrived by boat near the Turkish "
     "coast.", "Athens"),
    ("DUBAI, Jan 12 - Gunmen shot dead two sailors on Friday who had worked on ships off the Somali coast, police "
     "said.", "Dubai"),
    ("MUSCAT, Jan 12 - Gunmen killed two guards at a factory near the Omani coast on Friday, police said.", "Muscat"),
    ("MOGADISHU, Jan 12 - Al Shabaab fighters attacked a military base near the Somali coast on Friday, killing "
     "seven soldiers.", "Mogadishu"),
])
def test_a_sea_word_beside_a_land_act_keeps_the_dateline(text: str, where: str) -> None:
    assert _places(text) == [where]
