"""Geoparsing round 50: a village named as the origin of fire from Russia is no Ukrainian village."""
import pytest

from eventwire import geoparse
from eventwire.geoparsing.villages import _from_abroad

AREA = " Ukrainian forces held positions near Kharkiv, Izyum and Chuhuiv."


def _at(text: str, word: str):
    return next((p for p in geoparse(text) if p.text == word), None)


def _abroad(para: str, word: str) -> bool:
    i = para.index(word)
    return _from_abroad(para, i, i + len(word))


def test_the_origin_of_fire_across_the_border_is_not_read_in_ukraine():
    text = "Enemy guns hit Velykyi Burluk, Dvorichna and Vovchansk from Logachevka across the border overnight." + AREA
    assert _at(text, "Logachevka") is None


def test_a_border_oblast_in_the_paragraph_is_enough():
    text = ("Enemy guns hit Velykyi Burluk, Dvorichna and Vovchansk from Logachevka overnight. Officials in Belgorod "
            "Oblast spoke of return fire." + AREA)
    assert _at(text, "Logachevka") is None


def test_without_a_word_of_russia_the_register_still_reads_it():
    text = "Enemy guns hit Velykyi Burluk, Dvorichna and Vovchansk from Logachevka overnight." + AREA
    m = _at(text, "Logachevka")
    assert m is not None and m.country_code == "UA"


def test_from_abroad_shapes():
    para = "Shells came from the territory of Tetkino, Kursk Oblast."
    assert _abroad(para, "Tetkino")
    para = "Artillery fired from the village of Nekhoteevka near the border."
    assert _abroad(para, "Nekhoteevka")
    para = "Troops withdrew from Lyptsi after dark."  # no word of Russia in the paragraph
    assert not _abroad(para, "Lyptsi")
    para = "Troops near the border shelled Lyptsi."  # no "from" before the name
    assert not _abroad(para, "Lyptsi")


def test_a_move_a_raion_or_a_ukrainian_oblast_after_the_name_keeps_it_in_ukraine():
    para = "Near the border, an attack from Tsupivka to Dementiivka failed."
    assert not _abroad(para, "Tsupivka")
    para = "Officials in Kursk said five people were taken from Shelky, Vasylivka Raion, last week."
    assert not _abroad(para, "Shelky")
    para = "Near the border, guns fired from Lyptsi in Kharkiv Oblast."
    assert not _abroad(para, "Lyptsi")
    para = "Guns fired from Tetkino in Kursk Oblast at Ukrainian positions."
    assert _abroad(para, "Tetkino")


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian forces near Kharkiv and Chuhuiv pushed Russian troops from Pletenivka back to the border on June 3.",
     "Pletenivka"),
    ("Russian forces near Kharkiv and Chuhuiv withdrew from Ohirtseve on June 3, and Ukrainian troops reached the "
     "international border.", "Ohirtseve"),
])
def test_a_village_left_by_troops_is_still_read_in_ukraine(text: str, name: str) -> None:
    # Final read (session 20): no fire before "from", so the village is no origin of fire from Russia.
    m = _at(text, name)
    assert m is not None and m.country_code == "UA"
