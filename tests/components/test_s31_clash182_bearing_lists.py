"""Clash lists broken by a bearing note: "..., on the western outskirts of X, and ...", "A northeast of X and B southwest
of X", "..., west of X near A, and ...", "A, about 10km east of X, and in B", "A to the north, B to the west". The
town a bearing measures from is no place of the fight. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coding_helpers import places_of

PUB = date(2022, 11, 20)


def _clashes(text: str) -> set[str | None]:
    """The places of the armed clashes extracted from the text."""
    return places_of(text, PUB)


def test_an_outskirts_note_between_two_groups_keeps_the_second_group():
    out = _clashes("Kyiv's units fought off Russian ground assaults on Sunday near Vodiane and Krasnohorivka, northwest "
                   "outskirts of Donetsk City, and Pobieda and Marinka farther south.")
    assert {"Krasnohorivka", "Vodiane", "Mar'yinka", "Pobieda"} <= out and "Donetsk" not in out


def test_a_bearing_after_each_group_keeps_the_last_item():
    out = _clashes("Ukrainian troops held off Russian assaults on Yakovlivka and Soledar north of Bakhmut and "
                   "Ozarianivka south of Bakhmut on Sunday.")
    assert out == {"Yakovlivka", "Soledar", "Ozarianivka"}


def test_a_bearing_may_open_the_next_item():
    out = _clashes("On Sunday Russian troops attempted assaults near Krasnohorivka, west of Avdiivka near Vodiane, and "
                   "north of Avdiivka near Novokalynove.")
    assert out == {"Krasnohorivka", "Vodiane", "Novokalynove"}


def test_a_distance_and_bearing_note_between_two_items():
    out = _clashes("On Sunday Ukrainian troops repelled Russian assaults in Spirne, about 12km east of Siversk, and "
                   "in Bilohorivka.")
    assert out == {"Spirne", "Bilohorivka"}


def test_to_the_north_notes_between_items():
    out = _clashes("On Sunday Ukrainian troops repelled Russian assaults near Vesele and Kamianka to the north, "
                   "Nevelske to the southwest, and Vodiane to the south.")
    assert {"Kamianka", "Vesele", "Vodiane", "Nevelske"} <= out


def test_a_radius_keeps_its_town_as_before():
    out = _clashes("On Sunday Ukrainian troops repelled Russian assaults near Kamianka and within a 30km radius "
                   "southwest of Avdiivka near Pervomaiske and Nevelske.")
    assert {"Kamianka", "Avdiyivske", "Nevelske"} <= out


def test_a_bearing_at_the_end_of_a_list_adds_no_town():
    out = _clashes("On Sunday Ukrainian troops repelled Russian assaults near Ozarianivka and Andriivka southwest of "
                   "Bakhmut.")
    assert "Bakhmut" not in out and "Ozarianivka" in out


def test_a_region_after_an_items_parenthesis_is_a_note_on_it():
    out = _clashes("On Sunday Russian officials said their troops repelled Ukrainian assaults near Tabaivka (roughly "
                   "40km north of Kupiansk) in Kharkiv Oblast and near Kuzemivka.")
    assert out == {"Tabaivka", "Kuzemivka"}
