"""Air strikes told as "conducted ... air strikes" and missiles fired from aircraft (type166, issue #4).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(2022, 6, 5)
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"


def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=DAY)
            if is_violent(e)]


def test_conducted_air_strikes_written_as_two_words_are_air_strikes() -> None:
    # "air strikes" spelled apart was read by the "conducted ... strikes" shelling alternative; "airstrikes" was not.
    assert _events("Russian forces conducted heavy air strikes in Kharkiv on June 5.") == [(AIR, "Kharkiv")]
    assert _events("Russian forces conducted drone strikes on Kharkiv on June 5.") == [(AIR, "Kharkiv")]


def test_conducted_strikes_with_a_gun_word_or_no_means_stay_shelling() -> None:
    assert _events("Russian forces conducted missile strikes on Kharkiv on June 5.") == [(SHELL, "Kharkiv")]
    assert _events("Russian forces conducted thirty strikes on Kharkiv on June 5.") == [(SHELL, "Kharkiv")]
    assert _events("Russian forces conducted artillery and air strikes on Kharkiv on June 5.") == [(SHELL, "Kharkiv")]


def test_missiles_fired_from_aircraft_are_an_air_strike() -> None:
    assert _events("Russian forces fired cruise missiles from Tu-95 bombers at Kyiv on June 5.") == [(AIR, "Kyiv")]
    assert _events("Russian forces fired four missiles from a Su-34 aircraft at Odesa on June 5.") == [(AIR, "Odesa")]


def test_missiles_fired_from_a_sea_a_town_or_an_air_base_stay_shelling() -> None:
    assert _events("Russian forces fired missiles from the Black Sea at Odesa on June 5.") == [(SHELL, "Odesa")]
    assert _events("Russian forces fired missiles from Belgorod at Kharkiv on June 5.") == [(SHELL, "Kharkiv")]
    assert _events("Russian forces launched missiles from an air force base at Kyiv on June 5.") == [(SHELL, "Kyiv")]


def test_a_missile_strike_whose_launcher_is_told_next_is_one_air_strike() -> None:
    text = ("Russian forces conducted a missile strike against Kyiv on June 5. Officials said that Russian forces fired "
            "five cruise missiles from a Tu-95 aircraft at Kyiv. This attack on Kyiv likely shows that Russian forces "
            "still target rail yards.")
    assert _events(text) == [(AIR, "Kyiv")]


def test_ground_fire_beside_an_air_launched_strike_stays_its_own_event() -> None:
    text = ("Russian forces shelled Kyiv with artillery on June 5. Officials said that Russian forces fired five cruise "
            "missiles from a Tu-95 aircraft at Kyiv.")
    assert sorted(_events(text)) == [(AIR, "Kyiv"), (SHELL, "Kyiv")]
