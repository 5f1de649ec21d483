"""A village written one typing slip off its register name is read near its sentence's places (geoparsing round 49)."""
from geo_helpers import km

from eventwire import geoparse
from eventwire.geoparsing.typos import one_slip

AREA = " Ukrainian forces held positions near Kharkiv, Izyum and Mykolaiv."


def _at(text: str, word: str):
    return next((p for p in geoparse(text) if p.text == word), None)


def test_one_slip_kinds():
    assert one_slip("avdiika", "avdiivka")  # a letter dropped
    assert one_slip("dovehenke", "dovhenke")  # a letter added
    assert one_slip("novotoshkirske", "novotoshkivske")  # a letter changed
    assert one_slip("brazkhivka", "brazhkivka")  # two neighbours swapped
    assert not one_slip("avdiivka", "avdiivka")  # the same key is the loose key's business
    assert not one_slip("bavdiivka", "avdiivka")  # the first letter stays
    assert not one_slip("korotich", "korotishchi")


def test_dropped_letter_near_a_city_of_the_sentence():
    m = _at("Fighting went on for a third day around Avdiika, just north of Donetsk City." + AREA, "Avdiika")
    assert m is not None and m.name == "Avdiyivka" and km(m, 48.14, 37.75) < 10


def test_added_letter_in_a_list_with_a_town():
    m = _at("Artillery hit Velyka Komyshuvakha and Dovehenke, two villages on the roads out of Izyum." + AREA,
            "Dovehenke")
    assert m is not None and km(m, 49.04, 37.24) < 15


def test_no_slip_without_a_place_in_the_sentence():
    text = "Artillery hit Dovehenke overnight." + AREA
    assert _at(text, "Dovehenke") is None


def test_a_word_of_a_river_name_is_no_village():
    text = "Boats crossed the Siverskyi Donets River by night between Bilohorivka and Lysychansk." + AREA
    assert all(p.name != "Siversk" for p in geoparse(text))
