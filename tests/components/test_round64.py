"""Round 64: ground gained inside a town, a try to cross told by a participle, acts an earlier report told."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 4, 2)
_LEAD = "The update was published in the evening. "  # a story, not a lone headline (headline rules differ)


def _places(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(_LEAD + text, published=_DAY) if is_violent(e)}


def test_territory_taken_in_a_town_is_a_fight_there() -> None:
    assert "Avdiyivka" in _places("Russian troops have continued to take territory in Avdiivka on April 2.")
    assert "Bakhmut" in _places("Enemy troops continued to capture territory in eastern Bakhmut on April 2.")


def test_progress_in_a_town_is_a_fight_there() -> None:
    assert "Bakhmut" in _places("Wagner fighters are making slow progress in Bakhmut.")


def test_no_progress_or_ground_in_an_oblast_is_no_town_fight() -> None:
    assert not _places("Russian forces made no progress in Bakhmut.")
    assert not _places("Russian forces continued to gain ground in Luhansk Oblast.")
    assert not _places("Hamas made progress in Cairo in ceasefire talks.")


def test_forces_attempting_to_cross_a_river_near_a_town_fight_there() -> None:
    assert "Davydiv Brid" in _places("Ukrainian gunners caused losses among enemy units attempting to cross the "
                                     "Inhulets River near Davydiv Brid.")


def test_a_finite_try_to_cross_near_a_town_is_a_fight_there() -> None:
    assert "Bilohorivka" in _places("Russian units twice attempted to cross the Siverskyi Donets near Bilohorivka "
                                    "and were repelled.")


def test_forces_attempting_to_encircle_a_city_is_no_report_of_fighting() -> None:
    assert not _places("Enemy troops attempting to encircle Sumy still lack fuel and food.")


def test_acts_an_earlier_report_told_are_background() -> None:
    assert not _places("Previous reporting of Russian air strikes near the dam indicates that Ukrainian troops "
                       "hold Izyum.")
    assert not _places("Russian forces hold the highway despite prior reports of Ukrainian forces shelling it near "
                       "Kreminna.")


def test_an_act_before_a_mention_of_previous_reports_stays() -> None:
    assert "Kharkiv" in _places("Russian forces shelled Kharkiv on April 2, which matches previous reports of "
                                "heavy fire there.")


def test_a_coordinated_entry_shares_the_troops_of_its_clause() -> None:
    assert "Stelmakhivka" in _places("Ukrainian units kept pushing east of the Oskil River toward the Luhansk Oblast "
                                     "border and have entered Stelmakhivka, west of Svatove.")


def test_a_coordinated_entry_needs_troops() -> None:
    assert not _places("The minister spoke in Kyiv and entered Lviv on Monday.")


def _dated(text: str) -> dict[str | None, date]:
    return {e.location.name if e.location else None: e.date.start
            for e in extract(_LEAD + text, published=date(2022, 3, 31)) if is_violent(e)}


def test_a_coordinated_clause_keeps_its_own_day() -> None:
    got = _dated("Ukrainian forces recaptured Lukianivka, east of Brovary, on March 29 and entered Velyka Dymerka on "
                 "March 30.")
    assert got["Velyka Dymerka"] == date(2022, 3, 30)
    assert got["Lukyanivka"] == date(2022, 3, 29)


def test_troops_in_a_participle_clause_attacking_from_a_town_fight_there() -> None:
    assert "Popasna" in _places("Enemy units attacking from Popasna toward the west gained nothing overnight.")
    assert "Kamianka" in _places("A drone video showed enemy troops advancing into Kamyanka, just northeast of "
                                 "Avdiivka.")


def test_police_units_advancing_into_a_city_fight_no_battle() -> None:
    assert not _places("Police units advancing into Tbilisi dispersed the crowd.")


def test_troops_advancing_in_a_direction_fight_no_town() -> None:
    assert not _places("Ukrainian forces advancing in the Petrivka direction met resistance.")
