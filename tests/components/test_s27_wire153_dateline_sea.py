"""A wire dateline's town stands in for an act's place unless the act plausibly happened elsewhere: not for a ship hit
at sea, not "off the <X> coast". Sentences written for this test."""

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
    # An adjective before the demonym still says whose coast.
    ("NAIROBI, Oct 19 - Pirates boarded and attacked a Greek freighter off the southern Somali coast on Monday.",
     "Somalia"),
])
def test_off_a_demonyms_coast_is_that_country_not_the_dateline(text: str, where: str) -> None:
    assert _places(text) == [where]


@pytest.mark.parametrize("text", [
    # A rig destroyed at sea: the capital the story was filed from is not where.
    "WASHINGTON, Oct 19 - U.S. warships destroyed two oil platforms on Monday, the Pentagon said.",
    # A ship as the passive subject, with no port told.
    "LONDON, Oct 19 - The Panamanian tanker Blue Heron was attacked and hit on Monday, Lloyds said.",
    # A port named other than the dateline (and not resolved) does not give the ship back to the dateline.
    "DUBAI, Oct 19 - Rebel boats attacked a cargo ship near the port of Mocha on Tuesday, a navy said.",
])
def test_a_ship_hit_at_sea_is_not_at_the_dateline(text: str) -> None:
    assert _places(text) == [None]


@pytest.mark.parametrize(("text", "where"), [
    # Local news with no other place: the dateline is where.
    ("NICOSIA, Oct 19 - A bomb exploded in a cafe on Monday, killing two people, police said.", "Nicosia"),
    ("BEIRUT, Oct 19 - Israeli jets bombed Palestinian targets on Monday, local radio said.", "Beirut"),
    ("BEIRUT, Oct 19 - Syria said its troops shelled Druze positions on Monday, Lebanese police said.", "Beirut"),
    ("KARACHI, Oct 19 - Gunmen killed two dock guards on Monday after a freighter docked, police said.", "Karachi"),
    # D1: a ship word that is not the act's object or subject at sea.
    ("CHICAGO, Oct 19 - A teenager was shot dead on Tuesday, the bullet cutting a blood vessel in his neck, police said.",
     "Chicago"),
    ("HODEIDAH, Oct 19 - A sea mine struck a fishing vessel in the harbour on Tuesday, killing four men.",
     "Al Ḩudaydah"),
    ("ODESA, Ukraine, Oct 19 - A drone hit a cargo ship docked in the port overnight, killing a sailor, the mayor said.",
     "Odesa"),
    ("HOUSTON, Oct 19 - A gunman killed three workers on a tanker moored in the ship channel on Tuesday, police said.",
     "Houston"),
    ("KHERSON, Ukraine, Oct 19 - Russian guns shelled a barge vessel on the river on Tuesday, killing three crew.",
     "Kherson"),
    ("TRIPOLI, Oct 19 - Militiamen shelled the harbour district from a warship on Tuesday, killing five people.",
     "Tripoli"),
    ("KIRKUK, Iraq, Oct 19 - Gunmen attacked an oil rig run by a state firm on Tuesday, killing three guards.",
     "Kirkuk"),
    # D3: the bureau rule is gone; a neighbour's strike on the dateline's country keeps the dateline.
    ("KABUL, Oct 19 - Pakistan said its jets bombed militant camps on Tuesday, killing nine people.", "Kabul"),
    ("SANAA, Oct 19 - Saudi Arabia said its aircraft bombed rebel positions on Tuesday, killing 25 fighters.", "Sanaa"),
    # D5: "in the port" puts the ship in the town its source spoke from.
    ("In Odesa, the mayor said a cargo ship was hit by a drone in the port on Tuesday, killing a deckhand.", "Odesa"),
])
def test_the_dateline_stays_where_the_act_plausibly_happened(text: str, where: str) -> None:
    assert _places(text) == [where]


def test_a_land_act_after_a_lead_ship_attack_keeps_the_dateline() -> None:
    # D2: only the ship act (or its bare, undated toll) is refused the town, never a later act on land.
    text = ("ODESA, Ukraine, Oct 19 - A missile hit a cargo ship on Tuesday. Later, drones struck a school, killing "
            "four people, the mayor said.")
    # The ship is unplaced; the school keeps its own place (main folded it into the ship's act at Odesa).
    assert _places(text) == [None, "Ukraine"]


def test_a_land_act_still_takes_the_town_told_before() -> None:
    text = ("BAGHDAD, Oct 19 - Iraqi jets bombed the Iranian town of Dezful on Monday, a spokesman said. A missile hit "
            "a residential area later in the day, the spokesman said.")
    assert _places(text) == ["Dezful", "Dezful"]


def test_a_ship_hit_after_a_town_told_before_keeps_that_town() -> None:
    # D4: the rule refusing the sentence before's land place to an act at sea is gone; both acts keep the city.
    text = ("Russian guns shelled Kherson on Tuesday, killing two civilians. A Ukrainian drone hit a Russian boat "
            "carrying soldiers near the city, the army said.")
    assert _places(text) == ["Kherson", "Kherson"]
    text = "Rebels fired drones at the port of Eilat on Tuesday. A tanker was hit and three crew were hurt."
    assert _places(text) == ["Eilat"]


def test_a_ships_toll_told_after_is_no_second_event_at_the_dateline() -> None:
    text = ("ATHENS, Oct 20 - The Cypriot tanker Coral Dawn was attacked and hit on October 18, its managers said.\n"
            "One crewman was killed.")
    assert _places(text) == [None]


def test_a_ship_told_from_a_sources_town_is_not_there() -> None:
    # "In Athens, a shipping agency said": where the news came from, not where the tanker was (nor the story's setting).
    text = ("KUWAIT, March 23 - Iraqi jets bombed the loading berths at Iran's Lavan island terminal on Sunday, Iraq said. "
            "In Athens, a shipping agency said the Greek tanker Coral Dawn was hit on Saturday.")
    assert sorted(_places(text), key=str) == ["Lavan Island", None]


def test_a_land_act_told_from_a_sources_town_keeps_it() -> None:
    text = ("KUWAIT, March 23 - Iraqi jets bombed the loading berths at Iran's Lavan island terminal on Sunday, Iraq said. "
            "In Ahvaz, officials said a truck bomb killed four people on Saturday.")
    assert sorted(_places(text), key=str) == ["Ahvaz", "Lavan Island"]
