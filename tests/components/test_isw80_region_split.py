"""ISW round 80: the codebook's mixed-fires split at region level leaves out a kind that a town of the region has that
day (ground attacks: any fight at a town of the region)."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 10, 1)
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"
_CLASH = "Armed clash"
_TOWNS = ("Russian forces shelled Nikopol and Marhanets on October 1. On October 1 Ukrainian troops beat back "
          "Russian ground assaults by Bakhmut and Soledar. Russian forces attacked near Avdiivka on October 1. ")


def test_a_regions_mixed_fires_leave_out_the_shelling_a_town_has() -> None:
    text = _TOWNS + ("On October 1 Russian troops kept up artillery, air, and missile strikes in Dnipropetrovsk "
                     "Oblast and west of Hulyaipole.")
    got = coded(text, _DAY)
    assert (_AIR, "Dnipropetrovsk Oblast") in got
    assert (_SHELL, "Dnipropetrovsk Oblast") not in got
    assert (_SHELL, "Nikopol") in got


def test_a_regions_ground_attacks_are_carried_by_its_towns_fights() -> None:
    text = _TOWNS + "On October 1 Russian troops stepped up ground, air, and artillery attacks in Donetsk Oblast."
    got = coded(text, _DAY)
    assert {(_AIR, "Donetsk Oblast"), (_SHELL, "Donetsk Oblast"), (_CLASH, "Bakhmut")} <= got
    assert (_CLASH, "Donetsk Oblast") not in got


def test_a_regions_shelling_stays_where_no_town_of_it_was_shelled() -> None:
    # Guard: Mykolaiv Oblast has no town event that day, so the split still gives its shelling.
    text = _TOWNS + "On October 1 Russian troops kept up artillery, air, and missile strikes in Mykolaiv Oblast."
    got = coded(text, _DAY)
    assert {(_AIR, "Mykolaiv Oblast"), (_SHELL, "Mykolaiv Oblast")} <= got
