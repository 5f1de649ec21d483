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
    assert "Mariupol" in _places("Russian forces continued to take territory in Mariupol on April 2.")
    assert "Mariupol" in _places("Russian forces continued to capture territory in central Mariupol on April 2.")


def test_progress_in_a_town_is_a_fight_there() -> None:
    assert "Bakhmut" in _places("Wagner fighters are making slow progress in Bakhmut.")


def test_no_progress_or_ground_in_an_oblast_is_no_town_fight() -> None:
    assert not _places("Russian forces made no progress in Bakhmut.")
    assert not _places("Russian forces continued to gain ground in Luhansk Oblast.")
    assert not _places("Ukraine made progress in Geneva on the grain deal.")


def test_forces_attempting_to_cross_a_river_near_a_town_fight_there() -> None:
    assert "Kreminna" in _places("Ukrainian forces inflicted heavy losses on Russian forces attempting to cross the "
                                 "Siverskyi Donets River near Kreminna.")


def test_a_finite_try_to_cross_near_a_town_is_a_fight_there() -> None:
    assert "Raihorodka" in _places("Russian forces attempted to cross the Zherebets River near Raihorodka.")


def test_forces_attempting_to_encircle_a_city_is_no_report_of_fighting() -> None:
    assert not _places("Russian forces attempting to encircle Kharkiv continue to face supply shortages.")


def test_acts_an_earlier_report_told_are_background() -> None:
    assert not _places("Previous reporting of Ukrainian artillery strikes in the area suggests that Russian forces "
                       "hold Izyum.")
    assert not _places("Russian forces hold the highway despite prior reports of Ukrainian forces shelling it near "
                       "Kreminna.")


def test_an_act_before_a_mention_of_previous_reports_stays() -> None:
    assert "Kharkiv" in _places("Russian forces shelled Kharkiv on April 2, which is consistent with previous "
                                "reports of heavy fire there.")


def test_a_coordinated_entry_shares_the_troops_of_its_clause() -> None:
    assert "Stelmakhivka" in _places("Ukrainian forces continued to advance east of the Oskil River in the direction "
                                     "of Luhansk Oblast and have entered Stelmakhivka (about 18km west of Svatove).")


def test_a_coordinated_entry_needs_troops() -> None:
    assert not _places("The minister spoke in Kyiv and entered Lviv on Monday.")


def _dated(text: str) -> dict[str | None, date]:
    return {e.location.name if e.location else None: e.date.start
            for e in extract(_LEAD + text, published=date(2022, 3, 31)) if is_violent(e)}


def test_a_coordinated_clause_keeps_its_own_day() -> None:
    got = _dated("Ukrainian forces recaptured Lukianivka near Brovary on March 30 and entered Nova Basan on March 31.")
    assert got["Nova Basan"] == date(2022, 3, 31)
    assert got["Lukyanivka"] == date(2022, 3, 30)


def test_troops_in_a_participle_clause_attacking_from_a_town_fight_there() -> None:
    assert "Popasna" in _places("Russian troops attacking from Popasna to the north made no significant progress in "
                                "the last 24 hours.")
    assert "Kamianka" in _places("Geolocated footage shows Russian forces advancing into Kamyanka, 11km northeast of "
                                 "Avdiivka.")


def test_police_units_advancing_into_a_city_fight_no_battle() -> None:
    assert not _places("Police units advancing into Tbilisi dispersed the crowd.")


def test_troops_advancing_in_a_direction_fight_no_town() -> None:
    assert not _places("Ukrainian forces advancing in the Petrivka direction met resistance.")
