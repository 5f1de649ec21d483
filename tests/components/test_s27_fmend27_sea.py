"""Acts at sea after session 27's final read: a force's bare strike on a ship is no strike on the town named near it,
a country named after "off" is where the act was, and a lead act's bare toll takes the act's coast. Sentences written
for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

# Five typed acts, each its own trigger: a front report (trigger_weak's bare force strike needs one).
YEMEN = ("Houthi fighters fought army units near Marib on Sunday. Loyalist troops ambushed Houthi gunmen outside Taiz. "
         "Houthi fighters stormed an army post in Al Bayda. Tribesmen clashed with Houthi fighters near Hodeidah. "
         "Army units beat back a Houthi attack near Hays. ")
UKRAINE = ("Russian forces shelled Kupiansk on March 3. Russian forces launched airstrikes on Kostiantynivka. "
           "Russian troops conducted ground attacks near Chasiv Yar. Russian forces fired artillery at Marhanets. "
           "Ukrainian forces repelled a Russian assault near Velyka Novosilka. ")


def _events(text: str, day: date) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=day)
            if is_violent(e)]


def test_a_forces_strike_on_a_ship_is_not_a_strike_on_a_town() -> None:
    day = date(2024, 2, 12)
    assert _events(YEMEN + "Houthi forces struck a cargo ship in the Red Sea on Sunday.", day) == _events(YEMEN, day)
    day = date(2024, 3, 4)
    base = _events(UKRAINE, day)
    assert _events(UKRAINE + "Russian forces struck a grain tanker off Mykolaiv on March 3.", day) == base
    assert _events(UKRAINE + "Russian forces struck cargo ships in the Black Sea near Ochakiv on March 3.", day) == base


def test_a_forces_strike_on_a_ferry_crossing_or_a_ship_in_port_keeps_the_town() -> None:
    day = date(2024, 3, 4)
    assert ("Shelling/artillery/missile attack", "Kherson") in _events(
        UKRAINE + "Russian forces struck a ferry crossing near Kherson.", day)
    assert ("Shelling/artillery/missile attack", "Izmayil") in _events(
        UKRAINE + "Russian forces struck two ships docked in the port of Izmail.", day)


@pytest.mark.parametrize(("text", "where"), [
    ("BERBERA, June 2 (Reuters) - Gunmen in skiffs fired on a cargo vessel off Somalia on Sunday.", "Somalia"),
    ("BERBERA, June 2 (Reuters) - Gunmen in skiffs fired on a cargo vessel off the coast of Somalia on Sunday.", "Somalia"),
    ("SANAA, June 2 (Reuters) - Houthi gunmen fired two rockets at a cargo ship off Yemen's coast on Sunday.", "Yemen"),
])
def test_a_country_named_after_off_is_where_the_act_at_sea_was(text: str, where: str) -> None:
    assert [p for _, p in _events(text, date(2024, 6, 2))] == [where]


@pytest.mark.parametrize("text", [
    "BERBERA, June 2 (Reuters) - Gunmen in skiffs attacked a cargo vessel off the Somali coast on Sunday. "
    "Three sailors were killed.",
    "BERBERA, June 2 (Reuters) - Gunmen in skiffs attacked a cargo vessel off Somalia on Sunday. "
    "Three sailors were killed.",
])
def test_a_bare_toll_after_an_act_off_a_coast_is_the_same_event(text: str) -> None:
    assert [p for _, p in _events(text, date(2024, 6, 2))] == ["Somalia"]


def test_a_platform_in_the_desert_is_not_at_sea() -> None:
    text = "BENGHAZI, May 5 (Reuters) - Armed men attacked an oil platform run by a local company in the desert on Sunday."
    assert [p for _, p in _events(text, date(2024, 5, 6))] == ["Benghazi"]
