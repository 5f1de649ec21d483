"""A counted demonym names its country only where the sentence names no place ("in the Iraqi city of Basra": Basra)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.geoparsing.event_location import counted_land
from eventwire.model import PlaceMention

PUB = date(2022, 11, 22)


def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, PUB) if e.event_type]


@pytest.mark.parametrize(("text", "place"), [
    # review D1's table: a named city beside the demonym wins, and the PLOVER twin folds into its event
    ("In the Russian city of Belgorod, residents demonstrated against mobilization on Monday.", "Belgorod"),
    ("Hundreds rallied on Monday in the Iraqi city of Basra.", "Basrah"),
    ("In the Ukrainian town of Izium, residents protested against the occupation on Monday.", "Izyum"),
    ("Opposition supporters demonstrated in four Armenian provinces and in Yerevan on Monday.", "Yerevan"),
    ("Opposition supporters protested in four Armenian provinces and in Yerevan on Monday.", "Yerevan"),
    ("Protesters demonstrated in several Iraqi cities including Basra on Monday.", "Basrah"),
    ("Protesters rallied in several Iraqi cities including Basra on Monday.", "Basrah"),
    ("Farmers rallied in The Hague on Monday after similar protests in many Dutch towns.", "The Hague"),
    # "in the <Demonym> city of <Name>": the preposition governs the name
    ("Residents demonstrated in the Russian city of Belgorod on Monday.", "Belgorod"),
    ("Teachers went on strike in the Kenyan county of Kisumu on Monday.", "Kisumu"),
])
def test_named_place_beats_demonym(text: str, place: str) -> None:
    assert [p for _, p in _events(text)] == [place]


def test_no_arrest_at_the_country() -> None:
    # review D1: the demonstration "in several American cities" adds no Arrests record at the United States
    assert _events("Police in Ohio arrested protesters who demonstrated in several American cities on Monday.") == [
        ("Protest with intervention", "Ohio")]


def test_hundreds_of_villages_is_a_count() -> None:
    assert [e.location.country_code for e in extract("Workers demonstrated in hundreds of Syrian villages on Monday.",
                                                     PUB) if e.event_type and e.location] == ["SY"]


def _demonym(text: str, word: str) -> PlaceMention:
    i = text.index(word)
    return PlaceMention(start=i, end=i + len(word), text=word, role="demonym")


@pytest.mark.parametrize(("text", "word", "count"), [
    ("rallies in four Armenian provinces", "Armenian", "four"),
    ("strikes in 12 Kenyan counties", "Kenyan", "12"),
    ("marches across hundreds of Syrian villages", "Syrian", "hundreds"),
    # review D4: a word that only ends like a count ("small", "almost", "curfew") is no count
    ("rallies in small Peruvian towns", "Peruvian", None),
    ("a curfew Peruvian towns kept", "Peruvian", None),
    ("rallies in almost Peruvian towns", "Peruvian", None),
    # a singular, or the regions named after "of", name the places themselves
    ("rallies in one Russian city", "Russian", None),
    ("shelling of two Russian regions of Kursk and Belgorod", "Russian", None),
])
def test_counted_land(text: str, word: str, count: str | None) -> None:
    at = counted_land(text, _demonym(text, word))
    assert at == (text.index(count) if count else None)
