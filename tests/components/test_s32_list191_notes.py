"""list191: a road note after a list item ("A on the T0814 highway and B") and a bare bearing before "near" ("on A,
to the northeast near B and C") do not end an ISW list. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coding_helpers import places_of

PUB = date(2022, 10, 7)


def _places(text: str, kind: str) -> set[str | None]:
    """The places of the events of one sub-event type extracted from the text."""
    return places_of(text, PUB, kind)


def test_a_road_note_between_two_pairs_keeps_the_second_pair():
    assert {"Yakovlivka", "Bakhmutske", "Vesela Dolyna", "Odradivka"} <= _places(
        "On Friday Russian forces conducted ground attacks near Yakovlivka and Bakhmutske on the T1302 highway and Vesela Dolyna and "
        "Odradivka on the T0513 highway.", "Armed clash")


def test_a_road_note_before_and_near_keeps_the_next_item():
    assert {"Bakhmutske", "Soledar"} <= _places(
        "On Friday Ukrainian units repelled two assaults near Bakhmutske along the T0504 highway and near Soledar, "
        "the General Staff said.", "Armed clash")


def test_a_bare_bearing_opens_a_sub_list_of_the_same_act():
    assert {"Avdiyivka", "Nevelske", "Stepove", "Berdychi"} <= _places(
        "On Friday Russian units attacked Avdiivka, to the west near Pervomaiske and Nevelske and to the north near "
        "Stepove and Berdychi.", "Attack")


def test_a_road_note_keeps_the_road_no_place():
    assert _places("On Friday Russian troops shelled Hulyaipole on the T0814 highway.",
                   "Shelling/artillery/missile attack") == {"Hulyaypole"}


def test_a_road_named_by_its_end_towns_is_a_note_and_its_towns_no_items():
    places = _places(
        "On Friday Russian troops failed in attacks near Zvanivka and Fedorivka along the T0513 "
        "Siversk-Kostiantynivka highway and Spirne.", "Attack")
    assert {"Zvanivka", "Fedorivka", "Spirne"} <= places
    assert not {"Siversk", "Kostyantynivka", "Kostiantynivka"} & places


def test_a_located_along_road_note_keeps_the_next_item():
    places = _places(
        "On Friday Ukrainian troops held off Russian attacks on Raihorodok and Mykolaivka, both situated along the "
        "Sloviansk-Kostiantynivka highway, and Druzhkivka.", "Attack")
    assert {"Raihorodok", "Mykolaivka", "Druzhkivka"} <= places
    assert not {"Slov'yans'k", "Sloviansk", "Kostyantynivka", "Kostiantynivka"} & places


def test_a_last_segment_opened_by_semicolon_and_near_is_one_more_item():
    assert {"Siversk", "Bilohorivka", "Vedmezhe"} <= _places(
        "On Friday Russian forces shelled settlements south of Kreminna near Siversk and Bilohorivka; and near "
        "Vedmezhe.", "Shelling/artillery/missile attack")


def test_a_semicolon_without_and_still_ends_the_list():
    # "; near X, ..." may open a new clause; only "; and near" closes a list of segments.
    assert "Vedmezhe" not in _places(
        "On Friday Russian forces shelled Siversk and Bilohorivka; near Vedmezhe, residents dug trenches.",
        "Shelling/artillery/missile attack")
