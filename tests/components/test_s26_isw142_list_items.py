"""List items of a front report told "in the direction of" or after a town's region (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 12, 24)


def _places(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(text, published=PUB) if e.event_type == "Battles"}


def test_in_the_direction_of_opens_the_next_item():
    assert _places("Russian forces conducted assaults in the direction of Stelmakhivka and in the direction of "
                   "Kuzemivka.") == {"Stelmakhivka", "Kuzemivka"}
    assert _places("Ukrainian forces repelled a Russian assault near Bilohorivka (12km south of Kreminna), and in the "
                   "direction of Dibrova (5km southwest of Kreminna).") == {"Bilohorivka", "Dibrova"}


def test_the_region_named_after_an_item_is_a_note_on_it_not_the_end_of_the_list():
    assert _places("Ukrainian forces repelled Russian assaults near Andriivka, Luhansk Oblast (15km west of Svatove) "
                   "and near Kuzemivka (13km northwest of Svatove).") == {"Andriivka", "Kuzemivka"}
    assert _places("Ukrainian forces repelled Russian assaults near Andriivka, Luhansk Oblast and near "
                   "Kuzemivka.") == {"Andriivka", "Kuzemivka"}


def test_a_list_of_regions_or_a_town_and_another_region_is_left_as_it_was():
    # Only the region that holds the town before it is a note: a region list keeps its own reading.
    assert _places("Ukrainian forces repelled a Russian assault near Kupiansk, Kharkiv Oblast.") == {"Kupyansk"}
    assert _places("Russian forces conducted ground attacks in Kharkiv and Luhansk oblasts.") == {"Kharkiv Oblast",
                                                                                                 "Luhansk Oblast"}


def test_a_within_segment_after_the_list_names_more_places_of_the_same_act():
    # "and within N km <dir> of Town near A, B": the town measures the places; A and B are fought over too.
    assert _places("Ukrainian forces repelled Russian assaults near Soledar, and within 22km south of Bakhmut near "
                   "Opytne and Klishchiivka.") == {"Soledar", "Opytne", "Klishchiivka"}
    assert _places("Ukrainian forces repelled Russian ground assaults near Kamianka and within a 35km radius southwest "
                   "of Avdiivka near Nevelske, Marinka, and Novomykhailivka.") == {
        "Kamianka", "Nevelske", "Mar'yinka", "Novomykhailivka"}


def test_a_within_phrase_with_no_places_after_it_adds_nothing():
    assert _places("Ukrainian forces repelled Russian assaults near Soledar, and within 22km south of Bakhmut.") == {
        "Soledar"}


def test_a_town_told_with_itself_stays_an_item_of_the_list():
    assert _places("Ukrainian forces repelled Russian assaults near Bakhmut itself and near Klishchiivka (7km southwest "
                   "of Bakhmut) and Mayorsk.") == {"Bakhmut", "Klishchiivka", "Mayorsk"}
    # "itself" closing a clause is no list: the later sentence part tells no place of this act.
    assert _places("Russian forces have not yet captured Sumy itself and Ukrainian forces continue to conduct "
                   "attacks along the route to Kyiv.") == set()
