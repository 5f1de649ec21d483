"""Session 26 (lead): an act "off the <demonym> coast" with no named place before "off" is placed in that country,
not at the dateline's town; a named place off the coast keeps the act."""

from datetime import date

from coding_helpers import coded

DAY = date(2024, 1, 15)


def test_an_act_off_a_demonym_coast_is_in_that_country() -> None:
    assert coded("MOMBASA, Jan 15 - Pirates attacked a cargo ship off the Somali coast on Monday, a maritime agency "
                 "said.", DAY) == {("Attack", "Somalia")}
    assert coded("DJIBOUTI, Jan 15 - A container ship was hit by a drone off the Eritrean coast on Monday, a "
                 "shipping monitor said.", DAY) == {("Air/drone strike", "Eritrea")}


def test_a_named_place_off_the_coast_keeps_the_act() -> None:
    assert coded("KYIV, Jan 15 - Russian drones struck a grain ship near Snake Island off the Ukrainian coast on "
                 "Monday.", DAY) == {("Air/drone strike", "Snake Island")}
