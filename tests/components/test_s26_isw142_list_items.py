"""List items of a front report told "in the direction of", after a town's region, in a "within N km" segment or
after "X itself" (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2023, 5, 4)


def _places(text: str) -> set[str | None]:
    """The places of the violent events extracted from the text."""
    return {e.location.name if e.location else None for e in extract(text, published=PUB)
            if e.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")}


def test_in_the_direction_of_opens_the_next_item():
    assert _places("Russian forces attacked in the direction of Kuzemivka and in the direction of Stelmakhivka on "
                   "May 3.") == {"Kuzemivka", "Stelmakhivka"}
    assert _places("Ukrainian forces halted a Russian attack near Dibrova (6km southwest of Kreminna) and in the "
                   "direction of Bilohorivka (11km south of Kreminna).") == {"Dibrova", "Bilohorivka"}


def test_a_far_in_the_direction_of_item_with_no_distance_note_is_an_aim_not_a_place_of_the_act():
    # Sloviansk and Kramatorsk lie some 50 km behind Kreminna, Pokrovsk 40 km from Vodiane, Dnipro 200 km from Torske.
    assert _places("Russian units attacked near Kreminna and in the direction of Lyman, Sloviansk and Kramatorsk on "
                   "May 3.") == {"Kreminna"}
    assert _places("Ukrainian troops held off Russian attacks near Vodiane and in the direction of Pokrovsk.") == {
        "Vodiane"}
    assert _places("Ukrainian troops held off Russian attacks near Torske and in the direction of Dnipro.") == {
        "Torske"}
    # The launch site before the struck city is no item of the act either.
    assert _places("Russian forces launched missiles from Belgorod and in the direction of Kharkiv on May 3.") == {
        "Kharkiv"}


def test_an_in_the_direction_of_item_with_the_staff_distance_note_or_close_by_is_kept():
    # Nadiia lies 29 km from Ploshchanka: kept with the General Staff's note, not without it.
    assert _places("Ukrainian troops repelled Russian attacks near Ploshchanka and in the direction of Nadiia (16km "
                   "west of Svatove) on May 3.") == {"Ploshchanka", "Nadiia"}
    assert _places("Ukrainian troops repelled Russian attacks near Ploshchanka and in the direction of Nadiia on "
                   "May 3.") == {"Ploshchanka"}
    # Kurakhove lies 17 km from Marinka; Zaporizhzhia, 160 km further, is only an aim.
    assert _places("Russian forces attacked near Marinka and in the direction of Kurakhove and Zaporizhzhia.") == {
        "Mar'yinka", "Kurakhove"}


def test_the_region_named_after_an_item_is_a_note_on_it_not_the_end_of_the_list():
    assert _places("Ukrainian troops repelled Russian attacks near Kuzemivka, Luhansk Oblast (12km northwest of "
                   "Svatove) and near Ploshchanka on May 3.") == {"Kuzemivka", "Ploshchanka"}
    assert _places("Ukrainian troops repelled Russian attacks near Kuzemivka, Luhansk Oblast, and near Stelmakhivka "
                   "on May 3.") == {"Kuzemivka", "Stelmakhivka"}


def test_a_list_of_regions_or_a_town_and_its_region_is_left_as_it_was():
    # Only the region that holds the town before it is a note: a region list keeps its own reading.
    assert _places("Ukrainian troops repelled Russian attacks near Kupiansk, Kharkiv Oblast, on May 3.") == {
        "Kupyansk"}
    assert _places("Russian aircraft struck targets in Sumy and Chernihiv oblasts on May 3.") == {"Sumy Oblast",
                                                                                                "Chernihiv Oblast"}


def test_a_within_segment_after_the_list_names_more_places_of_the_same_act():
    # "and within N km <dir> of Town near A, B": the town measures the places; A and B are fought over too.
    assert _places("Ukrainian troops repelled Russian attacks near Vesele and within 12km north of Soledar near "
                   "Berestove and Pidhorodne on May 3.") == {"Vesele", "Berestove", "Pidhorodne"}
    assert _places("Ukrainian troops repelled Russian attacks near Pobieda and within 20km south of Marinka near "
                   "Vuhledar and Novomykhailivka on May 3.") == {"Pobieda", "Vuhledar", "Novomykhailivka"}


def test_a_within_phrase_with_no_places_after_it_adds_nothing():
    assert _places("Ukrainian troops repelled Russian attacks near Pobieda and within 20km south of Marinka on "
                   "May 3.") == {"Pobieda"}


def test_a_town_told_with_itself_stays_an_item_of_the_list():
    assert _places("Ukrainian troops repelled Russian attacks on Siversk itself and near Spirne (12km east of "
                   "Siversk) and Bilohorivka on May 3.") == {"Siversk", "Spirne", "Bilohorivka"}
    assert _places("Ukrainian troops repelled Russian attacks near Lyman itself and Torske on May 3.") == {"Lyman",
                                                                                                          "Torske"}


def test_a_place_after_itself_that_opens_a_clause_is_no_item():
    # An affirmative act, so the list code decides: the place after "itself" is the subject of a finite verb.
    assert _places("Russian troops shelled Kharkiv itself and Chuhuiv residents fled east on May 3.") == {"Kharkiv"}
    assert _places("Russian forces struck Bakhmut itself and Soledar remained quiet on May 3.") == {"Bakhmut"}
    assert _places("Ukrainian troops repelled Russian attacks near Lyman itself and Torske stayed under Ukrainian "
                   "control.") == {"Lyman"}
    # No place after "itself": the act stays at the town alone.
    assert _places("Russian troops shelled Kharkiv itself and Ukrainian units kept pushing north of the "
                   "city.") == {"Kharkiv"}
