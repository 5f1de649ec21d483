"""A village placed at Ukraine for want of a record is read from the register; a village told near a town (round 49)."""
from geo_helpers import km

from eventwire import geoparse

AREA = " Ukrainian forces held positions near Kharkiv, Izyum and Chuhuiv."


def _at(text: str, word: str):
    return next(p for p in geoparse(text) if p.text == word)


def test_town_of_a_register_village_is_not_the_country():
    m = _at("Ukrainian forces recaptured the town of Kutuzivka, northwest of Kharkiv City, on April 28." + AREA,
            "Kutuzivka")
    assert m.name == "Kutuzivka" and m.admin1 == "Kharkiv Oblast" and km(m, 50.05, 36.45) < 25  # not the focus city


def test_a_neighbourhood_of_a_city_is_no_village():
    m = _at("Street fighting reached the neighborhood of Troiitske on the western edge of Mariupol."
            " Shells fell on Mariupol, Volnovakha and Zaporizhzhia.", "Troiitske")
    assert km(m, 47.10, 37.55) < 25  # Mariupol, not the Zaporizhzhia village of that name 45 km away


def test_village_told_near_a_town_takes_the_town_point():
    m = _at("Ukrainian troops retook the village of Molodova near Staryi Saltiv last week." + AREA, "Molodova")
    assert km(m, 50.08, 36.80) < 10  # the hromada's own point lies 28 km off
