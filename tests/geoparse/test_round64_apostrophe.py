"""Round 64: a soft sign or apostrophe written inside a village name does not hide the village."""

from __future__ import annotations

from functools import lru_cache

from eventwire.gazetteer.ukraine import skeleton
from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str) -> dict[str, PlaceMention]:
    return {m.text: m for m in _gp().parse(text)}


def test_skeleton_drops_an_apostrophe_inside_a_word() -> None:
    assert skeleton("stel'makhivka") == skeleton("stelmakhivka")
    assert skeleton("kam'yanka") == skeleton("kamianka")
    assert skeleton("izyum's") != skeleton("izyums")  # a possessive keeps its apostrophe
    assert skeleton("podil's'k") == skeleton("podilsk")  # an s between two apostrophes is no possessive
    assert skeleton("bil's'k") == skeleton("bilsk")


def test_an_apostrophe_spelling_finds_the_village_record() -> None:
    got = _read("Ukrainian forces struck Kupyansk, Izyum, and Balakliia. Ukrainian troops reached Stel’makhivka, "
                "west of Svatove, on Sunday.")
    m = got["Stel’makhivka"]
    assert m.name == "Stelmakhivka" and m.admin1 == "Luhansk Oblast"
    assert m.lat is not None and abs(m.lat - 49.51) < 0.05
