"""A big city's name told beside towns of one front far from it is the namesake village by them."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2022, 7, 7)


def _places(text: str) -> list[tuple[str | None, str | None]]:
    """(place name, admin-1) of each violent event coded for the text."""
    return [(e.location.name, e.location.admin1) for e in extract(text, published=_DAY)
            if e.event_type is not None and e.location is not None]


def test_a_city_name_beside_a_far_front_town_is_the_village_there() -> None:
    got = _places("Russian forces shelled positions south of Barvinkove and fired on Nikopol on July 7.")
    assert ("Nikopol", "Kharkiv Oblast") in got
    assert ("Nikopol", "Dnipropetrovsk Oblast") not in got


def test_a_city_name_in_a_list_of_front_villages() -> None:
    got = _places("Russian forces shelled Orikhiv and Kamianske on July 7.")
    assert ("Kamyanske", "Zaporizhzhia Oblast") in got
    assert ("Kamyanske", "Dnipropetrovsk Oblast") not in got


def test_a_city_beside_a_town_near_it_stays_the_city() -> None:
    got = _places("Russian forces shelled Nikopol and Marhanets on July 7.")
    assert ("Nikopol", "Dnipropetrovsk Oblast") in got


def test_a_city_told_alone_stays_the_city() -> None:
    got = _places("Russian missiles struck Kamianske on July 7.")
    assert ("Kamyanske", "Dnipropetrovsk Oblast") in got
