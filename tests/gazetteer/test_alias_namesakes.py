"""A town's other name that two towns of its region bear as their own is dropped from the town (round 23)."""

from __future__ import annotations

from eventwire.gazetteer import load_gazetteer

_DONETSK, _MELITOPOL, _LEXINGTON_FAYETTE, _BECKLEY = 709717, 701404, 4297999, 4798308


def _gids(name: str) -> set[int]:
    gz = load_gazetteer()
    return {int(gz.gid[i]) for i in gz.candidates(name)}


def test_a_former_name_shared_by_villages_of_the_region_is_dropped() -> None:
    # GeoNames lists "Oleksandrivka" among Donetsk's names; villages of Donetsk Oblast bear it as their own.
    olek = _gids("Oleksandrivka")
    assert _DONETSK not in olek and len(olek) >= 10
    assert _DONETSK in _gids("Donetsk")
    assert _MELITOPOL not in _gids("Novooleksandrivka") and _MELITOPOL in _gids("Melitopol")


def test_a_spelling_of_the_main_name_and_a_unique_other_name_stay() -> None:
    # "Lexington" is part of Lexington-Fayette's own name; Beckley's "Raleigh" (its county) names no other
    # West Virginia town.
    assert _LEXINGTON_FAYETTE in _gids("Lexington")
    assert _BECKLEY in _gids("Raleigh")
