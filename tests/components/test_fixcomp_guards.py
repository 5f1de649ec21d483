"""Review fixes of ISW rounds 77 and 80 (session 20): guards for the shapes the two reviews found wrongly coded."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded
from eventwire.components.codebook import SHELL, town_has
from eventwire.components.triggers import led_act as _led_act
from eventwire.model import DateSpan, Event, Location

_DAY = date(2022, 6, 6)
_OCT = date(2022, 10, 2)


def test_clearing_a_day_a_road_a_name_or_a_square_is_no_fight() -> None:
    # Round 77's clearing rule needs a town right after the verb.
    assert not coded("Russian troops started clearing Tuesday after the push near Lyman.", _DAY)
    assert not coded("Insurgents were clearing Highway 7 north of Kandahar on June 5.", _DAY)
    assert not coded("Wagner fighters were clearing Petrov's orchard near Soledar on June 5.", _DAY)
    assert not coded("Russian soldiers spent June 5 clearing March's snow near Lyman.", _DAY)


def test_clearing_a_town_of_mines_is_no_fight() -> None:
    assert not coded("The army was clearing Izium of mines on June 5.", _DAY)
    assert not coded("Ukrainian troops were clearing Kherson of rubble and landmines on June 5.", _DAY)


def test_police_clearing_a_square_is_no_clash() -> None:
    assert not coded("Riot police were clearing Independence Square on June 5.", _DAY)
    got = coded("Police were clearing Maidan Square of marchers on June 5.", _DAY)
    assert not any(sub == "Armed clash" for sub, _ in got)


def test_a_forecast_with_an_aside_before_its_hedge_is_no_event() -> None:
    # The aside is skipped as one unit; the hedge after it still makes a forecast.
    assert not coded("Fresh Russian shelling of Sumy (a border city) is likely this week.", _DAY)


def test_a_hedge_inside_an_aside_still_hedges_nothing() -> None:
    text = "Russian forces shelled Sumy (a city that will likely be hit again) on June 5."
    assert coded(text, _DAY) == {("Shelling/artillery/missile attack", "Sumy")}


def test_scare_quotes_are_no_source_word() -> None:
    # Only a source report's word for a taking or a fight is read literally.
    assert not coded("Russian troops were “shelling” Odesa on June 5, a blogger joked.", _DAY)
    assert not coded("Russian forces are reportedly “storming” Telegram with propaganda.", _DAY)
    assert not coded("Russian forces have “attacked” Lviv with lies, the minister said.", _DAY)


def test_a_quoted_taking_the_text_doubts_is_a_claim() -> None:
    assert not coded("Russian forces “liberated” Pisky on June 5, a claim no one could independently confirm.", _DAY)
    assert coded("Russian forces “liberated” Pisky on June 5, the ministry said.", _DAY)


def test_shelling_along_a_regions_border_is_no_region_event() -> None:
    text = ("Russian forces launched ground attacks near Davydiv Brid and Sukhyi Stavok on October 1. On October 1 "
            "Russian troops kept shelling along the Kherson Oblast administrative border.")
    got = coded(text, _OCT)
    assert ("Armed clash", "Davydiv Brid") in got
    assert not any(name == "Kherson Oblast" for _, name in got)


def test_a_side_is_a_demonym_or_an_all_caps_group() -> None:
    for text, word, led in (("The attacks continued near Bakhmut.", "attacks", False),
                            ("Cyber attacks continued against Kyiv banks.", "attacks", False),
                            ("DPR attacks continued near Avdiivka.", "attacks", True),
                            ("Ukrainian counterattacks continued near Izium.", "counterattacks", True)):
        assert _led_act(text, 0, len(text), text.index(word)) is led, text


def _at(admin1: str, cc: str, code: str, precision: int) -> Event:
    loc = Location(name=admin1, admin1=admin1, country_code=cc, feature_code=code, precision=precision)
    return Event(event_type=SHELL[0], sub_event_type=SHELL[1], location=loc, date=DateSpan(start=_DAY, end=_DAY))


def test_a_towns_region_must_be_in_the_same_country() -> None:
    region = _at("Eastern Province", "SA", "ADM1", 3)
    assert town_has([_at("Eastern Province", "SA", "PPL", 1)], region, SHELL)
    assert not town_has([_at("Eastern Province", "LK", "PPL", 1)], region, SHELL)
