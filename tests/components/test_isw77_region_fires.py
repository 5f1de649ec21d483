"""ISW round 77: a region's fire of a kind no named town of that region had that day is its own area-level event; a
region's fire that a town's same kind of fire carries is still folded into the town's."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded

_DAY = date(2022, 10, 1)
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"


def test_a_regions_air_strikes_beside_town_shelling_stay() -> None:
    text = ("Russian forces shelled Nikopol and Marhanets on October 1. Russian forces continued air strikes in "
            "Dnipropetrovsk Oblast on October 1.")
    assert coded(text, _DAY) == {(_SHELL, "Nikopol"), (_SHELL, "Marhanets"), (_AIR, "Dnipropetrovsk Oblast")}


def test_a_regions_shelling_beside_town_shelling_is_folded() -> None:
    # Guard: the towns' own shelling carries the region's, as before this round.
    text = ("Russian forces shelled Nikopol and Marhanets on October 1. Russian forces continued artillery strikes in "
            "Dnipropetrovsk Oblast on October 1.")
    assert coded(text, _DAY) == {(_SHELL, "Nikopol"), (_SHELL, "Marhanets")}


def test_a_regions_ground_attacks_beside_town_shelling_are_folded() -> None:
    # Guard: only fire stands on its own; a region's fighting beside the day's town events is still their summary.
    text = ("Russian forces shelled Nikopol and Marhanets on October 1. Russian forces continued ground attacks in "
            "Dnipropetrovsk Oblast on October 1.")
    assert (("Armed clash", "Dnipropetrovsk Oblast") not in coded(text, _DAY))


def test_a_region_lent_from_another_sentence_still_sums_the_towns() -> None:
    # Guard: the air strikes name no place; the region comes from another sentence, so it is no area-level event.
    text = ("Russian forces shelled Nikopol and Marhanets on October 1, the Dnipropetrovsk Oblast administration said. "
            "Russian warplanes also conducted airstrikes on October 1.")
    assert ("Air/drone strike", "Dnipropetrovsk Oblast") not in coded(text, _DAY)
