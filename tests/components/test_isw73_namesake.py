"""A big city's name told in one clause with villages of a front far from it is the namesake village by them."""

from __future__ import annotations

from datetime import date

import pytest

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


def test_a_city_name_listed_with_front_villages_is_the_village_there() -> None:
    got = _places("Russian guns hit positions south of Barvinkove and struck Nikopol and Novopavlivka "
                  "on July 7.")
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


_MYKOLAIV = ("Mykolayiv", "Mykolaiv Oblast")
_ZAPORIZHZHIA = ("Zaporizhzhya", "Zaporizhzhia Oblast")
_NIKOPOL = ("Nikopol", "Dnipropetrovsk Oblast")


@pytest.mark.parametrize(("text", "city"), [
    # Cities told together: the other town is no village of a front.
    ("Russian missiles struck Lviv and Mykolaiv overnight, officials said.", _MYKOLAIV),
    ("Russian forces shelled Mykolaiv and Kramatorsk overnight, killing four civilians.", _MYKOLAIV),
    ("Russian forces shelled Mykolaiv, Kharkiv and Kramatorsk overnight.", _MYKOLAIV),
    ("Russian strikes on Mykolaiv, Odesa and Kramatorsk killed six people.", _MYKOLAIV),
    # The village is told in another clause.
    ("Russian missiles struck Mykolaiv, while fighting continued near Sloviansk.", _MYKOLAIV),
    ("Russian missiles struck Zaporizhzhia, while Ukrainian forces pushed toward Melitopol.", _ZAPORIZHZHIA),
    ("Russian forces shelled Nikopol, while Ukrainian forces repelled an assault near Barvinkove.", _NIKOPOL),
    # The text says which: "City", or the city's own region.
    ("Russian troops struck Zaporizhzhia City with S-300 missiles, and partisans attacked a checkpoint in Melitopol.",
     _ZAPORIZHZHIA),
    ("Russian forces shelled Nikopol, Dnipropetrovsk Oblast, and Barvinkove, Kharkiv Oblast, on June 3.", _NIKOPOL),
])
def test_a_city_in_ordinary_news_stays_the_city(text: str, city: tuple[str, str]) -> None:
    got = _places(text)
    assert city in got
    assert not any(name == city[0] and region != city[1] for name, region in got)
    assert ("Mykolaivka", "Donetsk Oblast") not in got  # an alias of the name is no namesake


def test_a_city_listed_with_a_city_is_not_the_village_by_it() -> None:
    # Both cities lie in one oblast: only the point tells the city (48.5 N) from the village by Nikopol (47.6 N).
    got = [(e.location.name, e.location.lat) for e in extract("Russian forces shelled Kamianske and Nikopol overnight.",
                                                              published=_DAY) if e.location is not None]
    assert any(name == "Kamyanske" and lat is not None and lat > 48.3 for name, lat in got)
    assert not any(name == "Kamyanske" and lat is not None and lat < 48.0 for name, lat in got)
