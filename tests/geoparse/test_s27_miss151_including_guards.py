"""The "villages including" place cue (review of miss151) does not take villages whose residents fled or a launch
area: the act stays at the town it names. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import extract
from eventwire.geoparsing import event_location

SHELL = "Shelling/artillery/missile attack"


def _shelled(text: str) -> set[str]:
    return {e.location.name for e in extract(text, published=date(2022, 11, 18))
            if e.location is not None and e.sub_event_type == SHELL}


@pytest.mark.parametrize(("text", "place", "not_places"), [
    ("Residents of villages including Velykyi Burluk and Dvorichna were evacuated after Russian forces shelled "
     "Kupiansk on November 18.", "Kupianska Miskrada", {"Velykyi Burluk", "Dvorichna"}),
    ("Residents of towns including Vovchansk fled after Russian forces shelled Kharkiv on November 18.", "Kharkiv",
     {"Vovchansk"}),
    ("Russian forces launched missiles from areas, including Bryansk and Kursk, at Sumy on November 18.", "Sumy",
     {"Bryansk", "Kursk"}),
])
def test_villages_only_mentioned_are_not_the_place(text: str, place: str, not_places: set[str]) -> None:
    shelled = _shelled(text)
    assert place in shelled
    assert not shelled & not_places


def test_the_cue_asks_what_governs_the_place_noun() -> None:
    assert not event_location._HERE.search("residents of villages including ")
    assert not event_location._HERE.search("fired from areas, including ")
    assert event_location._HERE.search("kept shelling border villages including ")
